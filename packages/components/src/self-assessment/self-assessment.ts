import { ContextProvider } from '@lit/context';
import {
  analyzeGaps,
  assessmentsToCsv,
  draftPlanFromGaps,
  instrumentFor,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
  localize,
  safeParseFramework,
  scoreAssessment,
  type Assessment,
  type Framework,
  type GapReport,
  type ImprovementPlan,
  type PartnerPerspective,
  type Perspective,
  type Rating,
  type Respondent,
  type ScoreResult,
  type SystemLevel,
  type ValidationIssue,
  defaultTarget,
  ORGANIZATION_TYPES,
} from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { GAP_TABLE_STRINGS, type GapTableStrings } from '../gap-table/gap-table.strings.js';
import { SosElement } from '../shared/sos-element.js';
import { RUBRIC_STRINGS, type RubricStrings } from '../rubric/rubric.strings.js';
import { SELF_ASSESSMENT_STRINGS, type SelfAssessmentStrings } from './self-assessment.strings.js';
import type { RadarAxis, RadarScale, RadarSeries } from '../radar-chart/radar-chart.js';
import type { SosRubric } from '../rubric/rubric.js';
import type { SosImprovementPlan } from '../improvement-plan/improvement-plan.js';
import { frameworkContext } from '../shared/context.js';
import { downloadText } from '../shared/download.js';
import type { SosRowActivateEvent } from '../shared/events.js';
import { formatDateTime, formatPercent, numberFormat } from '../shared/format.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fieldOfPath, missingScores, namesOf, readComparison, schoolYearsAround, topPriorities, type ComparisonProblem } from './results.js';
import { selfAssessmentStyles } from './self-assessment.styles.js';
import { newIdempotencyKey, postAssessment, type SubmitFailure, type SubmitReceipt } from './submission.js';
import { loadWidgetState, saveWidgetState, type WidgetState } from './widget-store.js';

type Step = 'rate' | 'results' | 'review' | 'plan';

type Words = SelfAssessmentStrings & Pick<RubricStrings, 'conditionsHeading' | 'capacitiesHeading' | 'nonScored' | 'nextUnanswered'> & Pick<GapTableStrings, 'noReport'>;

/** The widget's own words, plus the few it shares with the rubric and the gap table. */
function stringsOf(lang: 'en' | 'es'): Words {
  const { conditionsHeading, capacitiesHeading, nonScored, nextUnanswered } = RUBRIC_STRINGS[lang];
  const { noReport } = GAP_TABLE_STRINGS[lang];
  return { ...SELF_ASSESSMENT_STRINGS[lang], conditionsHeading, capacitiesHeading, nonScored, nextUnanswered, noReport };
}

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string; issues: readonly ValidationIssue[] };
type Submit = { state: 'idle' } | { state: 'submitting' } | { state: 'done' } | { state: 'error'; failure: SubmitFailure };
/** One submission: its key and exact body, so a retry sends the same request again. */
interface Pending {
  key: string;
  fingerprint: string;
  body: string;
}

const RELATIONSHIPS: readonly NonNullable<PartnerPerspective['relationship']>[] = ['differentiated-assistance', 'geo-lead-support', 'state-support', 'other'];
/** The schema's limits on the respondent's name and role (core's Respondent has no maximum; keep text sane). */
const FIELD_MAX = 200;

/** The deepest focused element, through shadow roots. */
function deepActiveElement(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

/** What changed between two sets of ratings: the number of items whose answer, evidence or notes differ. */
function changedItems(before: Record<string, Rating>, after: Record<string, Rating>): number {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  const same = (a: Rating | undefined, b: Rating | undefined) => (a?.value ?? null) === (b?.value ?? null) && (a?.evidence ?? '') === (b?.evidence ?? '') && (a?.notes ?? '') === (b?.notes ?? '');
  let count = 0;
  for (const id of ids) if (!same(before[id], after[id])) count++;
  return count;
}

/**
 * The drop-in self-assessment: rate a framework level, see the results (a summary, a radar chart
 * and a gap table, against the target or a partner or earlier assessment the user loads), then
 * review and submit or save. Works as a self-assessment or as a partner rating (e.g. a county
 * office rating a district it supports). Configured with attributes only.
 *
 * Submitting POSTs the assessment JSON to `submit-url` with an `Idempotency-Key` header; a retry
 * of the same submission sends the same key, so a service never stores it twice. The service
 * answers 201 `{ id, version, receivedAt }`, 409 (collection closed), 413 (too large), 422
 * `{ issues: [{ jsonPath, message }] }` or 429 with `Retry-After`; each is told to the user in
 * plain words, and nothing typed is ever lost.
 *
 * With `team-src` the results step also shows the team's ratings of the same organisation
 * (`<sos-team-results>`: distributions, agreement, conversation starters); a loaded partner file
 * is shown there too, beside the team, or on its own self-vs-partner view without a team. From
 * the results, "Start an improvement plan from these gaps" drafts up to three aims from the
 * largest gaps (core's `draftPlanFromGaps`) and opens an optional fourth step with
 * `<sos-improvement-plan>`: the three questions, measures as run charts, PDSA cycles, JSON and
 * CSV out. The plan is kept beside the answers (under `autosave-key` and `autosave-key` + ":plan")
 * and comes back on reload; read it from `improvementPlan`.
 *
 * @summary Drop-in self-assessment: rate, see results, review and submit.
 *
 * @fires change - The user changed an answer (from the inner rubric) or the improvement plan (from the inner plan element; read `improvementPlan`); bubbles, composed.
 * @fires input - The user changed an answer or typed evidence (bubbles, composed).
 * @fires sos-complete - The user answered the last item.
 *
 * @csspart steps - The step navigation.
 * @csspart panel - The current step's content.
 * @csspart error - The error panel shown when a framework cannot be used.
 * @csspart summary - The results summary (scores, completion, top priorities).
 * @csspart review - The review step's content.
 * @csspart report - The printed report (shown only when printing).
 *
 * @cssproperty --sos-color-accent - Accent colour of buttons and chosen answers (all elements).
 * @cssproperty --sos-font-family - Font of all text (all elements).
 *
 * @tagname sos-self-assessment
 */
export class SosSelfAssessment extends SosElement {
  static override styles = [themeStyles, selfAssessmentStyles];

  static override properties = {
    level: { reflect: true },
    framework: {},
    src: {},
    autosaveKey: { attribute: 'autosave-key' },
    submitUrl: { attribute: 'submit-url' },
    subjectName: { attribute: 'subject-name' },
    perspective: {},
    raterName: { attribute: 'rater-name' },
    raterType: { attribute: 'rater-type' },
    relationship: {},
    respondentName: { attribute: 'respondent-name' },
    respondentRole: { attribute: 'respondent-role' },
    schoolYear: { attribute: 'school-year' },
    teamSrc: { attribute: 'team-src' },
    teamCredentials: { attribute: 'team-credentials' },
    step: { state: true },
    planStart: { state: true },
    load: { state: true },
    assessment: { state: true },
    comparison: { state: true },
    comparisonProblem: { state: true },
    comparisonNotice: { state: true },
    submitState: { state: true },
    chartView: { state: true },
    entered: { state: true },
    confirmed: { state: true },
    confirmError: { state: true },
    printing: { state: true },
  };

  /** The level to rate: school, district, coe, geo-lead or state. */
  declare level: SystemLevel;
  /** A built-in framework id (default "ca-sos-conditions-capacities"). */
  declare framework: string;
  /** URL of your own framework JSON; used instead of `framework`, and validated. */
  declare src: string | undefined;
  /** Save answers in this browser under this key and restore them on reload. */
  declare autosaveKey: string | undefined;
  /** Where "Submit" POSTs the assessment JSON. Without it the last step offers downloads and print only. */
  declare submitUrl: string | undefined;
  /** Name of the organisation being rated. */
  declare subjectName: string | undefined;
  /** Whose view the answers record: "self" (default) or "partner" (set `rater-name` too). */
  declare perspective: 'self' | 'partner';
  /** For a partner rating: the organisation giving it, e.g. "Sierra Vista County Office of Education". */
  declare raterName: string | undefined;
  /** For a partner rating: the rater's kind: school, district, coe (default), state-agency or other. */
  declare raterType: string | undefined;
  /** For a partner rating: differentiated-assistance, geo-lead-support, state-support or other. */
  declare relationship: string | undefined;
  /** The respondent's name; when absent the review step asks for it (optional). */
  declare respondentName: string | undefined;
  /** The respondent's role; when absent the review step asks for it (optional). */
  declare respondentRole: string | undefined;
  /** School year the ratings describe, e.g. "2025-26"; when absent the review step asks for it. */
  declare schoolYear: string | undefined;
  /**
   * URL of the team's ratings of the same organisation — core's aggregate or an array of
   * assessments, e.g. the collection service's results — shown in the results step with
   * `<sos-team-results>`. Sent without credentials unless `team-credentials` says otherwise.
   */
  declare teamSrc: string | undefined;
  /** Credentials mode for `team-src`: "omit" (default), "same-origin" or "include". */
  declare teamCredentials: RequestCredentials | undefined;
  /** @internal */
  declare protected step: Step;
  /** The plan the plan step opened with (drafted from the gaps or restored); edits live in the plan element. @internal */
  declare protected planStart: ImprovementPlan | undefined;
  /** @internal */
  declare protected load: Load;
  /** @internal */
  declare protected assessment: Assessment | undefined;
  /** @internal */
  declare protected comparison: { assessment: Assessment; file: string } | undefined;
  /** @internal */
  declare protected comparisonProblem: (ComparisonProblem & { file: string }) | undefined;
  /** @internal */
  declare protected comparisonNotice: string;
  /** @internal */
  declare protected submitState: Submit;
  /** @internal */
  declare protected chartView: 'conditions' | 'elements';
  /** What the person typed in the review step (respondent, school year) and the last submission. @internal */
  declare protected entered: WidgetState;
  /** @internal */
  declare protected confirmed: boolean;
  /** @internal */
  declare protected confirmError: boolean;
  /** True while the browser prints: only then is the report rendered (it is large). @internal */
  declare protected printing: boolean;

  private loaded: Framework | undefined;
  private loadToken = 0;
  private strings: Words = stringsOf('en');
  /** Said once under the plan step's heading after a draft is made. */
  private planNotice = '';
  private pairCache: { key: string; pair: { self: Assessment[]; partner: Assessment[] } } | undefined;
  private readonly provider = new ContextProvider(this, { context: frameworkContext });
  private pending: Pending | undefined;
  private syncing = false;
  private focusAfterUpdate: { kind: 'heading' } | { kind: 'item'; id: string } | { kind: 'selector'; selector: string } | undefined;
  // Printing (the browser's menu, Ctrl+P, or a page's own button) renders the report first: the
  // update runs in the microtasks after this event, before the browser lays the page out.
  private readonly onBeforePrint = () => {
    this.syncFromRubric();
    // From the plan step the plan prints itself (one page per aim), not the answers' report.
    if (this.step !== 'plan') this.printing = true;
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  constructor() {
    super();
    this.level = 'district';
    this.framework = 'ca-sos-conditions-capacities';
    this.perspective = 'self';
    this.step = 'rate';
    this.load = { state: 'idle' };
    this.submitState = { state: 'idle' };
    this.chartView = 'conditions';
    this.comparisonNotice = '';
    this.entered = {};
    this.confirmed = false;
    this.confirmError = false;
    this.printing = false;
    // Focus must never fall to <body> when the control that had it goes away (a confirmation
    // closing, the submit button replaced by the confirmation): send it to the step's heading.
    this.addEventListener('focusout', (event: FocusEvent) => {
      if (event.relatedTarget) return;
      const lost = event.composedPath()[0];
      setTimeout(() => {
        if (lost instanceof Element && lost.isConnected && !(lost as HTMLButtonElement).disabled) return;
        const active = deepActiveElement(this.ownerDocument);
        if (active && active !== this.ownerDocument.body) return;
        this.stepHeading()?.focus({ preventScroll: true });
      });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.addEventListener?.('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.removeEventListener?.('afterprint', this.onAfterPrint);
  }

  /** The framework in use, once loaded. */
  get currentFramework(): Framework | undefined {
    return this.loaded;
  }

  /**
   * The assessment as it would be submitted: the answers, with the perspective, respondent and
   * school year from the attributes or the review step.
   */
  get value(): Assessment | undefined {
    return this.assessment ? this.documentOf(this.assessment) : undefined;
  }

  private get partner(): boolean {
    return this.perspective === 'partner';
  }

  private perspectiveValue(): Perspective {
    if (!this.partner) return { kind: 'self' };
    const type = ORGANIZATION_TYPES.find((t) => t === this.raterType) ?? 'coe';
    const relationship = RELATIONSHIPS.find((r) => r === this.relationship);
    const name = this.raterName?.trim() || this.strings.organizationTypes[type];
    return { kind: 'partner', rater: { name, type }, ...(relationship ? { relationship } : {}) };
  }

  private respondentValue(): Respondent | undefined {
    const name = (this.respondentName ?? this.entered.respondent?.name ?? '').trim();
    const role = (this.respondentRole ?? this.entered.respondent?.role ?? '').trim();
    if (!name && !role) return undefined;
    return { ...(name ? { name } : {}), ...(role ? { role } : {}) };
  }

  private schoolYearValue(): string | undefined {
    const year = this.schoolYear ?? this.entered.schoolYear;
    return year && /^\d{4}-\d{2}$/.test(year) ? year : undefined;
  }

  private documentOf(base: Assessment): Assessment {
    const doc: Assessment = { ...structuredClone(base), perspective: this.perspectiveValue() };
    if (this.subjectName) doc.subject = { ...doc.subject, name: this.subjectName };
    const respondent = this.respondentValue();
    if (respondent) doc.respondent = respondent;
    else delete doc.respondent;
    const year = this.schoolYearValue();
    if (year) doc.schoolYear = year;
    return doc;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = stringsOf(this.language);
    // Built-in frameworks load only the rated level's part, so a new level loads again.
    if (changed.has('framework') || changed.has('src') || (changed.has('level') && !this.src)) void this.loadFramework();
    // Built-in frameworks load English only; a switch to Spanish fetches the Spanish text once
    // (the merged framework then carries both languages, so switching back needs nothing).
    else if ((changed as Map<PropertyKey, unknown>).has('language') && this.language === 'es' && !this.src && this.loaded && !this.loaded.translations?.some((t) => t.language === 'es')) void this.loadFramework({ quiet: true });
    if (changed.has('autosaveKey')) {
      this.entered = this.autosaveKey ? loadWidgetState(this.autosaveKey) : {};
      this.planStart = this.entered.plan;
    }
  }

  /** `quiet`: keep what is on screen (answers, scroll, focus) until the new text arrives. */
  private async loadFramework({ quiet = false } = {}): Promise<void> {
    const token = ++this.loadToken;
    const source = this.src ?? this.framework;
    if (!quiet) this.load = { state: 'loading' };
    let result: { framework?: Framework; error?: Load };
    try {
      if (this.src) {
        const response = await fetch(this.src, { headers: { accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const parsed = safeParseFramework(await response.text(), { source: this.src });
        result = parsed.success ? { framework: parsed.data } : { error: { state: 'error', message: this.strings.frameworkError(source), issues: parsed.issues } };
      } else if (isBuiltInFrameworkId(this.framework)) {
        result = { framework: await loadBuiltInFramework(this.framework, { level: this.level, lang: this.language }) };
      } else {
        result = { error: { state: 'error', message: this.strings.loadFailed(source, this.strings.notBuiltIn), issues: [] } };
      }
    } catch (error) {
      result = { error: { state: 'error', message: this.strings.loadFailed(source, error instanceof Error ? error.message : String(error)), issues: [] } };
    }
    if (token !== this.loadToken) return; // a newer load has started
    if (quiet && result.error) return; // the Spanish text did not come: keep the English on screen
    this.loaded = result.framework;
    this.provider.setValue(result.framework);
    this.load = result.error ?? { state: 'ready' };
  }

  private get rubric(): SosRubric | null {
    return this.shadowRoot?.querySelector<SosRubric>('sos-rubric') ?? null;
  }

  private onRubricChange(event: Event): void {
    const rubric = event.currentTarget as SosRubric;
    this.assessment = rubric.value ? structuredClone(rubric.value) : undefined;
    if (this.submitState.state === 'error') this.submitState = { state: 'idle' };
  }

  /** The rubric restores its draft without events (they are for user actions): read its value. */
  private syncFromRubric(): void {
    const value = this.rubric?.value;
    if (value) this.assessment = structuredClone(value);
  }

  /**
   * Shows a step and moves focus to its heading (scrolled into view). With `item`, shows the
   * rating step at that item. The rubric makes or restores its draft without events (they are
   * for user actions), so its current value is read here rather than tracked from events alone.
   */
  goTo(step: Step | 'export', options: { item?: string } = {}): void {
    this.syncFromRubric();
    this.step = step === 'export' ? 'review' : step;
    this.planNotice = '';
    this.focusAfterUpdate = options.item ? { kind: 'item', id: options.item } : { kind: 'heading' };
  }

  private stepHeading(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>(`#heading-${this.step}`) ?? null;
  }

  protected override updated(): void {
    // The rubric restores its draft without events: pick it up once it has rendered, so the
    // submitted-state note is right before the first edit.
    const rubric = this.rubric;
    if (rubric && !this.assessment && !this.syncing) {
      this.syncing = true;
      void rubric.updateComplete.then(() => this.syncFromRubric());
    }
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    if (target.kind === 'heading') {
      const heading = this.stepHeading();
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
    } else if (target.kind === 'selector') {
      const element = this.shadowRoot?.querySelector<HTMLElement>(target.selector);
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'center' });
    } else void this.revealItem(target.id);
  }

  /** Takes the person to one item of the rubric. */
  private async revealItem(id: string): Promise<void> {
    const rubric = this.rubric;
    if (!rubric) return;
    await rubric.updateComplete;
    // The rubric's own method pages to the item's section; older rubrics show every item at once.
    const reveal = (rubric as SosRubric & { revealItem?: (itemId: string) => unknown }).revealItem;
    if (typeof reveal === 'function') {
      await reveal.call(rubric, id);
      return;
    }
    const fieldset = rubric.shadowRoot?.querySelector<HTMLFieldSetElement>(`fieldset[data-item="${CSS.escape(id)}"]`);
    if (!fieldset) return;
    fieldset.scrollIntoView({ block: 'center' });
    (fieldset.querySelector<HTMLInputElement>('input:checked') ?? fieldset.querySelector<HTMLInputElement>('input'))?.focus({ preventScroll: true });
  }

  private get defaultTarget(): number {
    // Core's one rule: the second-highest level ("Full Implementation" on the CDE scale).
    return defaultTarget(this.loaded!.scale);
  }

  private scaleLabel(value: number | undefined): string {
    if (value === undefined) return '–';
    const level = this.loaded!.scale.levels.find((l) => l.value === Math.round(value));
    const number = numberFormat(this.language, { maximumFractionDigits: 1 }).format(value);
    return level && Number.isInteger(value) ? `${number} ${localize(level.label, this.language)}` : number;
  }

  private whenOf(assessment: Assessment): string {
    return assessment.schoolYear ?? formatDateTime(this.language, assessment.updatedAt, 'date');
  }

  /** The gap report for the current comparison, with side labels in the page's language. */
  private gapReport(assessment: Assessment): GapReport {
    const framework = this.loaded!;
    const r = this.strings.results;
    const other = this.comparison?.assessment;
    let report: GapReport;
    let labels: [string, string];
    if (other && other.perspective.kind !== assessment.perspective.kind) {
      // A partner rating beside a self-rating, whichever of the two this page makes.
      const [self, partner] = assessment.perspective.kind === 'self' ? [assessment, other] : [other, assessment];
      report = analyzeGaps(framework, { comparison: 'self-vs-partner', self, partner }, { validated: true });
      labels = [r.selfSide(self.subject.name), r.partnerSide(partner.perspective.kind === 'partner' ? partner.perspective.rater.name : '')];
    } else if (other) {
      report = analyzeGaps(framework, { comparison: 'baseline-vs-follow-up', baseline: other, followUp: assessment }, { validated: true });
      labels = [r.baselineSide(this.whenOf(other)), r.followUpSide(this.whenOf(assessment))];
    } else {
      report = analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: this.defaultTarget }, { validated: true });
      labels = [r.currentSide, r.targetSide(this.defaultTarget)];
    }
    return { ...report, a: { ...report.a, label: labels[0] }, b: { ...report.b, label: labels[1] } };
  }

  private comparisonLabel(other: Assessment): string {
    const r = this.strings.results;
    return other.perspective.kind === 'partner' ? r.partnerSeries(other.perspective.rater.name) : r.baselineSeries(this.whenOf(other));
  }

  private async onComparisonFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must load it again
    if (!file || !this.loaded || !this.assessment) return;
    const own = this.documentOf(this.assessment);
    const result = readComparison(await file.text(), file.name, this.loaded, own, this.strings.compare, this.strings.levelNames);
    if ('problem' in result) {
      this.comparisonProblem = { ...result.problem, file: file.name };
      this.comparisonNotice = '';
      this.focusAfterUpdate = { kind: 'selector', selector: '.compare .error' };
      return;
    }
    this.comparisonProblem = undefined;
    this.comparison = { assessment: result.assessment, file: file.name };
    this.comparisonNotice = this.strings.compare.comparingWith(this.comparisonLabel(result.assessment));
  }

  private removeComparison(): void {
    this.comparison = undefined;
    this.comparisonProblem = undefined;
    this.comparisonNotice = this.strings.compare.removed;
    this.focusAfterUpdate = { kind: 'selector', selector: '.compare .choose' };
  }

  private radarData(assessment: Assessment, score: ScoreResult, names: ReadonlyMap<string, string>): { axes: RadarAxis[]; series: RadarSeries[]; scale: RadarScale } {
    const framework = this.loaded!;
    const lang = this.language;
    const s = this.strings;
    const byElement = this.chartView === 'elements';
    const entries = byElement ? score.items.filter((i) => i.kind === 'element') : score.groups;
    const groupOf = new Map<string, string>();
    for (const condition of framework.conditions ?? []) for (const element of condition.elements) groupOf.set(element.id, localize(condition.name, lang));
    const axes = entries.map((e) => ({
      id: e.id,
      label: names.get(e.id) ?? e.id,
      group: byElement ? (groupOf.get(e.id) ?? '') : e.section === 'conditions' ? s.conditionsHeading : s.capacitiesHeading,
    }));
    const valuesOf = (list: readonly { id: string; score?: number }[]) => Object.fromEntries(list.map((x) => [x.id, x.score]));
    const target = this.defaultTarget;
    // The target stays the second series whatever is loaded, so its line style never changes.
    const series: RadarSeries[] = [
      { label: assessment.perspective.kind === 'partner' ? s.results.partnerSeries(assessment.perspective.rater.name) : s.results.selfLabel, values: valuesOf(entries), style: 1 },
      { label: s.results.targetLabel(localize(framework.scale.levels.find((l) => l.value === target)!.label, lang)), values: Object.fromEntries(axes.map((a) => [a.id, target])), style: 2 },
    ];
    const other = this.comparison?.assessment;
    if (other) {
      const otherScore = scoreAssessment(other, framework, { validated: true });
      series.push({ label: this.comparisonLabel(other), values: valuesOf(byElement ? otherScore.items : otherScore.groups) });
    }
    const levels = framework.scale.levels;
    return { axes, series, scale: { min: levels[0]!.value, max: levels[levels.length - 1]!.value, ticks: levels.map((l) => ({ value: l.value, label: localize(l.label, lang) })) } };
  }

  /** The improvement plan started from the results, as last edited; undefined until one is started. */
  get improvementPlan(): ImprovementPlan | undefined {
    const element = this.shadowRoot?.querySelector<SosImprovementPlan>('sos-improvement-plan');
    const latest = element && 'value' in element ? element.value : this.entered.plan;
    return latest ? structuredClone(latest) : undefined;
  }

  /**
   * Opens the plan step. The first time, drafts the plan from the results' gaps with core's
   * `draftPlanFromGaps` (at most three aims, largest gaps first); later, opens the plan as it
   * was left — a plan once started is never replaced.
   */
  startPlan(): void {
    this.syncFromRubric();
    if (!this.planStart && this.assessment && this.loaded) {
      const doc = this.documentOf(this.assessment);
      const report = this.gapReport(doc);
      const year = this.schoolYearValue();
      const draft = draftPlanFromGaps(report, {
        framework: this.loaded,
        level: this.level,
        lang: this.language,
        organization: doc.subject,
        ...(year ? { schoolYear: year } : {}),
        assessments: [doc, this.comparison?.assessment].flatMap((a) => (a?.id ? [{ id: a.id }] : [])),
        now: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      });
      // With no gap to draft from, the team starts from an empty aim of its own.
      const plan: ImprovementPlan = draft.aims.length > 0 ? draft : { ...draft, aims: [{ id: 'aim-1', what: '' }] };
      this.planStart = plan;
      this.planNotice = this.strings.plan.drafted(draft.aims.length);
      this.enter({ plan });
    }
    this.step = 'plan';
    this.focusAfterUpdate = { kind: 'heading' };
  }

  /** Keeps the plan as edited beside the answers, so a reload brings both back. */
  private onPlanChange(event: Event): void {
    const element = event.currentTarget as SosImprovementPlan;
    this.enter({ plan: element.value });
  }

  private fileName(assessment: Assessment): string {
    return `${(assessment.subject.name || 'assessment').replace(/[^\w.-]+/g, '-')}-${assessment.level}${assessment.perspective.kind === 'partner' ? '-partner' : ''}`;
  }

  private download(kind: 'json' | 'csv'): void {
    const assessment = this.value;
    if (!assessment || !this.loaded) return;
    const name = this.fileName(assessment);
    if (kind === 'json') downloadText(this.ownerDocument, `${name}.json`, `${JSON.stringify(assessment, null, 2)}\n`, 'application/json');
    else downloadText(this.ownerDocument, `${name}.csv`, assessmentsToCsv([assessment], this.loaded), 'text/csv;charset=utf-8');
  }

  private async print(): Promise<void> {
    this.syncFromRubric();
    this.printing = true;
    // Let the report (and its chart and table) render before the browser lays the page out.
    await this.updateComplete;
    await Promise.all([...this.shadowRoot!.querySelectorAll<SosElement>('.print-report sos-radar-chart, .print-report sos-gap-table')].map((x) => x.updateComplete));
    globalThis.print();
  }

  private remember(): void {
    if (this.autosaveKey) saveWidgetState(this.autosaveKey, this.entered);
  }

  private enter(change: Partial<WidgetState>): void {
    this.entered = { ...this.entered, ...change };
    this.remember();
  }

  /** What would be sent, reduced to what a person can change: a new fingerprint is a new submission. */
  private fingerprint(doc: Assessment): string {
    return JSON.stringify([doc.ratings, doc.respondent ?? null, doc.schoolYear ?? null, doc.perspective, doc.notes ?? null]);
  }

  /** Answers changed since the last successful submission, or undefined when none was made. */
  private changesSinceSubmit(): number | undefined {
    const submitted = this.entered.submitted;
    if (!submitted || !this.assessment) return undefined;
    return changedItems(submitted.ratings, this.assessment.ratings);
  }

  /**
   * POSTs the assessment to `submit-url` with an Idempotency-Key. A retry of an unchanged
   * submission reuses its key and body; changed answers make a new submission. On failure the
   * answers stay and the reason is shown in plain words. Resolves true when the service stored it.
   */
  async submit(): Promise<boolean> {
    const rubric = this.rubric;
    if (rubric?.value) this.assessment = structuredClone(rubric.value);
    if (!this.submitUrl || !this.assessment || this.submitState.state === 'submitting') return false;
    const doc = this.documentOf(this.assessment);
    const fingerprint = this.fingerprint(doc);
    if (!this.pending || this.pending.fingerprint !== fingerprint) {
      const now = new Date().toISOString();
      this.pending = { key: newIdempotencyKey(), fingerprint, body: JSON.stringify({ ...doc, status: 'submitted', submittedAt: now, updatedAt: now }) };
    }
    const pending = this.pending;
    this.submitState = { state: 'submitting' };
    const outcome = await postAssessment(this.submitUrl, pending.body, pending.key);
    if (!outcome.ok) {
      this.submitState = { state: 'error', failure: outcome.failure };
      return false;
    }
    this.pending = undefined;
    const receipt: SubmitReceipt = outcome.receipt;
    this.entered = { ...this.entered, submitted: { receipt, at: receipt.receivedAt ?? new Date().toISOString(), ratings: structuredClone(doc.ratings) } };
    this.remember();
    this.confirmed = false;
    this.submitState = { state: 'done' };
    this.focusAfterUpdate = { kind: 'selector', selector: '#submitted-heading' };
    return true;
  }

  private onSubmitClick(): void {
    if (this.submitState.state === 'submitting') return;
    if (!this.confirmed) {
      this.confirmError = true;
      this.focusAfterUpdate = { kind: 'selector', selector: '#confirm' };
      return;
    }
    void this.submit();
  }

  private goAnswerRemaining(): void {
    this.goTo('rate');
    void this.updateComplete.then(() => this.rubric?.focusNextUnanswered());
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (this.load.state === 'error') {
      return html`<div class="error" part="error" role="alert">
        <p>${this.load.message}</p>
        ${this.load.issues.length > 0 ? html`<ul>${this.load.issues.map((i) => html`<li><code>${i.jsonPath}</code>: ${i.message}</li>`)}</ul>` : nothing}
      </div>`;
    }
    if (this.load.state !== 'ready' || !this.loaded) return html`<p role="status">${s.loading}</p>`;
    const steps: [Step, string][] = [
      ['rate', s.steps.rate],
      ['results', s.steps.results],
      ['review', this.submitUrl ? s.steps.review : s.steps.reviewSave],
      // The plan is optional: its step appears once the person starts one.
      ...(this.planStart ? [['plan', s.steps.plan] as [Step, string]] : []),
    ];
    const subject = this.subjectName || this.assessment?.subject.name || '';
    const perspective = this.perspectiveValue();
    return html`
      <div class=${this.step === 'plan' ? 'screen plan-step' : 'screen'}>
        <nav part="steps" aria-label=${s.stepsLabel}>
          <ol>
            ${steps.map(
              ([step, label]) => html`<li>
                <button type="button" class="step" aria-current=${this.step === step ? 'step' : nothing} @click=${() => this.goTo(step)}>${label}</button>
              </li>`,
            )}
          </ol>
        </nav>
        <div part="panel" class="panel">
          <section class="rate" ?hidden=${this.step !== 'rate'} aria-labelledby="heading-rate">
            <h2 id="heading-rate" tabindex="-1">${perspective.kind === 'partner' ? s.rate.headingPartner(subject, perspective.rater.name) : s.rate.headingSelf(subject)}</h2>
            <p class="intro">${perspective.kind === 'partner' ? s.rate.introPartner(subject) : s.rate.introSelf}</p>
            ${this.renderSubmittedNote()}
            <sos-rubric
              level=${this.level}
              autosave-key=${this.autosaveKey ?? nothing}
              subject-name=${this.subjectName ?? nothing}
              perspective=${this.perspective === 'partner' ? 'partner' : 'self'}
              @change=${this.onRubricChange}
              @input=${this.onRubricChange}
            ></sos-rubric>
            <p class="next"><button type="button" @click=${() => this.goTo('results')}>${s.rate.continueToResults}</button></p>
          </section>
          ${this.step === 'results' ? this.renderResults() : nothing} ${this.step === 'review' ? this.renderReview() : nothing} ${this.renderPlan()}
        </div>
      </div>
      ${this.renderReport()}
    `;
  }

  private renderSubmittedNote(): TemplateResult | typeof nothing {
    const changes = this.changesSinceSubmit();
    if (changes === undefined) return nothing;
    const submitted = this.entered.submitted!;
    return html`<p class="notice">
      ${this.strings.submission.received(formatDateTime(this.language, submitted.at))} ${changes > 0 ? this.strings.submission.changedSince(changes) : nothing}
    </p>`;
  }

  /** Names of the current language, computed once per render of a step that needs them. */
  private names(): Map<string, string> {
    return namesOf(this.loaded!, this.level, this.language);
  }

  private renderSummary(score: ScoreResult, report: GapReport, names: ReadonlyMap<string, string>): TemplateResult {
    const s = this.strings;
    const r = s.results;
    const max = numberFormat(this.language).format(score.scale.max);
    const scoreText = (value: number | undefined) => (value === undefined ? r.noScore : r.score(numberFormat(this.language, { maximumFractionDigits: 1 }).format(value), max));
    const completion = score.overall.completion;
    const answered = completion.items - completion.unanswered;
    const priorities = topPriorities(report);
    const anyGap = report.items.some((row) => row.difference !== undefined);
    const groupName = (id: string | undefined) => (id ? (names.get(id) ?? id) : '');
    return html`
      <section class="summary" part="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading">${r.summaryHeading}</h3>
        <dl class="scores">
          <div class="overall"><dt>${r.overall}</dt><dd>${scoreText(score.overall.score)}</dd></div>
          ${score.sections.map(
            (section) => html`<div><dt>${section.id === 'conditions' ? s.conditionsHeading : s.capacitiesHeading}</dt><dd>${scoreText(section.score)}</dd></div>`,
          )}
        </dl>
        <p class="completion">${r.completion(answered, completion.items, formatPercent(this.language, completion.items === 0 ? 0 : answered / completion.items))}</p>
        <h4>${r.prioritiesHeading}</h4>
        ${priorities.length > 0
          ? html`<ol class="priorities">
              ${priorities.map(
                (row) => html`<li>
                  <strong>${r.priorityWords[row.priority!]}:</strong>
                  ${r.priorityLine(names.get(row.id) ?? localize(row.label, this.language), groupName(row.groupId), this.scaleLabel(row.a.value), this.scaleLabel(row.b.value))}
                </li>`,
              )}
            </ol>`
          : html`<p>${anyGap ? r.noPriorities : r.noPrioritiesYet}</p>`}
      </section>
    `;
  }

  private renderChart(assessment: Assessment, score: ScoreResult, names: ReadonlyMap<string, string>, options: { print?: boolean } = {}): TemplateResult {
    const r = this.strings.results;
    const { axes, series, scale } = this.radarData(assessment, score, names);
    const missing = missingScores(score, names);
    const title = r.chartHeading(assessment.subject.name);
    return html`
      <section class="chart" aria-label=${title}>
        ${missing.length > 0
          ? html`<ul class="missing" role="list">
              ${missing.map((m) => html`<li>${r.needMore(m.needed, m.total, m.name)}</li>`)}
            </ul>`
          : nothing}
        ${options.print
          ? nothing
          : html`<fieldset class="view">
              <legend>${r.viewBy}</legend>
              ${(['conditions', 'elements'] as const).map(
                (view) => html`<label
                  ><input type="radio" name="view" .checked=${this.chartView === view} @change=${() => (this.chartView = view)} />
                  ${view === 'conditions' ? r.viewConditions : r.viewElements}</label
                >`,
              )}
            </fieldset>`}
        <sos-radar-chart heading=${title} filename=${this.fileName(assessment)} .axes=${axes} .series=${series} .scale=${scale}></sos-radar-chart>
      </section>
    `;
  }

  private renderResults(): TemplateResult {
    const s = this.strings;
    const assessment = this.assessment ? this.documentOf(this.assessment) : undefined;
    const heading = html`<h2 id="heading-results" tabindex="-1">${s.results.heading}</h2>`;
    if (!assessment) return html`<section class="results">${heading}<p role="status">${s.noReport}</p></section>`;
    const names = this.names();
    const score = scoreAssessment(assessment, this.loaded!, { validated: true });
    const report = this.gapReport(assessment);
    return html`
      <section class="results" aria-labelledby="heading-results">
        ${heading} ${this.renderSummary(score, report, names)} ${this.renderCompare()} ${this.renderChart(assessment, score, names)} ${this.renderPartnerView(assessment)}
        <section class="gaps" aria-labelledby="gaps-heading">
          <h3 id="gaps-heading">${s.results.tableHeading}</h3>
          <p class="hint">${s.results.backToItem}</p>
          <sos-gap-table .report=${report} filename=${this.fileName(assessment)} @sos-row-activate=${(e: SosRowActivateEvent) => this.goTo('rate', { item: e.row.id })}></sos-gap-table>
        </section>
        ${this.renderTeam(assessment)} ${this.renderPlanStart(report)}
      </section>
    `;
  }

  /** The self-rating and the partner's, for <sos-team-results>: whichever side this page rates. */
  private partnerPair(assessment: Assessment): { self: Assessment[]; partner: Assessment[] } | undefined {
    const other = this.comparison?.assessment;
    if (!other || other.perspective.kind === assessment.perspective.kind) return undefined;
    // The team element rebuilds on every new input: hand it the same arrays while nothing changed.
    const key = JSON.stringify([assessment, other]);
    if (this.pairCache?.key !== key) {
      const [self, partner] = assessment.perspective.kind === 'self' ? [assessment, other] : [other, assessment];
      this.pairCache = { key, pair: { self: [self], partner: [partner] } };
    }
    return this.pairCache.pair;
  }

  private partnerName(partner: Assessment): string {
    return partner.perspective.kind === 'partner' ? partner.perspective.rater.name : '';
  }

  /** The team's ratings from `team-src`, with the partner's beside them when a partner file is loaded. */
  private renderTeam(assessment: Assessment): TemplateResult | typeof nothing {
    if (!this.teamSrc) return nothing;
    const t = this.strings.team;
    const pair = this.partnerPair(assessment);
    return html`<section class="team" aria-labelledby="team-heading">
      <h3 id="team-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      <sos-team-results
        src=${this.teamSrc}
        credentials=${this.teamCredentials ?? nothing}
        heading=${t.elementHeading}
        filename=${`${this.fileName(assessment)}-team.csv`}
        .partner=${pair?.partner}
      ></sos-team-results>
    </section>`;
  }

  /**
   * With a partner file loaded and no team given, the self-rating and the partner's side by side
   * (where the partner sees it higher or lower, largest first). With a team, the team view shows it.
   */
  private renderPartnerView(assessment: Assessment): TemplateResult | typeof nothing {
    const pair = this.partnerPair(assessment);
    if (!pair || this.teamSrc) return nothing;
    const t = this.strings.team;
    return html`<section class="partner-view" aria-labelledby="partner-view-heading">
      <h3 id="partner-view-heading">${t.partnerHeading}</h3>
      <p class="hint">${t.partnerHint(this.partnerName(pair.partner[0]!))}</p>
      <sos-team-results heading=${t.partnerElementHeading} filename=${`${this.fileName(assessment)}-self-vs-partner.csv`} .data=${pair.self} .partner=${pair.partner}></sos-team-results>
    </section>`;
  }

  private renderPlanStart(report: GapReport): TemplateResult {
    const p = this.strings.plan;
    const anyGap = report.items.some((row) => row.priority !== undefined && (row.priorityScore ?? 0) > 0);
    return html`<section class="plan-start" aria-labelledby="plan-start-heading">
      <h3 id="plan-start-heading">${p.startHeading}</h3>
      <p class="hint" id="plan-start-hint">${this.planStart ? nothing : anyGap ? p.startHint : p.noGaps}</p>
      <p><button type="button" class="start-plan" aria-describedby="plan-start-hint" @click=${() => this.startPlan()}>${this.planStart ? p.open : p.start}</button></p>
    </section>`;
  }

  /** The plan step: kept in the page once started (hidden on other steps) so edits stay as they are. */
  private renderPlan(): TemplateResult | typeof nothing {
    const plan = this.planStart;
    if (!plan) return nothing;
    const p = this.strings.plan;
    const name = this.assessment ? this.fileName(this.assessment) : 'assessment';
    return html`<section class="plan" ?hidden=${this.step !== 'plan'} aria-labelledby="heading-plan">
      <h2 id="heading-plan" tabindex="-1">${p.heading}</h2>
      <p class="intro">${p.intro}</p>
      <p class="status" role="status">${this.step === 'plan' ? this.planNotice : ''}</p>
      <sos-improvement-plan
        .plan=${plan}
        .framework=${this.loaded}
        autosave-key=${this.autosaveKey ? `${this.autosaveKey}:plan` : nothing}
        filename=${`${name}-plan`}
        @change=${this.onPlanChange}
      ></sos-improvement-plan>
      <p class="next"><button type="button" class="secondary" @click=${() => this.goTo('results')}>${p.backToResults}</button></p>
    </section>`;
  }

  private renderCompare(): TemplateResult {
    const c = this.strings.compare;
    const problem = this.comparisonProblem;
    return html`
      <section class="compare" aria-labelledby="compare-heading">
        <h3 id="compare-heading">${c.heading}</h3>
        <p class="hint" id="compare-hint">${c.hint}</p>
        <div class="actions">
          <input id="compare-file" class="visually-hidden" type="file" accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${(e: Event) => this.onComparisonFile(e)} />
          <button type="button" class="secondary choose" aria-describedby="compare-hint" @click=${() => this.shadowRoot!.querySelector<HTMLInputElement>('#compare-file')!.click()}>${c.choose}</button>
          ${this.comparison ? html`<button type="button" class="secondary remove" @click=${() => this.removeComparison()}>${c.remove}</button>` : nothing}
        </div>
        <p class="status" role="status">${this.comparisonNotice}</p>
        ${problem
          ? html`<div class="error" role="alert" tabindex="-1">
              <p><strong>${c.errorSummary(problem.file)}</strong> ${problem.reason}</p>
              ${problem.details.length > 0
                ? html`<details>
                    <summary>${c.details}</summary>
                    <ul>
                      ${problem.details.map((line) => html`<li><code>${line}</code></li>`)}
                    </ul>
                  </details>`
                : nothing}
            </div>`
          : nothing}
      </section>
    `;
  }

  private renderWho(doc: Assessment): TemplateResult {
    const v = this.strings.reviewStep;
    const level = this.strings.levelNames[doc.level];
    const p = doc.perspective;
    return html`<p>
      ${p.kind === 'partner' ? v.ratesPartner(p.rater.name, doc.subject.name, level) : v.ratesItself(doc.subject.name, level)}
      ${p.kind === 'partner' && p.relationship ? v.relationship(this.strings.relationships[p.relationship]) : nothing}
    </p>`;
  }

  private renderReview(): TemplateResult {
    const s = this.strings;
    const v = s.reviewStep;
    const assessment = this.assessment ? this.documentOf(this.assessment) : undefined;
    const total = this.loaded ? (instrumentFor(this.loaded, this.level)?.items.length ?? 0) : 0;
    const answered = assessment ? Object.values(assessment.ratings).filter((r) => r.value !== undefined).length : 0;
    const askName = this.respondentName === undefined;
    const askRole = this.respondentRole === undefined;
    const askYear = this.schoolYear === undefined;
    const years = schoolYearsAround(new Date());
    const chosenYear = this.entered.schoolYear;
    return html`
      <section class="review" part="review" aria-labelledby="heading-review">
        <h2 id="heading-review" tabindex="-1">${this.submitUrl ? v.heading : v.headingSave}</h2>
        <h3>${v.whoHeading}</h3>
        ${assessment ? this.renderWho(assessment) : nothing}
        ${askName || askRole || askYear
          ? html`<div class="fields">
              ${askName
                ? html`<label for="respondent-name">${v.yourName} <span class="hint">${v.optional}</span></label>
                    <input id="respondent-name" type="text" autocomplete="name" maxlength=${FIELD_MAX} .value=${this.entered.respondent?.name ?? ''} @change=${(e: Event) => this.enter({ respondent: { ...this.entered.respondent, name: (e.target as HTMLInputElement).value } })} />`
                : nothing}
              ${askRole
                ? html`<label for="respondent-role">${v.yourRole} <span class="hint">${v.optional}</span></label>
                    <input id="respondent-role" type="text" autocomplete="organization-title" maxlength=${FIELD_MAX} .value=${this.entered.respondent?.role ?? ''} @change=${(e: Event) => this.enter({ respondent: { ...this.entered.respondent, role: (e.target as HTMLInputElement).value } })} />`
                : nothing}
              ${askYear
                ? html`<label for="school-year">${v.schoolYear} <span class="hint">${v.schoolYearHint}</span></label>
                    <select id="school-year" @change=${(e: Event) => this.enter({ schoolYear: (e.target as HTMLSelectElement).value || undefined })}>
                      <option value="" ?selected=${!chosenYear}>${v.chooseYear}</option>
                      ${[...new Set([...years, ...(chosenYear ? [chosenYear] : [])])].map((year) => html`<option value=${year} ?selected=${year === chosenYear}>${year}</option>`)}
                    </select>`
                : nothing}
            </div>`
          : nothing}
        <h3>${v.completionHeading}</h3>
        <p>${v.completion(answered, total, formatPercent(this.language, total === 0 ? 0 : answered / total))} ${answered === total ? v.allAnswered : nothing}</p>
        ${answered < total / 2 ? html`<p class="notice warning">${v.fewAnswered(answered, total)}</p>` : nothing}
        ${answered < total ? html`<p><button type="button" class="secondary" @click=${() => this.goAnswerRemaining()}>${v.goAnswer}</button></p>` : nothing}
        <h3>${v.nextHeading}</h3>
        <p>${this.submitUrl ? v.whatNextSubmit : v.whatNextNoSubmit}</p>
        ${this.submitUrl ? this.renderSubmit() : nothing}
        <h3>${v.saveHeading}</h3>
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.download('json')}>${s.downloadJson}</button>
          <button type="button" class="secondary" @click=${() => this.download('csv')}>${s.downloadCsvAnswers}</button>
          <button type="button" class="secondary" @click=${() => this.print()}>${s.printReport}</button>
        </div>
      </section>
    `;
  }

  private failureText(failure: SubmitFailure): string {
    const t = this.strings.submission;
    switch (failure.kind) {
      case 'offline':
        return t.offline;
      case 'network':
        return t.network;
      case 'closed':
        return t.closed;
      case 'too-large':
        return t.tooLarge;
      case 'busy':
        return t.busy(failure.retryAfterSeconds);
      case 'rejected':
        return t.rejected(failure.status);
      case 'unexpected':
        return t.unexpectedAnswer;
      case 'server':
        return t.serverError(failure.status);
    }
  }

  private renderSubmit(): TemplateResult {
    const t = this.strings.submission;
    const v = this.strings.reviewStep;
    const state = this.submitState;
    const submitted = this.entered.submitted;
    const changes = this.changesSinceSubmit();
    const upToDate = submitted !== undefined && changes === 0;
    const names = state.state === 'error' && state.failure.kind === 'rejected' ? this.names() : undefined;
    const label = state.state === 'submitting' ? t.submitting : state.state === 'error' ? t.retry : submitted ? t.resubmit : t.submit;
    return html`
      <div class="submit" aria-live="polite">
        ${submitted
          ? html`<div class="done notice">
              <h4 id="submitted-heading" tabindex="-1">${t.doneHeading}</h4>
              <p>
                ${t.received(formatDateTime(this.language, submitted.at))}
                ${submitted.receipt.id ? t.reference(submitted.receipt.id, String(submitted.receipt.version ?? 1)) : nothing}
              </p>
              ${changes ? html`<p class="changes">${t.changedSince(changes)}</p>` : nothing}
            </div>`
          : nothing}
        ${state.state === 'error'
          ? html`<div class="error" role="alert">
              <p>${this.failureText(state.failure)}</p>
              ${state.failure.kind === 'rejected'
                ? html`<ul>
                    ${state.failure.issues.map((issue) => {
                      const field = fieldOfPath(issue.jsonPath, names!, t);
                      return html`<li>${field ? html`${field}: ` : html`<code>${issue.jsonPath}</code>: `}${issue.message}</li>`;
                    })}
                  </ul>`
                : nothing}
            </div>`
          : nothing}
        ${upToDate
          ? nothing
          : html`<p class="confirm">
                <label
                  ><input
                    id="confirm"
                    type="checkbox"
                    .checked=${this.confirmed}
                    aria-invalid=${this.confirmError ? 'true' : nothing}
                    aria-describedby=${this.confirmError ? 'confirm-error' : nothing}
                    @change=${(e: Event) => {
                      this.confirmed = (e.target as HTMLInputElement).checked;
                      if (this.confirmed) this.confirmError = false;
                    }}
                  />
                  ${v.confirm}</label
                >
              </p>
              ${this.confirmError ? html`<p id="confirm-error" class="field-error">${v.confirmNeeded}</p>` : nothing}
              <p>
                <button type="button" class="submit-button" aria-disabled=${state.state === 'submitting' ? 'true' : nothing} @click=${() => this.onSubmitClick()}>${label}</button>
              </p>`}
      </div>
    `;
  }

  /** The printed report: hidden on screen, the only thing printed. */
  private renderReport(): TemplateResult | typeof nothing {
    const base = this.assessment;
    if (!this.printing || !base || !this.loaded) return nothing;
    const s = this.strings;
    const p = s.report;
    const lang = this.language;
    const doc = this.documentOf(base);
    const names = this.names();
    const score = scoreAssessment(doc, this.loaded, { validated: true });
    const report = this.gapReport(doc);
    const instrument = instrumentFor(this.loaded, this.level);
    const submitted = this.entered.submitted;
    const answerText = (rating: Rating | undefined) => {
      const value = rating?.value;
      if (value === undefined) return p.unanswered;
      return typeof value === 'number' ? this.scaleLabel(value) : s.nonScored(value);
    };
    return html`
      <article class="print-report" part="report">
        <h2>${p.heading(doc.subject.name)}</h2>
        <dl class="meta">
          <div><dt>${p.subject}</dt><dd>${doc.subject.name} (${s.levelNames[doc.level]})</dd></div>
          <div><dt>${p.ratedBy}</dt><dd>${doc.perspective.kind === 'partner' ? doc.perspective.rater.name : p.self}</dd></div>
          <div><dt>${p.respondent}</dt><dd>${[doc.respondent?.name, doc.respondent?.role].filter(Boolean).join(', ') || p.none}</dd></div>
          <div><dt>${p.schoolYear}</dt><dd>${doc.schoolYear ?? p.none}</dd></div>
          <div><dt>${p.framework}</dt><dd>${localize(this.loaded.title, lang)} ${this.loaded.version}</dd></div>
          <div><dt>${p.status}</dt><dd>${submitted && this.changesSinceSubmit() === 0 ? p.submittedOn(formatDateTime(lang, submitted.at)) : p.draft}</dd></div>
          <div><dt>${p.printed}</dt><dd>${formatDateTime(lang, new Date().toISOString())}</dd></div>
        </dl>
        ${this.renderSummary(score, report, names)} ${this.renderChart(doc, score, names, { print: true })}
        <section class="gaps">
          <h3>${s.results.tableHeading}</h3>
          <sos-gap-table .report=${report} page-size="0"></sos-gap-table>
        </section>
        <section class="answers">
          <h3>${p.answersHeading}</h3>
          ${instrument?.groups.map(
            (group) => html`<h4>${localize(group.name, lang)}</h4>
              <dl>
                ${group.items.map((item) => {
                  const rating = doc.ratings[item.id];
                  return html`<div class="answer">
                    <dt>${localize(item.label, lang)}</dt>
                    <dd>${answerText(rating)}</dd>
                    ${rating?.evidence ? html`<dd class="evidence"><span>${p.evidence}:</span> ${rating.evidence}</dd>` : nothing}
                    ${rating?.notes ? html`<dd class="evidence"><span>${p.notes}:</span> ${rating.notes}</dd>` : nothing}
                  </div>`;
                })}
              </dl>`,
          )}
        </section>
      </article>
    `;
  }
}
