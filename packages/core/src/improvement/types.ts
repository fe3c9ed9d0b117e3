/**
 * The improvement plan: what a team does with its self-assessment's gaps. It follows the three
 * questions of the Model for Improvement that the CORE districts distilled continuous improvement
 * to (Langley et al., 2009, as reported in PACE's study of the CORE districts):
 *
 * 1. What are we trying to accomplish? — the {@link Aim}s.
 * 2. How will we know that a change is an improvement? — the {@link Measure}s, each with data
 *    points over the year (the "interim measures" county offices asked for, so actions can be
 *    changed, continued or stopped before year-end results arrive).
 * 3. What change can we make that will result in improvement? — the {@link ChangeIdea}s, each
 *    tested in {@link PdsaCycle}s (Plan, Do, Study, Act).
 *
 * Only an aim is required: a plan is saved as soon as a team knows what it wants to accomplish,
 * and the rest is filled in as the work happens, never as a form to complete.
 *
 * This file is the contract; the zod schemas (`schemas.ts`) and the published JSON Schema
 * `improvement-plan` are derived from it and held equal to it by tests.
 */
import type { DocumentSchemaVersion, FrameworkRef, Id, IsoDate, IsoDateTime, Organization, SchoolYear, SystemLevel } from '../model/types.js';
import type { GapComparison, GapPriority } from '../results/types.js';

/**
 * A short line of text a person writes, e.g. a name or a date in words.
 * @minLength 1
 * @maxLength 500
 */
export type PlanLine = string;

/**
 * A longer piece of text a person writes, e.g. what happened in a cycle.
 * @minLength 1
 * @maxLength 10000
 */
export type PlanText = string;

/** Someone responsible for part of the plan. */
export interface PlanOwner {
  /** Their name. */
  name: PlanLine;
  /** Their role, e.g. "Director of Educational Services". */
  role?: PlanLine;
}

/** Where a plan is in its life. */
export type PlanStatus = 'draft' | 'active' | 'completed';

/** Where an aim or a change idea is. */
export type WorkStatus = 'not-started' | 'in-progress' | 'done' | 'stopped';

/** An assessment the plan answers, by the id its host system gave it. */
export interface PlanAssessmentLink {
  /**
   * The assessment's `id`.
   * @minLength 1
   * @maxLength 200
   */
  id: string;
  /** What the assessment was in the comparison, e.g. "Self", "Partner: Sample COE", "2024-25". */
  label?: PlanLine;
}

/** One gap row the plan answers, as the gap analysis reported it when the plan was drafted. */
export interface PlanGapLink {
  /** Which comparison found the gap. */
  comparison: GapComparison;
  /** The row's id: a condition element, capacity, condition or role of the framework. */
  rowId: Id;
  rowKind: 'element' | 'capacity' | 'condition' | 'role';
  /** The two sides' values on the scale, when the plan was drafted. */
  a?: number;
  b?: number;
  /** The gap's priority, when the plan was drafted. */
  priority?: GapPriority;
}

/**
 * Question 1, "What are we trying to accomplish?": what will improve, for whom, by how much and
 * by when.
 */
export interface Aim {
  /** Stable id within the plan; measures and change ideas point at it. */
  id: Id;
  /** What will improve, in the team's words. The only thing a plan needs. */
  what: PlanText;
  /** Whom the improvement is for, e.g. "English learners in grades 3–5". */
  forWhom?: PlanLine;
  /** How much, e.g. "from 42% to 60% meeting the standard". */
  howMuch?: PlanLine;
  /** The date the aim should be met by. */
  byWhen?: IsoDate;
  /** Framework ids (condition elements, capacities, conditions or roles) the aim works on. */
  focus?: Id[];
  owners?: PlanOwner[];
  status?: WorkStatus;
  notes?: PlanText;
}

/** The role a measure plays in telling whether a change is an improvement. */
export type MeasureKind = 'outcome' | 'process' | 'balancing';

/** One value of a measure at one date. */
export interface DataPoint {
  /** When the value was observed (or the end of the period it covers). */
  date: IsoDate;
  /** The value, in the measure's unit. */
  value: number;
  /** Anything that explains the value, e.g. "testing window moved". */
  note?: PlanText;
  /**
   * The team judges this value obviously different from all the others (an "astronomical"
   * point). No rule decides this: it is left to the people who know the data, and run charts
   * name the points so marked.
   */
  astronomical?: boolean;
}

/**
 * Question 2, "How will we know that a change is an improvement?": an outcome measure (the aim
 * itself), a process measure (is the change happening as planned?) or a balancing measure (is
 * something else getting worse?), tracked during the year.
 */
export interface Measure {
  /** Stable id within the plan. */
  id: Id;
  /** What is counted, e.g. "Share of grade 3 students reading at grade level". */
  name: PlanLine;
  kind: MeasureKind;
  /** How the value is collected and computed, so everyone counts the same way. */
  definition?: PlanText;
  /** The unit, e.g. "%", "students", "days". */
  unit?: PlanLine;
  /** Whether higher or lower values are better; run charts use it to word what they find. */
  better?: 'higher' | 'lower';
  /** The value before the work started. */
  baseline?: number;
  /** The value the aim sets out to reach. */
  target?: number;
  /**
   * How many of the first data points form the baseline whose median the run chart keeps;
   * all points when omitted.
   * @TJS-type integer
   * @minimum 1
   */
  baselinePoints?: number;
  /** The aims this measure tells about. */
  aimIds?: Id[];
  /** Values over time, in date order. */
  dataPoints?: DataPoint[];
  owners?: PlanOwner[];
}

/** Act: what the team decides after studying a cycle. */
export type PdsaDecision = 'adopt' | 'adapt' | 'abandon';

/** Where a PDSA cycle is. */
export type PdsaStage = 'plan' | 'do' | 'study' | 'act' | 'done';

/** Plan: what the cycle tests and what the team expects. */
export interface PdsaPlan {
  /** The question the cycle answers, e.g. "Will a weekly check-in raise attendance?" */
  question?: PlanText;
  /** What the team expects to happen, written before the test. */
  prediction?: PlanText;
  /** Who carries out the test. */
  who?: PlanLine;
  /** When, in words or dates, e.g. "the two weeks after spring break". */
  when?: PlanLine;
  /** Where, e.g. "Room 12 and Room 14". */
  where?: PlanLine;
  /** The measures the cycle watches. */
  measureIds?: Id[];
}

/** Do: what actually happened while the test ran. */
export interface PdsaDo {
  /** What happened, including anything unexpected. */
  whatHappened?: PlanText;
  /** The day the test started. */
  startedOn?: IsoDate;
  /** The day the test ended. */
  endedOn?: IsoDate;
}

/** Study: the result set against the prediction. */
export interface PdsaStudy {
  /** What the data and observations show. */
  result?: PlanText;
  /** How the result compares with the prediction. */
  versusPrediction?: 'as-predicted' | 'partly' | 'not-as-predicted';
  /** What the team learned. */
  learning?: PlanText;
}

/** Act: the decision, and what the next cycle will test. */
export interface PdsaAct {
  decision?: PdsaDecision;
  /** What the next cycle will test, when there is one. */
  nextCycle?: PlanText;
}

/** One Plan-Do-Study-Act cycle testing a change idea. */
export interface PdsaCycle {
  /** Stable id within the plan. */
  id: Id;
  stage?: PdsaStage;
  plan?: PdsaPlan;
  do?: PdsaDo;
  study?: PdsaStudy;
  act?: PdsaAct;
  owners?: PlanOwner[];
}

/** Question 3, "What change can we make that will result in improvement?" */
export interface ChangeIdea {
  /** Stable id within the plan. */
  id: Id;
  /** The change, e.g. "Grade-level teams review attendance data every Monday". */
  description: PlanText;
  /** The aims this change should move. */
  aimIds?: Id[];
  /** Framework ids (usually condition elements or capacities) the change works on. */
  focus?: Id[];
  status?: WorkStatus;
  owners?: PlanOwner[];
  /** The cycles that tested it, oldest first. */
  cycles?: PdsaCycle[];
}

/** A team's improvement plan, answering the gaps of one or more assessments. */
export interface ImprovementPlan {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  /** Version of the document format, so stored plans can be migrated. */
  schemaVersion: DocumentSchemaVersion;
  /**
   * An identifier the host system gives the document.
   * @minLength 1
   * @maxLength 200
   */
  id?: string;
  /** A name for the plan, e.g. "Attendance and belonging, 2025-26". */
  title?: PlanLine;
  /** The organization whose plan it is. */
  organization?: Organization;
  /** The level of the system the organization works at. */
  level?: SystemLevel;
  schoolYear?: SchoolYear;
  /** The framework the focus ids and gap rows belong to. */
  framework?: FrameworkRef;
  /** The assessments the plan answers. */
  assessments?: PlanAssessmentLink[];
  /** The gap rows the plan answers. */
  gaps?: PlanGapLink[];
  status?: PlanStatus;
  owners?: PlanOwner[];
  createdAt?: IsoDateTime;
  updatedAt?: IsoDateTime;
  /**
   * What the team is trying to accomplish. At least one aim is required.
   * @minItems 1
   */
  aims: Aim[];
  measures?: Measure[];
  changeIdeas?: ChangeIdea[];
  notes?: PlanText;
}
