/**
 * Result documents: what scoring, gap analysis and aggregation produce. Like the input model,
 * these types are the contract; zod schemas and published JSON Schemas are derived from them.
 */
import type {
  AssessmentStatus,
  FrameworkRef,
  Id,
  LocalizedText,
  NonScoredAnswer,
  Organization,
  Perspective,
  SchoolYear,
  SystemLevel,
} from '../model/types.js';

/** Which half of an instrument: condition elements or role capacities. */
export type SectionId = 'conditions' | 'capacities';

/**
 * The former name of {@link SectionId}, kept so existing imports still compile.
 * @deprecated Use `SectionId`.
 */
export type Section = SectionId;

/** How scores were computed; recorded in every result so it can be reproduced. */
export interface ScoringMethod {
  /** Weighted arithmetic mean of scored answers at every level of the hierarchy. */
  method: 'weighted-mean';
  /**
   * A group (or section, or the overall) is scored only when at least this share of its parts
   * have scores. "Not applicable" answers are left out of means but still count as parts.
   * @minimum 0
   * @maximum 1
   */
  minScoredShare: number;
  /** Whether the framework's item and group weights were applied. */
  weighted: boolean;
  /**
   * Decimal places numbers are rounded to.
   * @TJS-type integer
   * @minimum 0
   * @maximum 12
   */
  precision: number;
}

/** How many items were answered, and how. */
export interface Completion {
  /**
   * Items in scope.
   * @TJS-type integer
   * @minimum 0
   */
  items: number;
  /**
   * Items with a scale value.
   * @TJS-type integer
   * @minimum 0
   */
  scored: number;
  /**
   * Items answered "not applicable".
   * @TJS-type integer
   * @minimum 0
   */
  notApplicable: number;
  /**
   * Items answered "don't know".
   * @TJS-type integer
   * @minimum 0
   */
  dontKnow: number;
  /**
   * Items with no answer yet.
   * @TJS-type integer
   * @minimum 0
   */
  unanswered: number;
  /**
   * Share of items with any answer, 0–100.
   * @minimum 0
   * @maximum 100
   */
  percentAnswered: number;
}

/** A score on the framework's scale and the same score normalised to 0–1. */
export interface ScoreFigures {
  /** Weighted mean on the scale, e.g. 3.4 on a 1–5 scale. Absent when not scored. */
  score?: number;
  /**
   * (score − scale minimum) / (scale maximum − scale minimum). Absent when not scored.
   * @minimum 0
   * @maximum 1
   */
  normalized?: number;
  /** Why there is no score, when there is none. */
  reason?: string;
}

/** One item's answer as scored. */
export interface ItemScore extends ScoreFigures {
  id: Id;
  kind: 'element' | 'capacity';
  /** The condition or role the item belongs to. */
  groupId: Id;
  section: SectionId;
  /** The non-scored answer, when that is what was given. */
  answer?: NonScoredAnswer;
  /** The target that applies to this item, if any. */
  target?: number;
}

/** A condition's or role's score. */
export interface GroupScore extends ScoreFigures {
  id: Id;
  kind: 'condition' | 'role';
  section: SectionId;
  completion: Completion;
}

/** A section's score: all conditions, or all roles. */
export interface SectionScore extends ScoreFigures {
  id: SectionId;
  completion: Completion;
}

/** What a result was computed from. */
export interface AssessmentSummary {
  id?: string;
  level: SystemLevel;
  subject: Organization;
  perspective: Perspective;
  schoolYear?: SchoolYear;
  status: AssessmentStatus;
  updatedAt: string;
}

/** The range of the scale scores are on. */
export interface ScaleRange {
  min: number;
  max: number;
}

/** The overall score of an assessment, with its completion. */
export interface OverallScore extends ScoreFigures {
  completion: Completion;
}

/** The scores of one assessment at every level: items, groups, sections and overall. */
export interface ScoreResult {
  schemaVersion: 1;
  kind: 'score';
  framework: FrameworkRef;
  assessment: AssessmentSummary;
  scale: ScaleRange;
  method: ScoringMethod;
  overall: OverallScore;
  sections: SectionScore[];
  groups: GroupScore[];
  items: ItemScore[];
}

// ---------------------------------------------------------------------------------------------
// Gaps
// ---------------------------------------------------------------------------------------------

/** The comparisons the field needs. */
export type GapComparison = 'current-vs-target' | 'self-vs-partner' | 'baseline-vs-follow-up' | 'across-levels';

/** Priority of a gap, from the documented rule. */
export type GapPriority = 'high' | 'medium' | 'low';

/** What one side of a comparison is. */
export interface GapSideInfo {
  /** Short label, e.g. "Self", "Partner: Sample COE", "Target", "2024-25". */
  label: string;
  /**
   * How many assessments (raters) this side combines.
   * @TJS-type integer
   * @minimum 0
   */
  respondents: number;
  level?: SystemLevel;
}

/** One side's value for one row. */
export interface GapValue {
  /** Mean on the scale; absent when this side has no scored answer. */
  value?: number;
  /**
   * Scored answers behind the value.
   * @TJS-type integer
   * @minimum 0
   */
  n: number;
}

/** One row of a gap table: an item, or a condition/role. */
export interface GapRow {
  id: Id;
  rowKind: 'element' | 'capacity' | 'condition' | 'role';
  label: LocalizedText;
  /** The condition or role an item belongs to (absent on group rows). */
  groupId?: Id;
  section: SectionId;
  a: GapValue;
  b: GapValue;
  /** b − a on the scale; absent when either side has no value. */
  difference?: number;
  /** |b − a| divided by the scale's range (0–1). */
  size?: number;
  /** Which side is higher. */
  direction?: 'a-higher' | 'b-higher' | 'equal';
  /**
   * The rule's score (0–1): gap × (½ + ½ × how low the current level is).
   * @minimum 0
   * @maximum 1
   */
  priorityScore?: number;
  priority?: GapPriority;
  /** Why a row has no difference, when it has none. */
  reason?: string;
}

/** How gap priorities were assigned. */
export interface GapPriorityRule {
  /** Which side's level counts as "current" when weighing how low it is. */
  current: 'a' | 'b' | 'lower';
  /**
   * Which differences count as gaps: b above a (short of a target), a above b (a decline since
   * the baseline), or differences in either direction (disagreement between raters or levels).
   */
  counts: 'b-above-a' | 'a-above-b' | 'either-direction';
  /**
   * Priority scores at or above this are high.
   * @minimum 0
   * @maximum 1
   */
  high: number;
  /**
   * Priority scores at or above this (and below high) are medium.
   * @minimum 0
   * @maximum 1
   */
  medium: number;
}

/** A gap analysis: rows for a gap table, per item and per group. */
export interface GapReport {
  schemaVersion: 1;
  kind: 'gaps';
  comparison: GapComparison;
  framework: FrameworkRef;
  scale: ScaleRange;
  a: GapSideInfo;
  b: GapSideInfo;
  rule: GapPriorityRule;
  /** Item rows, in framework order. */
  items: GapRow[];
  /** Condition and role rows, in framework order. */
  groups: GapRow[];
}

// ---------------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------------

/** Descriptive statistics of many raters' answers to one item or group. */
export interface DistributionStats {
  /**
   * Raters with a score.
   * @TJS-type integer
   * @minimum 0
   */
  n: number;
  mean?: number;
  median?: number;
  min?: number;
  max?: number;
  /** Sample standard deviation (n − 1); absent below two scores. */
  sd?: number;
  /**
   * How much the team agrees (0–1). For an item, the share of its raters within one scale point
   * of its median; for a condition, role or the overall score, the same pooled over its items: of
   * all ratings of its items, the share within one scale point of their item's median.
   * @minimum 0
   * @maximum 1
   */
  agreement?: number;
}

/** Statistics for one item across raters. */
export interface ItemAggregate extends DistributionStats {
  id: Id;
  groupId: Id;
  section: SectionId;
  /** Count of raters per scale value, in scale order (index 0 is the lowest value). */
  counts: number[];
  /**
   * @TJS-type integer
   * @minimum 0
   */
  notApplicable: number;
  /**
   * @TJS-type integer
   * @minimum 0
   */
  dontKnow: number;
  /**
   * @TJS-type integer
   * @minimum 0
   */
  unanswered: number;
}

/** Statistics of raters' group scores for one condition or role. */
export interface GroupAggregate extends DistributionStats {
  id: Id;
  kind: 'condition' | 'role';
  section: SectionId;
  /**
   * Raters whose group score could not be computed (too few scored items).
   * @TJS-type integer
   * @minimum 0
   */
  insufficient: number;
}

/** Statistics of raters' overall scores. */
export interface OverallAggregate extends DistributionStats {
  /**
   * Raters without an overall score.
   * @TJS-type integer
   * @minimum 0
   */
  insufficient: number;
}

/** Many assessments of one framework level summarised, e.g. a team or a county. */
export interface AggregateResult {
  schemaVersion: 1;
  kind: 'aggregate';
  framework: FrameworkRef;
  level: SystemLevel;
  /** The rollup key, when the aggregate is one part of a rollup (e.g. a county or school year). */
  key?: string;
  /**
   * Assessments combined.
   * @TJS-type integer
   * @minimum 0
   */
  respondents: number;
  scale: ScaleRange;
  method: ScoringMethod;
  /** Group scores are binned to this step to keep aggregates mergeable in bounded memory. */
  groupScoreResolution: number;
  items: ItemAggregate[];
  groups: GroupAggregate[];
  overall: OverallAggregate;
}

// ---------------------------------------------------------------------------------------------
// Aggregate state (mergeable partial aggregates)
// ---------------------------------------------------------------------------------------------

/**
 * A count of raters: a whole number from 0 up to the largest integer a JSON number holds exactly.
 * @TJS-type integer
 * @minimum 0
 * @maximum 9007199254740991
 */
export type RaterCount = number;

/**
 * A partial aggregate: plain JSON, so shards can be computed in worker threads, other processes
 * or any map-reduce engine, stored, and merged later with `mergeAggregateStates`. Its counts are
 * histograms, so merging adds them up exactly in any order.
 */
export interface AggregateState {
  kind: 'sos-kit/aggregate-state';
  /** Version of the state format. */
  stateVersion: 1;
  framework: FrameworkRef;
  level: SystemLevel;
  /** A label for this aggregate, e.g. a county or school year. */
  key?: string;
  method: ScoringMethod;
  /**
   * Bin width of group and overall scores, in scale points.
   * @exclusiveMinimum 0
   */
  resolution: number;
  /** Assessments counted. */
  respondents: RaterCount;
  /**
   * Per item in framework order, a count per scale position, then "not applicable",
   * "don't know" and unanswered.

   * @items {"type": "integer", "minimum": 0, "maximum": 9007199254740991}
   */
  itemCounts: RaterCount[];
  /**
   * Per group (condition or role) in framework order, a count per score bin.
   * @items {"type": "integer", "minimum": 0, "maximum": 9007199254740991}
   */
  groupBins: RaterCount[];
  /**
   * Per group, raters whose group score could not be computed.
   * @items {"type": "integer", "minimum": 0, "maximum": 9007199254740991}
   */
  groupInsufficient: RaterCount[];
  /**
   * A count per overall-score bin.
   * @items {"type": "integer", "minimum": 0, "maximum": 9007199254740991}
   */
  overallBins: RaterCount[];
  /** Raters without an overall score. */
  overallInsufficient: RaterCount;
}
