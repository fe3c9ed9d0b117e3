import { ContextProvider } from '@lit/context';
import {
  builtInLevelsOf,
  loadTrustedBuiltInFramework,
  type Assessment,
  type Framework,
  type ImprovementPlan,
  type PartnerPerspective,
  type Perspective,
  type Respondent,
  type SystemLevel,
  type ValidationIssue,
  ORGANIZATION_TYPES,
} from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SosElement } from '../shared/sos-element.js';
import { SELF_ASSESSMENT_STRINGS, type SelfAssessmentStrings } from './self-assessment.strings.js';
import type { SosRubric } from '../rubric/rubric.js';
import type { SosImprovementPlan } from '../improvement-plan/improvement-plan.js';
import { frameworkContext } from '../shared/context.js';
import { themeStyles } from '../shared/theme.styles.js';
import type { ComparisonProblem } from './results.js';
import { selfAssessmentStyles } from './self-assessment.styles.js';
import type { WidgetSteps } from './steps.js';
import type { SubmitFailure } from './submission.js';
import { loadWidgetStateAdoptingPlan, saveWidgetState, type WidgetState } from './widget-store.js';

type Step = 'rate' | 'results' | 'review' | 'plan';

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string; issues: readonly ValidationIssue[] };
type Submit = { state: 'idle' } | { state: 'submitting' } | { state: 'done' } | { state: 'error'; failure: SubmitFailure };
/** The later steps' code: not yet asked for, on its way, there, or failed (with a retry offered). */
type StepsLoad = { state: 'idle' } | { state: 'loading'; done: Promise<WidgetSteps | undefined> } | { state: 'ready'; steps: WidgetSteps } | { state: 'error' };

const RELATIONSHIPS: readonly NonNullable<PartnerPerspective['relationship']>[] = ['differentiated-assistance', 'geo-lead-support', 'state-support', 'other'];

/** The deepest focused element, through shadow roots. */
function deepActiveElement(root: Document | ShadowRoot): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
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
 * With `team-src` the results step also shows the team's ratings of the same organization
 * (`<sos-team-results>`: distributions, agreement, conversation starters); a loaded partner file
 * is shown there too, beside the team, or on its own self-vs-partner view without a team. From
 * the results, "Start an improvement plan from these gaps" drafts up to three aims from the
 * largest gaps (core's `draftPlanFromGaps`) and opens an optional fourth step with
 * `<sos-improvement-plan>`: the three questions, measures as run charts, PDSA cycles, JSON and
 * CSV out. The plan is kept beside the answers (under `autosave-key`; a plan earlier versions
 * kept under `autosave-key` + ":plan" is brought in) and comes back on reload; read it from
 * `improvementPlan`.
 *
 * Only the rating step comes with the element: the results, review, plan and printed report load
 * when the browser is next idle after the rubric shows, or at once when the person opens one of
 * them (the step shows its heading and "Loading this step…"; a failed load says so with "Try
 * again"). Answers live in the rubric and are never touched while a step loads.
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
 * @cssproperty --sos-color-accent - Accent color of buttons and chosen answers (all elements).
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
  /** Name of the organization being rated. */
  declare subjectName: string | undefined;
  /** Whose view the answers record: "self" (default) or "partner" (set `rater-name` too). */
  declare perspective: 'self' | 'partner';
  /** For a partner rating: the organization giving it, e.g. "Sierra Vista County Office of Education". */
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
   * URL of the team's ratings of the same organization — core's aggregate or an array of
   * assessments, e.g. the collection service's results — shown in the results step with
   * `<sos-team-results>`. Sent without credentials unless `team-credentials` says otherwise.
   */
  declare teamSrc: string | undefined;
  /** Credentials mode for `team-src`: "omit" (default), "same-origin" or "include". */
  declare teamCredentials: RequestCredentials | undefined;
  /** @internal */
  declare step: Step;
  /** The plan the plan step opened with (drafted from the gaps or restored); edits live in the plan element. @internal */
  declare planStart: ImprovementPlan | undefined;
  /** @internal */
  declare load: Load;
  /** @internal */
  declare assessment: Assessment | undefined;
  /** @internal */
  declare comparison: { assessment: Assessment; file: string } | undefined;
  /** @internal */
  declare comparisonProblem: (ComparisonProblem & { file: string }) | undefined;
  /** @internal */
  declare comparisonNotice: string;
  /** @internal */
  declare submitState: Submit;
  /** @internal */
  declare chartView: 'conditions' | 'elements';
  /** What the person typed in the review step (respondent, school year) and the last submission. @internal */
  declare entered: WidgetState;
  /** @internal */
  declare confirmed: boolean;
  /** @internal */
  declare confirmError: boolean;
  /** True while the browser prints: only then is the report rendered (it is large). @internal */
  declare printing: boolean;

  /** @internal */
  loaded: Framework | undefined;
  private loadToken = 0;
  private strings: SelfAssessmentStrings = SELF_ASSESSMENT_STRINGS.en;
  /** The later steps' code (results, review, plan, report): loaded on demand. */
  private steps: StepsLoad = { state: 'idle' };
  /** Said once under the plan step's heading after a draft is made. @internal */
  planNotice = '';
  private readonly provider = new ContextProvider(this, { context: frameworkContext });
  private syncing = false;
  /** @internal */
  focusAfterUpdate: { kind: 'heading' } | { kind: 'item'; id: string } | { kind: 'selector'; selector: string } | undefined;
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

  /**
   * Where the later steps' code comes from (a separate file of the build, fetched when first
   * needed). Specs replace it to see a slow or failing load. @internal
   */
  static loadSteps: () => Promise<typeof import('./steps.js')> = () => import('./steps.js');

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

  /** The language the widget shows, for its later steps' code. @internal */
  get shownLanguage(): 'en' | 'es' {
    return this.language;
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

  /** @internal */
  perspectiveValue(): Perspective {
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

  /** @internal */
  schoolYearValue(): string | undefined {
    const year = this.schoolYear ?? this.entered.schoolYear;
    return year && /^\d{4}-\d{2}$/.test(year) ? year : undefined;
  }

  /** @internal */
  documentOf(base: Assessment): Assessment {
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
    this.strings = SELF_ASSESSMENT_STRINGS[this.language];
    if (changed.has('autosaveKey')) {
      this.entered = this.autosaveKey ? loadWidgetStateAdoptingPlan(this.autosaveKey) : {};
      this.planStart = this.entered.plan;
    }
    // Built-in frameworks load only the rated level's part, so a new level loads again.
    if (changed.has('framework') || changed.has('src') || (changed.has('level') && !this.src)) void this.loadFramework();
    // Built-in frameworks load English only; a switch to Spanish fetches the Spanish text once
    // (the merged framework then carries both languages, so switching back needs nothing).
    else if ((changed as Map<PropertyKey, unknown>).has('language') && this.language === 'es' && !this.src && this.loaded && !this.loaded.translations?.some((t) => t.language === 'es')) void this.loadFramework({ quiet: true });
    // A step after rating (or the printed report) needs the steps' code: ask for it now.
    if ((this.step !== 'rate' || this.printing) && this.steps.state === 'idle') void this.requestSteps();
  }

  /**
   * Loads the later steps' code once (a retry after a failure loads it again). While it comes,
   * the step shows its heading and "Loading this step…"; a failure says so in plain words with a
   * "Try again" button. Answers live in the rubric and are never touched by this.
   */
  private requestSteps(): Promise<WidgetSteps | undefined> {
    const current = this.steps;
    if (current.state === 'ready') return Promise.resolve(current.steps);
    if (current.state === 'loading') return current.done;
    const done = SosSelfAssessment.loadSteps().then(
      ({ WidgetSteps }) => {
        const steps = new WidgetSteps(this);
        // Focus was on the waiting step's heading or its "Try again": give it to the real heading.
        const active = this.shadowRoot?.activeElement;
        if (active?.closest('.pending')) this.focusAfterUpdate = { kind: 'heading' };
        this.steps = { state: 'ready', steps };
        if (this.step === 'plan' && !this.planStart) this.draftPlan(steps);
        this.requestUpdate();
        return steps;
      },
      () => {
        const hadFocus = this.shadowRoot?.activeElement?.closest('.pending');
        this.steps = { state: 'error' };
        if (hadFocus) this.focusAfterUpdate = { kind: 'selector', selector: '.pending .retry' };
        this.requestUpdate();
        return undefined;
      },
    );
    this.steps = { state: 'loading', done };
    this.requestUpdate();
    return done;
  }

  private retrySteps(): void {
    this.steps = { state: 'idle' };
    void this.requestSteps();
  }

  /** Fetches the later steps' code when the browser is next idle, so they open at once. */
  private prefetchSteps(): void {
    const load = () => void (this.steps.state === 'idle' && this.requestSteps());
    if ('requestIdleCallback' in globalThis) requestIdleCallback(load, { timeout: 3000 });
    else setTimeout(load, 500);
  }

  /** Resolves once the step on screen has its code and has rendered (see `requestSteps`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const steps = this.steps;
    if (steps.state === 'loading' && (this.step !== 'rate' || this.printing)) {
      await steps.done;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private draftPlan(steps: WidgetSteps): void {
    const drafted = steps.draftPlan();
    if (!drafted) return;
    this.planStart = drafted.plan;
    this.planNotice = drafted.notice;
    this.enter({ plan: drafted.plan });
  }

  /** `quiet`: keep what is on screen (answers, scroll, focus) until the new text arrives. */
  private async loadFramework({ quiet = false } = {}): Promise<void> {
    const token = ++this.loadToken;
    const source = this.src ?? this.framework;
    if (!quiet) this.load = { state: 'loading' };
    let result: { framework?: Framework; error?: Load };
    try {
      if (this.src) {
        const { fetchFramework } = await import('./framework-source.js');
        const fetched = await fetchFramework(this.src);
        result = 'framework' in fetched ? fetched : { error: { state: 'error', message: this.strings.frameworkError(source), issues: fetched.issues } };
      } else if (builtInLevelsOf(this.framework)) {
        // Built-in data is shipped checked (core's tests hold it valid): no validation code to download.
        const framework = await loadTrustedBuiltInFramework(this.framework, this.level, this.language);
        result = framework ? { framework } : { error: { state: 'error', message: this.strings.loadFailed(source, this.strings.noSuchLevel(this.level)), issues: [] } };
      } else {
        result = { error: { state: 'error', message: this.strings.loadFailed(source, this.strings.notBuiltIn), issues: [] } };
      }
    } catch (error) {
      result = { error: { state: 'error', message: this.strings.loadFailed(source, error instanceof Error ? error.message : String(error)), issues: [] } };
    }
    // A recorded submission is noted above the rubric: bring its words before the rubric shows.
    if (this.entered.submitted && !result.error) await this.requestSteps();
    if (token !== this.loadToken) return; // a newer load has started
    if (quiet && result.error) return; // the Spanish text did not come: keep the English on screen
    this.loaded = result.framework;
    this.provider.setValue(result.framework);
    this.load = result.error ?? { state: 'ready' };
    if (!result.error && this.steps.state === 'idle') this.prefetchSteps();
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
    if (!this.planStart && this.steps.state === 'ready') this.draftPlan(this.steps.steps);
    // Otherwise the plan is drafted when the steps' code arrives (see requestSteps).
    this.step = 'plan';
    this.focusAfterUpdate = { kind: 'heading' };
  }

  /** Keeps the plan as edited beside the answers, so a reload brings both back. @internal */
  onPlanChange(event: Event): void {
    const element = event.currentTarget as SosImprovementPlan;
    this.enter({ plan: element.value });
  }

  /** @internal */
  fileName(assessment: Assessment): string {
    return `${(assessment.subject.name || 'assessment').replace(/[^\w.-]+/g, '-')}-${assessment.level}${assessment.perspective.kind === 'partner' ? '-partner' : ''}`;
  }

  /** @internal */
  async print(): Promise<void> {
    this.syncFromRubric();
    if (!(await this.requestSteps())) return;
    this.printing = true;
    // Let the report (and its chart and table) render before the browser lays the page out.
    await this.updateComplete;
    await Promise.all([...this.shadowRoot!.querySelectorAll<SosElement>('.print-report sos-radar-chart, .print-report sos-gap-table')].map((x) => x.updateComplete));
    globalThis.print();
  }

  /** Keeps what the person entered beside the answers, under `autosave-key`. @internal */
  enter(change: Partial<WidgetState>): void {
    this.entered = { ...this.entered, ...change };
    if (this.autosaveKey) saveWidgetState(this.autosaveKey, this.entered);
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
    const url = this.submitUrl;
    this.submitState = { state: 'submitting' };
    const steps = await this.requestSteps();
    if (!steps) {
      this.submitState = { state: 'idle' };
      return false;
    }
    return steps.submit(doc, url);
  }

  /** @internal */
  onSubmitClick(): void {
    if (this.submitState.state === 'submitting') return;
    if (!this.confirmed) {
      this.confirmError = true;
      this.focusAfterUpdate = { kind: 'selector', selector: '#confirm' };
      return;
    }
    void this.submit();
  }

  /** @internal */
  goAnswerRemaining(): void {
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
            ${this.steps.state === 'ready' ? this.steps.steps.renderSubmittedNote() : nothing}
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
          ${this.renderLater()}
        </div>
      </div>
      ${this.steps.state === 'ready' ? this.steps.steps.renderReport() : nothing}
    `;
  }

  /** The steps after rating, drawn by their own code once it is there; until then, a placeholder. */
  private renderLater(): TemplateResult | typeof nothing {
    const steps = this.steps;
    if (steps.state === 'ready') {
      const view = steps.steps;
      return html`${this.step === 'results' ? view.renderResults() : nothing} ${this.step === 'review' ? view.renderReview() : nothing} ${view.renderPlan()}`;
    }
    if (this.step === 'rate') return nothing;
    const s = this.strings;
    const title = this.step === 'results' ? s.steps.results : this.step === 'plan' ? s.steps.plan : this.submitUrl ? s.steps.review : s.steps.reviewSave;
    return html`<section class="pending" aria-labelledby=${`heading-${this.step}`}>
      <h2 id=${`heading-${this.step}`} tabindex="-1">${title}</h2>
      ${steps.state === 'error'
        ? html`<div class="error" role="alert">
            <p>${s.stepLoadFailed}</p>
            <p><button type="button" class="retry" @click=${() => this.retrySteps()}>${s.tryAgain}</button></p>
          </div>`
        : html`<p role="status">${s.stepLoading}</p>`}
    </section>`;
  }

}
