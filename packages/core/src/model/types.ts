/**
 * The sos-kit data model: the documented contract shared by the TypeScript API, the runtime
 * validators (zod, see `schemas.ts`) and the published JSON Schemas (generated from this file).
 *
 * Two documents matter: a {@link Framework} (what can be rated) and an {@link Assessment}
 * (one rater's answers against one framework level).
 */

// ---------------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------------

/**
 * A stable identifier: lowercase letters and digits in segments joined by `-` or `.`.
 * Ids appear in CSV column headers and stored assessments, so they are never renumbered.
 * Any id the pattern admits works everywhere, including ones JavaScript uses as property names
 * such as `constructor`; `__proto__`, `toString`, `hasOwnProperty` and `valueOf` fall outside the
 * pattern and are rejected like any other malformed id.
 * @pattern ^[a-z0-9]+(?:[-.][a-z0-9]+)*$
 * @maxLength 120
 */
export type Id = string;

/**
 * A semantic version, e.g. `1.2.0`.
 * @pattern ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$
 */
export type SemVer = string;

/**
 * A calendar date, `YYYY-MM-DD`.
 * @pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$
 */
export type IsoDate = string;

/**
 * An instant with its offset, e.g. `2026-03-01T17:30:00Z` or `2026-03-01T09:30:00-08:00`.
 * @pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$
 */
export type IsoDateTime = string;

/**
 * A school year as California writes it, e.g. `2025-26`.
 * @pattern ^[0-9]{4}-[0-9]{2}$
 */
export type SchoolYear = string;

/**
 * Text a person reads, in one language (a plain string is English) or several.
 * Spanish can be added to any document later without changing its shape. Text must not be
 * empty or blank (checked by validation).
 */
export type LocalizedText = string | LocalizedStrings;

/** The same text in each supported language; English is required as the fallback. */
export interface LocalizedStrings {
  /** English. */
  en: string;
  /** Spanish. */
  es?: string;
}

// ---------------------------------------------------------------------------------------------
// System levels and organizations
// ---------------------------------------------------------------------------------------------

/**
 * A level of California's Statewide System of Support.
 * `coe` is a county office of education; `geo-lead` is a Geographic Lead Agency (a COE that
 * also supports the other COEs of its region).
 */
export type SystemLevel = 'school' | 'district' | 'coe' | 'geo-lead' | 'state';

/** The kind of organization an assessment is about or made by. */
export type OrganizationType = 'school' | 'district' | 'coe' | 'state-agency' | 'other';

/** An organization: the subject of an assessment, or the partner who rates it. */
export interface Organization {
  /**
   * Display name, e.g. "Fresno Unified School District".
   * @minLength 1
   */
  name: string;
  /** What kind of organization it is. */
  type: OrganizationType;
  /**
   * An identifier the organization is known by, e.g. its 14-digit CDS code.
   * @minLength 1
   */
  id?: string;
  /**
   * The county the organization belongs to; used to roll results up by county.
   * @minLength 1
   */
  county?: string;
}

// ---------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------

/** A published work a framework draws on. */
export interface Source {
  /** Id other citations use to point at this source. */
  id: Id;
  /**
   * Full title of the work.
   * @minLength 1
   */
  title: string;
  /**
   * Authors, in the order the work lists them.
   * @minItems 1
   */
  authors: string[];
  /**
   * Publisher, e.g. "Policy Analysis for California Education".
   * @minLength 1
   */
  publisher?: string;
  /**
   * Year of publication.
   * @TJS-type integer
   * @minimum 1900
   * @maximum 2100
   */
  year?: number;
  /**
   * Where to read it.
   * @minLength 1
   */
  url?: string;
}

/** Where in a source an item's text comes from. */
export interface Citation {
  /** The id of a source listed in the framework's `sources`. */
  source: Id;
  /**
   * Where in that source, e.g. "Appendix B" or "Design Principles: Fit the Context".
   * @minLength 1
   */
  locator: string;
}

// ---------------------------------------------------------------------------------------------
// Rating scale
// ---------------------------------------------------------------------------------------------

/**
 * An answer that is deliberately not a score: the item does not apply, or the rater does not
 * know. Such answers are counted and reported but never averaged.
 */
export type NonScoredAnswer = 'not-applicable' | 'dont-know';

/**
 * A value on a rating scale.
 * @TJS-type integer
 * @minimum 0
 * @maximum 100
 */
export type ScaleValue = number;

/** One point on a rating scale. */
export interface ScaleLevel {
  /** The numeric value; levels are listed in ascending order of value. */
  value: ScaleValue;
  /** Short label, e.g. "Initial Implementation". */
  label: LocalizedText;
  /**
   * What this level looks like, to help a rater choose, in the voice of the organization rating
   * itself (e.g. "We have started planning it…").
   */
  descriptor?: LocalizedText;
  /**
   * The same meaning in the voice of a partner rating the organization (third person, e.g. "The
   * organization has started planning it…"), shown instead of `descriptor` when the assessment's
   * perspective is `partner`. Omit it when `descriptor` reads right from either side; partner
   * ratings then show `descriptor`.
   */
  partnerDescriptor?: LocalizedText;
}

/** An ordered rating scale. */
export interface RatingScale {
  /** Id of the scale, e.g. `cde-implementation-5`. */
  id: Id;
  /** Name shown to raters. */
  name: LocalizedText;
  /**
   * The scored levels in ascending order of value.
   * @minItems 2
   * @maxItems 10
   */
  levels: ScaleLevel[];
  /**
   * The non-scored answers raters may choose. When omitted, both are offered.
   * @maxItems 2
   */
  nonScored?: NonScoredAnswer[];
}

// ---------------------------------------------------------------------------------------------
// Framework
// ---------------------------------------------------------------------------------------------

/** A label that groups items across the framework, e.g. a cross-cutting capacity category. */
export interface TagDefinition {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  /** Where the grouping comes from. */
  citations?: Citation[];
}

/** Fields every rateable item and group share. */
export interface ItemCommon {
  /** Stable id, unique across the whole framework. */
  id: Id;
  /**
   * Relative weight when averaging with siblings; 1 when omitted.
   * @exclusiveMinimum 0
   * @maximum 1000
   */
  weight?: number;
  /** Ids of tags (declared in the framework's `tags`) that apply. */
  tags?: Id[];
  /** Where the item's text comes from; several when it reconciles more than one source. */
  citations?: Citation[];
}

/**
 * An element of an enabling condition, described differently at each level.
 * It is rated at a level when it has a description for that level.
 */
export interface ConditionElement extends ItemCommon {
  /** Name of the element, e.g. "Relational trust". */
  name: LocalizedText;
  /** The element's description at each level it applies to. */
  descriptions: LevelDescriptions;
  /** Observable signs that the element is in place, to help raters gather evidence. */
  lookFors?: LocalizedText[];
}

/** A condition element's description at each level it applies to. */
export interface LevelDescriptions {
  school?: LocalizedText;
  district?: LocalizedText;
  coe?: LocalizedText;
  'geo-lead'?: LocalizedText;
  state?: LocalizedText;
}

/** An enabling condition: a group of elements. */
export interface Condition {
  /** Stable id, unique across the whole framework. */
  id: Id;
  /** Name, e.g. "Culture of Mutual Trust". */
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Relative weight when averaging conditions; 1 when omitted.
   * @exclusiveMinimum 0
   * @maximum 1000
   */
  weight?: number;
  /**
   * The elements, in display order.
   * @minItems 1
   */
  elements: ConditionElement[];
  citations?: Citation[];
}

/** One piece of knowledge or skill a role needs. */
export interface Capacity extends ItemCommon {
  /** The capacity statement, e.g. "Ability to select strategies to address identified root cause(s)." */
  statement: LocalizedText;
  /** Observable signs that the capacity is in place. */
  lookFors?: LocalizedText[];
}

/** A primary role or function of a level in the System of Support, with the capacities it needs. */
export interface Role {
  /** Stable id, unique across the whole framework. */
  id: Id;
  /** The role as the source states it, e.g. "Support schools to improve student outcomes." */
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Relative weight when averaging roles; 1 when omitted.
   * @exclusiveMinimum 0
   * @maximum 1000
   */
  weight?: number;
  /**
   * The capacities, in display order.
   * @minItems 1
   */
  capacities: Capacity[];
  citations?: Citation[];
}

/** A level the framework can be used at, and what is rated there besides condition elements. */
export interface FrameworkLevel {
  id: SystemLevel;
  /** Name shown to raters, e.g. "County Office of Education". */
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Another level whose condition-element descriptions this level uses (Geographic Lead
   * Agencies are county offices, so `geo-lead` uses `coe`).
   */
  conditionsFrom?: SystemLevel;
  /** The level's roles and their capacities, in display order. */
  roles?: Role[];
  citations?: Citation[];
}

/**
 * A translation of a framework's text: which language, who made it, and whether its authors
 * endorse it. The translated text itself sits beside the original in each `LocalizedStrings`.
 */
export interface FrameworkTranslation {
  /** The language of the translated text: the key it uses in `LocalizedStrings`. */
  language: 'es';
  /** True only when the framework's authors made or approved the translation. */
  official: boolean;
  /**
   * Who translated, e.g. "sos-kit contributors".
   * @minLength 1
   */
  translator: string;
  /** When the translation was made or last revised. */
  date: IsoDate;
  /** What readers should know, e.g. that the original text is the authoritative one. */
  note?: LocalizedText;
}

/** Version of the framework and assessment document formats this library writes. */
export type DocumentSchemaVersion = 1;

/**
 * A framework: what can be rated at each level of the system, on which scale, and where each
 * statement comes from. Frameworks are data: a county office can publish its own.
 */
export interface Framework {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  /** Version of the document format. */
  schemaVersion: DocumentSchemaVersion;
  /** Stable id of the framework, e.g. `ca-sos-conditions-capacities`. */
  id: Id;
  /** Version of the framework's content; assessments record it. */
  version: SemVer;
  /** Date this version was published; exports use it instead of the clock so they are reproducible. */
  versionDate: IsoDate;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * Terms under which the framework's text may be used.
   * @minLength 1
   */
  rights?: string;
  /** Published works the framework's statements are taken from. */
  sources?: Source[];
  /** The rating scale used for every item. */
  scale: RatingScale;
  /** Tags items may carry. */
  tags?: TagDefinition[];
  /**
   * The levels the framework can be used at.
   * @minItems 1
   */
  levels: FrameworkLevel[];
  /** Enabling conditions and their elements, shared by all levels. */
  conditions?: Condition[];
  /** The translations its text carries (e.g. the `es` of each `LocalizedStrings`), with who made them. */
  translations?: FrameworkTranslation[];
}

// ---------------------------------------------------------------------------------------------
// Assessment
// ---------------------------------------------------------------------------------------------

/** One rater's answer to one item. */
export interface Rating {
  /**
   * A value of the framework's scale, or a non-scored answer. Omitted while the rater has
   * written evidence or notes but not chosen yet. Validation against the framework checks that
   * a number is one of its scale's values.
   */
  value?: ScaleValue | NonScoredAnswer;
  /**
   * What the rating is based on: documents, observations, data.
   * @maxLength 10000
   */
  evidence?: string;
  /**
   * Anything else the rater wants to record.
   * @maxLength 10000
   */
  notes?: string;
}

/** The organization rates itself. */
export interface SelfPerspective {
  kind: 'self';
}

/** One organization rates another it works with, e.g. a COE rating a district it supports. */
export interface PartnerPerspective {
  kind: 'partner';
  /** Who gives the rating. */
  rater: Organization;
  /** How the two work together. */
  relationship?: 'differentiated-assistance' | 'geo-lead-support' | 'state-support' | 'other';
}

/** Whose view an assessment records. */
export type Perspective = SelfPerspective | PartnerPerspective;

/** The person who answered. */
export interface Respondent {
  /**
   * Their role, e.g. "Assistant Superintendent, Educational Services".
   * @minLength 1
   */
  role?: string;
  /**
   * Their name, when the team wants it recorded.
   * @minLength 1
   */
  name?: string;
}

/** Where an assessment is in its life. */
export type AssessmentStatus = 'draft' | 'submitted';

/** The framework (and version) an assessment was made with. */
export interface FrameworkRef {
  id: Id;
  version: SemVer;
}

/** One rater's self-assessment or partner assessment at one level of one framework. */
export interface Assessment {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  /** Version of the document format, so stored documents can be migrated. */
  schemaVersion: DocumentSchemaVersion;
  /**
   * An identifier the host system gives the document.
   * @minLength 1
   * @maxLength 200
   */
  id?: string;
  framework: FrameworkRef;
  /** The level the assessment is made at. */
  level: SystemLevel;
  /** The organization being rated. */
  subject: Organization;
  perspective: Perspective;
  respondent?: Respondent;
  /** School year the ratings describe; used to track progress over time. */
  schoolYear?: SchoolYear;
  status: AssessmentStatus;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  submittedAt?: IsoDateTime;
  /** Ratings keyed by item id (a condition element or a capacity). */
  ratings: { [itemId: string]: Rating };
  /** Target scale values keyed by item or group id (condition or role); checked against the framework's scale. */
  targets?: { [id: string]: ScaleValue };
  /**
   * Notes on the whole assessment.
   * @maxLength 20000
   */
  notes?: string;
}
