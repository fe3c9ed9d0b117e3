import {
  dataPointsFromCsv,
  dataPointsToCsv,
  draftPlanFromGaps,
  indexFrameworkIds,
  localize,
  safeParseImprovementPlan,
  type ChangeIdea,
  type CsvIssue,
  type DataPoint,
  type Framework,
  type GapReport,
  type ImprovementPlan,
  type Measure,
  type PdsaCycle,
  type ValidationIssue,
  SCHEMA_VERSION,
} from '@sos-kit/core';
import { html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { downloadText } from '../shared/download.js';
import { numberFormat } from '../shared/format.js';
import { LazyStrings } from '../shared/lazy-strings.js';
import { SosElement } from '../shared/sos-element.js';
import { completeAfter } from '../shared/complete-after.js';
import { themeStyles } from '../shared/theme.styles.js';
import { IMPROVEMENT_PLAN_STRINGS_EN, loadPlanStrings, type ImprovementPlanStrings } from './improvement-plan.strings.js';
import { improvementPlanStyles } from './improvement-plan.styles.js';

const STORAGE_PREFIX = 'sos-kit:plan:';

/** The plan's strings in each language it has been shown in. */
const planStrings = new LazyStrings(IMPROVEMENT_PLAN_STRINGS_EN, loadPlanStrings, 'sos-improvement-plan');

/**
 * `<sos-run-chart>` is loaded the first time a plan needs it (a measure on screen, printing, or
 * when the browser is idle with measures in the plan), once per page: a plan opens on its aims,
 * and most of its code is the chart's.
 */
let runChartLoading: Promise<unknown> | undefined;
let runChartLoaded = false;
/** Whether `<sos-run-chart>` can draw: loaded by a plan, or registered by the page itself. */
const runChartReady = (): boolean => runChartLoaded || customElements.get('sos-run-chart') !== undefined;

/** Runs `task` when the browser is idle (soon after, where it cannot say). */
const whenIdle = (task: () => void): void => void ('requestIdleCallback' in globalThis ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 200));

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A value's date as people write it ("Sep 15, 2025", "15 sept 2025"); as stored when it is not a date. */
function formatDay(iso: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  let format = dayFormats.get(lang);
  // A value's date is a calendar day: formatted in UTC so no time zone moves it to the day before.
  if (!format) dayFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })));
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** A plan with one empty aim: where a team starts when there is nothing else. */
const emptyPlan = (): ImprovementPlan => ({ schemaVersion: SCHEMA_VERSION, aims: [{ id: 'aim-1', what: '' }] });

/** The next free id `prefix-n` among existing ids. */
function nextId(prefix: string, existing: readonly { id: string }[]): string {
  const used = new Set(existing.map((e) => e.id));
  let n = existing.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

// localStorage itself can throw (disabled storage, sandboxed frames): every access is guarded.
function store(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

type Step = 0 | 1 | 2;

/**
 * An improvement plan built around the three questions of the Model for Improvement, one screen
 * each: the aims (what are we trying to accomplish?), the measures with their values over the
 * year shown as run charts (how will we know that a change is an improvement?), and the change
 * ideas with their Plan-Do-Study-Act cycles (what change can we make?). Nothing but an aim is
 * needed to save. Starts from a plan (`plan` property or `src` URL), from a gap report
 * (`gaps` with `framework`: "Start from the largest gaps"), or empty. With `autosave-key` every
 * edit is kept in the browser and restored on reload; a saved copy that cannot be read is kept
 * aside and offered for download, never overwritten.
 *
 * The run charts' code (`<sos-run-chart>`) comes when a measure is first on screen, before
 * printing, or when the browser is idle with measures in the plan; until then a placeholder of
 * the chart's size says it is loading (or, offline, says so with "Try again"), and `updateComplete`
 * waits for it. Spanish pages load the Spanish strings before the first render.
 *
 * @summary The three questions, PDSA cycles and interim measures with run charts.
 *
 * @fires change - After every edit; read the plan from `value`.
 *
 * @csspart header - The title and save status.
 * @csspart steps - The three questions as steps.
 * @csspart panel - The current question's screen.
 * @csspart step-buttons - The previous and next question buttons.
 * @csspart actions - Download and print buttons.
 * @csspart report - The printed report, one page per aim (shown only when printing).
 * @csspart error - Problems that keep the plan from being downloaded or loaded.
 *
 * @tagname sos-improvement-plan
 */
export class SosImprovementPlan extends SosElement {
  static override styles = [themeStyles, improvementPlanStyles];
  static formAssociated = true;

  static override properties = {
    plan: { attribute: false },
    gaps: { attribute: false },
    framework: { attribute: false },
    src: {},
    autosaveKey: { attribute: 'autosave-key' },
    filename: {},
    step: { type: Number, reflect: true },
    required: { type: Boolean, reflect: true },
    working: { state: true },
    notice: { state: true },
    problems: { state: true },
    loadError: { state: true },
    pointErrors: { state: true },
    csvReport: { state: true },
    chartFailed: { state: true },
    removed: { state: true },
  };

  /** Loads `<sos-run-chart>`, which draws the measures (replaceable, to test a failed load). @internal */
  static loadRunChart: () => Promise<unknown> = () => import('../define/run-chart.js');

  /** The plan to start from. Edits never change this object; read the edited plan from `value`. */
  declare plan: ImprovementPlan | undefined;
  /** A gap report to draft aims from (see core's `draftPlanFromGaps`). */
  declare gaps: GapReport | undefined;
  /** The framework the plan's items come from: names the items and supplies look-fors as change ideas. */
  declare framework: Framework | undefined;
  /** URL of a plan JSON to start from; it is validated and problems are listed with their places. */
  declare src: string | undefined;
  /** Keep every edit in this browser under this key and restore it on reload. */
  declare autosaveKey: string | undefined;
  /** Base name of downloaded files. */
  declare filename: string;
  /** The question on screen: 0, 1 or 2. */
  declare step: Step;
  /** In a form: the form cannot be submitted until the plan is valid (at least an aim). */
  declare required: boolean;
  /** @internal */
  declare protected working: ImprovementPlan;
  /** @internal */
  declare protected notice: { kind: 'restored' | 'unreadable' | 'storage' | 'drafted'; text: string } | undefined;
  /** @internal */
  declare protected problems: ValidationIssue[];
  /** @internal */
  declare protected loadError: { source: string; issues: string[] } | undefined;
  /** @internal */
  declare protected pointErrors: Map<string, { date?: string; value?: string }>;
  /** @internal */
  declare protected csvReport: Map<string, { added: number; issues: CsvIssue[] }>;
  /** @internal The run chart's code could not be loaded (offline, say). */
  declare protected chartFailed: boolean;
  /** @internal The value removed last, until it is put back or another is removed. */
  declare protected removed: { measureId: string; point: DataPoint } | undefined;

  private strings: ImprovementPlanStrings = IMPROVEMENT_PLAN_STRINGS_EN;
  /** The run chart's code on its way to this element. */
  private chartPending: Promise<void> | undefined;
  private chartIdleScheduled = false;
  /** What to focus after the next render (a row's remove button after a removal, say). */
  private focusAfter: (() => HTMLElement | null | undefined) | undefined;
  private restoredDraft = false;
  private autosaveBlocked = false;
  private focusHeading = false;
  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.required = false;
    this.plan = undefined;
    this.gaps = undefined;
    this.framework = undefined;
    this.src = undefined;
    this.autosaveKey = undefined;
    this.filename = 'improvement-plan';
    this.step = 0;
    this.working = emptyPlan();
    this.notice = undefined;
    this.problems = [];
    this.loadError = undefined;
    this.pointErrors = new Map();
    this.csvReport = new Map();
    this.chartFailed = false;
    this.removed = undefined;
  }

  /** The plan as edited so far (a copy). In a form, its JSON is the submitted value under `name`. */
  get value(): ImprovementPlan {
    return structuredClone(this.working);
  }

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.working = this.plan ? structuredClone(this.plan) : emptyPlan();
    this.problems = [];
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const restored = JSON.parse(state) as ImprovementPlan;
      if (restored && Array.isArray(restored.aims)) this.working = restored;
    } catch {
      // A state the browser kept that is not a plan is ignored; the page's plan stays.
    }
  }

  /**
   * A new `plan` is taken at once, not at the next render: `value` reads it back even while the
   * first render waits for a language's strings (a saved draft restored from `autosave-key` wins).
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name === 'plan' && this.plan !== oldValue && this.plan && !this.restoredDraft) this.working = structuredClone(this.plan);
  }

  /** Loads the strings of a language other than English before rendering in it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return planStrings.whenReady(this.language, () => super.scheduleUpdate());
  }

  /** Also waits for the run chart's code while it is being loaded, so "updated" means drawn. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfter(() => super.getUpdateComplete(), () => this.chartPending);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = planStrings.of(this.language);
    if (changed.has('autosaveKey') && this.autosaveKey) this.restore();
    if (changed.has('src') && this.src) void this.load(this.src);
    if (![0, 1, 2].includes(this.step)) this.step = 0;
  }

  protected override updated(): void {
    const json = JSON.stringify(this.working);
    this.internals.setFormValue(json, json);
    const issues = this.required ? this.issuesOf(this.working) : [];
    if (issues.length > 0) {
      const anchor = this.shadowRoot?.querySelector<HTMLElement>('textarea, input') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, `${this.strings.cannotSave(issues.length)} ${this.describe(issues[0]!)}`, anchor);
    } else this.internals.setValidity({});
    if (this.focusHeading) {
      this.focusHeading = false;
      this.shadowRoot!.querySelector<HTMLElement>('#question')?.focus();
    }
    if (this.focusAfter) {
      const target = this.focusAfter();
      this.focusAfter = undefined;
      target?.focus();
    }
    const measures = this.working.measures ?? [];
    // After a failed load only "Try again" loads it again: no retrying behind the person's back.
    if (!runChartReady() && !this.chartFailed && measures.length > 0) {
      // On screen now: load it. In the plan only (question 1, or the printed report): load when idle.
      if (this.step === 1) this.loadRunChart();
      else if (!this.chartIdleScheduled) {
        this.chartIdleScheduled = true;
        whenIdle(() => this.loadRunChart());
      }
    }
  }

  /** Loads the run chart's code; the measures are drawn once it is here. */
  private loadRunChart(): void {
    if (runChartReady() || this.chartPending) return;
    this.chartFailed = false;
    runChartLoading ??= SosImprovementPlan.loadRunChart();
    this.chartPending = runChartLoading
      .then(
        () => void (runChartLoaded = true),
        (error: unknown) => {
          runChartLoading = undefined;
          this.chartFailed = true;
          console.warn('sos-improvement-plan: could not load the run chart.', error);
        },
      )
      .finally(() => {
        this.chartPending = undefined;
        this.requestUpdate();
      });
  }

  /** Prints the report, with its run charts once their code is here (without them if it cannot load). */
  private async print(): Promise<void> {
    this.loadRunChart();
    await this.updateComplete;
    this.ownerDocument.defaultView?.print();
  }

  // ---- keeping the plan ------------------------------------------------------------------------

  private restore(): void {
    const key = STORAGE_PREFIX + this.autosaveKey;
    let text: string | null | undefined;
    try {
      text = store()?.getItem(key);
    } catch {
      text = undefined;
    }
    if (!text) return;
    try {
      const saved = JSON.parse(text) as { savedAt?: unknown; plan?: { aims?: unknown } };
      if (!saved.plan || typeof saved.plan !== 'object' || !Array.isArray(saved.plan.aims)) throw new Error('not a saved plan');
      this.working = saved.plan as ImprovementPlan;
      this.restoredDraft = true;
      const when = typeof saved.savedAt === 'string' ? new Date(saved.savedAt).toLocaleString(this.language) : '';
      this.notice = { kind: 'restored', text: this.strings.restored(when) };
    } catch {
      // Never lose what was saved: move it aside before any autosave could replace it.
      try {
        store()?.setItem(`${key}:unreadable`, text);
      } catch {
        this.autosaveBlocked = true;
      }
      this.notice = { kind: 'unreadable', text: this.strings.unreadableDraft };
    }
  }

  private autosave(): void {
    if (!this.autosaveKey || this.autosaveBlocked) return;
    try {
      const storage = store();
      if (!storage) throw new Error('no storage');
      storage.setItem(STORAGE_PREFIX + this.autosaveKey, JSON.stringify({ savedAt: new Date().toISOString(), plan: this.working }));
      if (this.notice?.kind === 'storage') this.notice = undefined;
    } catch {
      this.notice = { kind: 'storage', text: this.strings.storageUnavailable };
    }
  }

  private discardDraft(): void {
    try {
      store()?.removeItem(STORAGE_PREFIX + this.autosaveKey);
    } catch {
      // Nothing to discard when storage cannot be reached.
    }
    this.restoredDraft = false;
    this.working = this.plan ? structuredClone(this.plan) : emptyPlan();
    this.notice = undefined;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private downloadUnreadable(): void {
    const text = store()?.getItem(`${STORAGE_PREFIX}${this.autosaveKey}:unreadable`) ?? '';
    downloadText(this.ownerDocument, `${this.filename}-unreadable.txt`, text, 'text/plain');
  }

  private async load(source: string): Promise<void> {
    this.loadError = undefined;
    try {
      const response = await fetch(source);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const result = safeParseImprovementPlan(await response.text(), this.framework, { source });
      if (!result.success) {
        this.loadError = { source, issues: result.issues.map((i) => this.describe(i)) };
        return;
      }
      if (!this.restoredDraft) this.working = result.data;
    } catch (error) {
      this.loadError = { source, issues: [error instanceof Error ? error.message : String(error)] };
    }
  }

  /** Applies an edit to a copy of the plan, keeps it, and tells the page. */
  private edit(change: (plan: ImprovementPlan) => void): void {
    const next = structuredClone(this.working);
    change(next);
    next.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    next.createdAt ??= next.updatedAt;
    this.working = next;
    if (this.problems.length > 0) this.problems = this.issuesOf(next);
    this.autosave();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private issuesOf(plan: ImprovementPlan): ValidationIssue[] {
    const result = safeParseImprovementPlan(plan, this.framework);
    return result.success ? [] : [...result.issues];
  }

  /** "Aim 2 › what we are trying to accomplish: must not be empty". */
  private describe(issue: ValidationIssue): string {
    const s = this.strings;
    const parts: string[] = [];
    const path = issue.path;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const index = path[i + 1];
      if (typeof index === 'number' && ['aims', 'measures', 'changeIdeas', 'cycles', 'dataPoints'].includes(String(segment))) {
        const n = index + 1;
        parts.push(segment === 'aims' ? s.aim(n) : segment === 'measures' ? s.measure(n) : segment === 'changeIdeas' ? s.idea(n) : segment === 'cycles' ? s.cycle(n) : `${s.fieldNames['value'] ?? 'value'} ${n}`);
        i++;
      } else if (typeof segment === 'string') {
        parts.push(Object.hasOwn(s.fieldNames, segment) ? s.fieldNames[segment]! : segment);
      }
    }
    return `${parts.join(' › ') || s.title}: ${issue.message}`;
  }

  // ---- actions --------------------------------------------------------------------------------

  private goTo(step: Step): void {
    this.step = step;
    this.focusHeading = true;
  }

  private draftFromGaps(): void {
    if (!this.gaps) return;
    const draft = draftPlanFromGaps(this.gaps, { ...(this.framework ? { framework: this.framework } : {}), lang: this.language, ...(this.working.organization ? { organization: this.working.organization } : {}) });
    if (draft.aims.length === 0) return;
    this.edit((plan) => {
      // The team's own aims stay; drafted ones get the next free ids so nothing they wrote is replaced.
      plan.aims = plan.aims.filter((aim) => aim.what.trim() !== '');
      const aimIds = new Map<string, string>();
      for (const aim of draft.aims) {
        const id = nextId('aim', plan.aims);
        aimIds.set(aim.id, id);
        plan.aims.push({ ...aim, id });
      }
      const linked = (ids: string[] | undefined) => (ids ?? []).map((id) => aimIds.get(id) ?? id);
      const measures = (plan.measures ??= []);
      for (const measure of draft.measures ?? []) measures.push({ ...measure, id: nextId('measure', measures), aimIds: linked(measure.aimIds) });
      const ideas = (plan.changeIdeas ??= []);
      for (const idea of draft.changeIdeas ?? []) ideas.push({ ...idea, id: nextId('idea', ideas), aimIds: linked(idea.aimIds) });
      plan.gaps = [...(plan.gaps ?? []), ...(draft.gaps ?? [])];
      if (draft.framework) plan.framework ??= draft.framework;
      if (draft.level) plan.level ??= draft.level;
    });
    this.notice = { kind: 'drafted', text: this.strings.draftedFrom(draft.aims.length) };
  }

  private downloadJson(): void {
    this.problems = this.issuesOf(this.working);
    if (this.problems.length > 0) {
      this.updateComplete.then(() => this.shadowRoot!.querySelector<HTMLElement>('[part~=error]')?.focus());
      return;
    }
    downloadText(this.ownerDocument, `${this.filename}.json`, `${JSON.stringify(this.working, null, 2)}\n`, 'application/json');
  }

  private addPoint(event: SubmitEvent, measureIndex: number, measure: Measure): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const date = (form.elements.namedItem('date') as HTMLInputElement).value;
    const valueText = (form.elements.namedItem('value') as HTMLInputElement).value.trim();
    const note = (form.elements.namedItem('note') as HTMLInputElement).value.trim();
    const value = valueText === '' ? Number.NaN : Number(valueText);
    const errors: { date?: string; value?: string } = {
      ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? {} : { date: this.strings.pointErrors.date }),
      ...(Number.isFinite(value) ? {} : { value: this.strings.pointErrors.value }),
    };
    const next = new Map(this.pointErrors);
    if (errors.date || errors.value) {
      next.set(measure.id, errors);
      this.pointErrors = next;
      this.updateComplete.then(() => form.querySelector<HTMLInputElement>('[aria-invalid=true]')?.focus());
      return;
    }
    next.delete(measure.id);
    this.pointErrors = next;
    this.edit((plan) => {
      const target = plan.measures![measureIndex]!;
      target.dataPoints = insertInOrder(target.dataPoints ?? [], [{ date, value, ...(note ? { note } : {}) }]);
    });
    form.reset();
    (form.elements.namedItem('date') as HTMLInputElement).focus();
  }

  private async importCsv(event: Event, measureIndex: number, measure: Measure): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const { series, issues } = dataPointsFromCsv(await file.text(), { measureId: measure.id });
    const points = series.filter((entry) => entry.measureId === measure.id).flatMap((entry) => entry.points);
    if (points.length > 0) this.edit((plan) => (plan.measures![measureIndex]!.dataPoints = insertInOrder(plan.measures![measureIndex]!.dataPoints ?? [], points)));
    this.csvReport = new Map(this.csvReport).set(measure.id, { added: points.length, issues });
    input.value = '';
  }

  // ---- rendering ------------------------------------------------------------------------------

  /** A labelled text, date, number or long-text field. Empty optional fields are removed, not stored blank. */
  private field(id: string, label: string, value: string | number | undefined, set: (value: string | undefined) => void, options: { type?: 'text' | 'date' | 'number' | 'textarea'; required?: boolean } = {}): TemplateResult {
    const type = options.type ?? 'text';
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      set(text === '' && !options.required ? undefined : text);
    };
    const shown = value === undefined ? '' : String(value);
    return html`<div class="field">
      <label for=${id}>${label}${options.required ? html` <span class="required">(${this.strings.required})</span>` : nothing}</label>
      ${type === 'textarea'
        ? html`<textarea id=${id} rows="3" .value=${shown} ?required=${options.required} @input=${onInput}></textarea>`
        : html`<input id=${id} type=${type} inputmode=${type === 'number' ? 'decimal' : nothing} step=${type === 'number' ? 'any' : nothing} .value=${shown} ?required=${options.required} @change=${type === 'text' ? nothing : onInput} @input=${type === 'text' ? onInput : nothing} />`}
    </div>`;
  }

  private select<T extends string>(id: string, label: string, value: T | undefined, options: Readonly<Record<string, string>>, set: (value: T | undefined) => void): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => set(((event.target as HTMLSelectElement).value || undefined) as T | undefined)}>
        ${Object.entries(options).map(([key, text]) => html`<option value=${key === 'unset' ? '' : key} ?selected=${(value ?? '') === (key === 'unset' ? '' : key)}>${text}</option>`)}
      </select>
    </div>`;
  }

  private itemName(id: string): string {
    if (!this.framework) return id;
    let index = idIndexes.get(this.framework);
    if (!index) idIndexes.set(this.framework, (index = indexFrameworkIds(this.framework)));
    const location = index.get(id);
    if (!location) return id;
    let node: unknown = this.framework;
    for (const segment of location.path.slice(0, -1)) node = (node as Record<string | number, unknown>)[segment];
    const named = node as { name?: Parameters<typeof localize>[0]; statement?: Parameters<typeof localize>[0] };
    const text = named.name ?? named.statement;
    return text ? localize(text, this.language) : id;
  }

  /** The aims as choices for "tells about": their number and the start of their text. */
  private aimOptions(): Record<string, string> {
    const s = this.strings;
    return { unset: s.noAim, ...Object.fromEntries(this.working.aims.map((aim, a) => [aim.id, `${s.aim(a + 1)}${aim.what.trim() ? `: ${aim.what.trim().slice(0, 60)}` : ''}`])) };
  }

  private aimsPanel(): TemplateResult {
    const s = this.strings;
    const aims = this.working.aims;
    const hasText = aims.some((aim) => aim.what.trim() !== '');
    return html`
      ${this.gaps && !hasText ? html`<p><button type="button" class="secondary" @click=${() => this.draftFromGaps()}>${s.draftFromGaps}</button></p>` : nothing}
      ${aims.map(
        (aim, a) => html`<fieldset class="card">
          <legend>${s.aim(a + 1)}</legend>
          ${this.field(`aim-${a}-what`, s.what, aim.what, (v) => this.edit((p) => (p.aims[a]!.what = v ?? '')), { type: 'textarea', required: true })}
          <div class="row">
            ${this.field(`aim-${a}-for`, s.forWhom, aim.forWhom, (v) => this.edit((p) => setOptional(p.aims[a]!, 'forWhom', v)))}
            ${this.field(`aim-${a}-much`, s.howMuch, aim.howMuch, (v) => this.edit((p) => setOptional(p.aims[a]!, 'howMuch', v)))}
            ${this.field(`aim-${a}-when`, s.byWhen, aim.byWhen, (v) => this.edit((p) => setOptional(p.aims[a]!, 'byWhen', v)), { type: 'date' })}
          </div>
          ${aim.focus?.length ? html`<p class="focus">${s.focus}: ${aim.focus.map((id) => this.itemName(id)).join('; ')}</p>` : nothing}
          ${aims.length > 1 ? html`<button type="button" class="secondary" @click=${() => this.edit((p) => removeAim(p, a))}>${s.removeAim(a + 1)}</button>` : nothing}
        </fieldset>`,
      )}
      <button type="button" class="secondary" @click=${() => this.edit((p) => p.aims.push({ id: nextId('aim', p.aims), what: '' }))}>${s.addAim}</button>
    `;
  }

  private measuresPanel(): TemplateResult {
    const s = this.strings;
    const measures = this.working.measures ?? [];
    const aimOptions = this.aimOptions();
    return html`
      ${measures.length === 0 ? html`<p class="empty">${s.noMeasures}</p>` : nothing}
      ${measures.map((measure, m) => {
        const errors = this.pointErrors.get(measure.id) ?? {};
        const report = this.csvReport.get(measure.id);
        const set = (key: 'unit' | 'name', v: string | undefined) => this.edit((p) => (key === 'name' ? (p.measures![m]!.name = v ?? '') : setOptional(p.measures![m]!, key, v)));
        const setNumber = (key: 'baseline' | 'target', v: string | undefined) => this.edit((p) => setOptional(p.measures![m]!, key, v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v)));
        return html`<fieldset class="card">
          <legend>${s.measure(m + 1)}</legend>
          ${this.field(`m-${m}-name`, s.measureName, measure.name, (v) => set('name', v), { required: true })}
          <div class="row">
            ${this.select(`m-${m}-kind`, s.kind, measure.kind, s.kinds, (v) => this.edit((p) => (p.measures![m]!.kind = v ?? 'outcome')))}
            ${this.select(`m-${m}-aim`, s.forAim, measure.aimIds?.[0], aimOptions, (v) => this.edit((p) => setOptional(p.measures![m]!, 'aimIds', v ? [v] : undefined)))}
          </div>
          <div class="row">
            ${this.field(`m-${m}-unit`, s.unit, measure.unit, (v) => set('unit', v))}
            ${this.select(`m-${m}-better`, s.better, measure.better, s.betterOptions, (v) => this.edit((p) => setOptional(p.measures![m]!, 'better', v)))}
            ${this.field(`m-${m}-baseline`, s.baseline, measure.baseline, (v) => setNumber('baseline', v), { type: 'number' })}
            ${this.field(`m-${m}-target`, s.target, measure.target, (v) => setNumber('target', v), { type: 'number' })}
          </div>
          ${this.measureChart(measure, measure.name || s.measure(m + 1))}
          <form class="add-point" novalidate @submit=${(e: SubmitEvent) => this.addPoint(e, m, measure)}>
            <div class="field">
              <label for=${`m-${m}-date`}>${s.pointDate}</label>
              <input id=${`m-${m}-date`} name="date" type="date" aria-invalid=${errors.date ? 'true' : 'false'} aria-describedby=${errors.date ? `m-${m}-date-error` : nothing} />
              ${errors.date ? html`<p class="field-error" id=${`m-${m}-date-error`}>${errors.date}</p>` : nothing}
            </div>
            <div class="field">
              <label for=${`m-${m}-value`}>${s.pointValue}</label>
              <input id=${`m-${m}-value`} name="value" type="text" inputmode="decimal" aria-invalid=${errors.value ? 'true' : 'false'} aria-describedby=${errors.value ? `m-${m}-value-error` : nothing} />
              ${errors.value ? html`<p class="field-error" id=${`m-${m}-value-error`}>${errors.value}</p>` : nothing}
            </div>
            <div class="field">
              <label for=${`m-${m}-note`}>${s.pointNote}</label>
              <input id=${`m-${m}-note`} name="note" type="text" />
            </div>
            <button type="submit">${s.addPoint}</button>
          </form>
          <div class="field">
            <label for=${`m-${m}-csv`}>${s.importCsv}</label>
            <input id=${`m-${m}-csv`} type="file" accept=".csv,text/csv" @change=${(e: Event) => this.importCsv(e, m, measure)} />
          </div>
          ${report
            ? html`<div class="csv-report" role="status">
                <p>${s.csvRead(report.added)}</p>
                ${report.issues.length ? html`<p>${s.csvIssues(report.issues.length)}</p><ul>${report.issues.map((i) => html`<li>${[i.row, i.column, i.value === undefined ? undefined : `"${i.value}"`].filter((x) => x !== undefined && x !== '').join(', ')}: ${i.message}</li>`)}</ul>` : nothing}
              </div>`
            : nothing}
          ${this.valuesList(measure, m)}
          <button type="button" class="secondary" @click=${() => this.edit((p) => removeMeasure(p, m))}>${s.removeMeasure(m + 1)}</button>
        </fieldset>`;
      })}
      <button type="button" class="secondary" @click=${() => this.edit((p) => (p.measures = [...(p.measures ?? []), { id: nextId('measure', p.measures ?? []), name: '', kind: 'outcome', ...(p.aims[0] ? { aimIds: [p.aims[0].id] } : {}), dataPoints: [] }]))}>${s.addMeasure}</button>
    `;
  }

  /** A measure's run chart (its code must be loaded). */
  private runChart(measure: Measure, heading: string): TemplateResult {
    return html`<sos-run-chart
      heading=${heading}
      unit=${measure.unit ?? ''}
      better=${measure.better ?? nothing}
      baseline-points=${measure.baselinePoints ?? nothing}
      .target=${measure.target}
      .points=${measure.dataPoints ?? []}
    ></sos-run-chart>`;
  }

  /** The chart, or in its place (and about its size, so nothing moves) a note while its code loads. */
  private measureChart(measure: Measure, heading: string): TemplateResult {
    if (runChartReady()) return this.runChart(measure, heading);
    const s = this.strings;
    return html`<div class=${measure.dataPoints?.length ? 'chart-placeholder drawn' : 'chart-placeholder'} role=${this.chartFailed ? 'alert' : 'status'}>
      ${this.chartFailed
        ? html`<p>${s.chartFailed}</p>
            <button type="button" class="secondary" @click=${() => this.loadRunChart()}>${s.retry}</button>`
        : html`<p>${s.chartLoading}</p>`}
    </div>`;
  }

  /**
   * A measure's values as a compact list: date as people write it, value with unit, note, and a
   * small remove button per row. The value removed last can be put back.
   */
  private valuesList(measure: Measure, m: number): TemplateResult | typeof nothing {
    const s = this.strings;
    const points = measure.dataPoints ?? [];
    const undo = this.removed?.measureId === measure.id ? this.removed : undefined;
    if (points.length === 0 && !undo) return nothing;
    const unit = measure.unit === '%' ? '%' : measure.unit ? ` ${measure.unit}` : '';
    const number = numberFormat(this.language, { maximumFractionDigits: 20 });
    return html`<details class="values">
      <summary id=${`m-${m}-values`}>${s.points(points.length)}</summary>
      ${undo
        ? html`<p class="undo" role="status">
            ${s.pointRemoved(formatDay(undo.point.date, this.language))}
            <button type="button" class="secondary small" @click=${() => this.undoRemove()}>${s.undo}</button>
          </p>`
        : nothing}
      <ul class="points" id=${`m-${m}-points`} aria-labelledby=${`m-${m}-values`}>
        ${points.map((point, k) => {
          const when = formatDay(point.date, this.language);
          return html`<li>
            <span class="point-text">
              <span class="point-date">${when}</span>
              <span class="point-value">${number.format(point.value)}${unit}</span>
              ${point.note ? html`<span class="point-note">${point.note}</span>` : nothing}
            </span>
            <button type="button" class="secondary remove" aria-label=${s.removePoint(when)} @click=${() => this.removePoint(m, k)}>${s.remove}</button>
          </li>`;
        })}
      </ul>
    </details>`;
  }

  /** Removes a value, keeps it for "Undo", and moves focus to the next row (or the list's heading). */
  private removePoint(m: number, k: number): void {
    const measure = this.working.measures?.[m];
    const point = measure?.dataPoints?.[k];
    if (!measure || !point) return;
    this.removed = { measureId: measure.id, point };
    this.edit((p) => p.measures![m]!.dataPoints!.splice(k, 1));
    const left = measure.dataPoints!.length - 1;
    this.focusAfter = () => (left === 0 ? this.shadowRoot!.querySelector<HTMLElement>(`#m-${m}-values`) : this.shadowRoot!.querySelectorAll<HTMLElement>(`#m-${m}-points .remove`)[Math.min(k, left - 1)]);
  }

  /** Puts the value removed last back in date order, and focuses its row. */
  private undoRemove(): void {
    const removed = this.removed;
    this.removed = undefined;
    const m = (this.working.measures ?? []).findIndex((measure) => measure.id === removed?.measureId);
    if (!removed || m < 0) return;
    this.edit((p) => (p.measures![m]!.dataPoints = insertInOrder(p.measures![m]!.dataPoints ?? [], [removed.point])));
    // Points of one date keep the order they were added in: the restored one is the last of its date.
    const dates = this.working.measures![m]!.dataPoints!.map((point) => point.date);
    const k = dates.lastIndexOf(removed.point.date);
    this.focusAfter = () => this.shadowRoot!.querySelectorAll<HTMLElement>(`#m-${m}-points .remove`)[k];
  }

  private cycleFields(i: number, c: number, cycle: PdsaCycle): TemplateResult {
    const s = this.strings;
    const base = `i-${i}-c-${c}`;
    const part = <K extends 'plan' | 'do' | 'study' | 'act'>(key: K, field: string, v: string | undefined) =>
      this.edit((p) => {
        const target = p.changeIdeas![i]!.cycles![c]!;
        const section = { ...(target[key] ?? {}) } as Record<string, unknown>;
        if (v === undefined) delete section[field];
        else section[field] = v;
        if (Object.keys(section).length === 0) delete target[key];
        else (target as unknown as Record<string, unknown>)[key] = section;
      });
    return html`<fieldset class="cycle">
      <legend>${s.cycle(c + 1)}${cycle.stage ? ` — ${s.stages[cycle.stage]}` : ''}</legend>
      ${this.select(`${base}-stage`, s.stage, cycle.stage, s.stages, (v) => this.edit((p) => setOptional(p.changeIdeas![i]!.cycles![c]!, 'stage', v)))}
      <fieldset class="pdsa"><legend>${s.pdsa.plan}</legend>
        ${this.field(`${base}-question`, s.question, cycle.plan?.question, (v) => part('plan', 'question', v), { type: 'textarea' })}
        ${this.field(`${base}-prediction`, s.prediction, cycle.plan?.prediction, (v) => part('plan', 'prediction', v), { type: 'textarea' })}
        <div class="row">
          ${this.field(`${base}-who`, s.who, cycle.plan?.who, (v) => part('plan', 'who', v))}
          ${this.field(`${base}-when`, s.when, cycle.plan?.when, (v) => part('plan', 'when', v))}
          ${this.field(`${base}-where`, s.where, cycle.plan?.where, (v) => part('plan', 'where', v))}
        </div>
      </fieldset>
      <fieldset class="pdsa"><legend>${s.pdsa.do}</legend>
        ${this.field(`${base}-happened`, s.whatHappened, cycle.do?.whatHappened, (v) => part('do', 'whatHappened', v), { type: 'textarea' })}
      </fieldset>
      <fieldset class="pdsa"><legend>${s.pdsa.study}</legend>
        ${this.field(`${base}-result`, s.result, cycle.study?.result, (v) => part('study', 'result', v), { type: 'textarea' })}
        ${this.select(`${base}-versus`, s.versusPrediction, cycle.study?.versusPrediction, s.versus, (v) => part('study', 'versusPrediction', v))}
        ${this.field(`${base}-learning`, s.learning, cycle.study?.learning, (v) => part('study', 'learning', v), { type: 'textarea' })}
      </fieldset>
      <fieldset class="pdsa"><legend>${s.pdsa.act}</legend>
        ${this.select(`${base}-decision`, s.decision, cycle.act?.decision, s.decisions, (v) => part('act', 'decision', v))}
        ${this.field(`${base}-next`, s.nextCycle, cycle.act?.nextCycle, (v) => part('act', 'nextCycle', v), { type: 'textarea' })}
      </fieldset>
    </fieldset>`;
  }

  private ideasPanel(): TemplateResult {
    const s = this.strings;
    const ideas = this.working.changeIdeas ?? [];
    const aimOptions = this.aimOptions();
    return html`
      ${ideas.length === 0 ? html`<p class="empty">${s.noIdeas}</p>` : nothing}
      ${ideas.map(
        (idea: ChangeIdea, i) => html`<fieldset class="card">
          <legend>${s.idea(i + 1)}</legend>
          ${this.field(`i-${i}-description`, s.description, idea.description, (v) => this.edit((p) => (p.changeIdeas![i]!.description = v ?? '')), { type: 'textarea', required: true })}
          <div class="row">
            ${this.select(`i-${i}-aim`, s.forAim, idea.aimIds?.[0], aimOptions, (v) => this.edit((p) => setOptional(p.changeIdeas![i]!, 'aimIds', v ? [v] : undefined)))}
            ${this.select(`i-${i}-status`, s.status, idea.status, { unset: s.betterOptions.unset, ...s.statuses }, (v) => this.edit((p) => setOptional(p.changeIdeas![i]!, 'status', v)))}
          </div>
          ${idea.focus?.length ? html`<p class="focus">${s.focus}: ${idea.focus.map((id) => this.itemName(id)).join('; ')}</p>` : nothing}
          ${(idea.cycles ?? []).map((cycle, c) => this.cycleFields(i, c, cycle))}
          <div class="buttons">
            <button type="button" class="secondary" @click=${() => this.edit((p) => { const target = p.changeIdeas![i]!; target.cycles = [...(target.cycles ?? []), { id: nextId(`${target.id}-cycle`, target.cycles ?? []), stage: 'plan' }]; })}>${s.addCycle}</button>
            <button type="button" class="secondary" @click=${() => this.edit((p) => p.changeIdeas!.splice(i, 1))}>${s.removeIdea(i + 1)}</button>
          </div>
        </fieldset>`,
      )}
      <button type="button" class="secondary" @click=${() => this.edit((p) => (p.changeIdeas = [...(p.changeIdeas ?? []), { id: nextId('idea', p.changeIdeas ?? []), description: '', ...(p.aims[0] ? { aimIds: [p.aims[0].id] } : {}), cycles: [] }]))}>${s.addIdea}</button>
    `;
  }

  /** One section per aim with its measures (as run charts) and change ideas with their cycles, for print. */
  private printReport(): TemplateResult {
    const s = this.strings;
    const plan = this.working;
    const measures = plan.measures ?? [];
    const ideas = plan.changeIdeas ?? [];
    const tied = (owner: { aimIds?: string[] }, aimId: string | undefined) => (aimId === undefined ? !owner.aimIds?.length || !owner.aimIds.some((id) => plan.aims.some((aim) => aim.id === id)) : owner.aimIds?.includes(aimId) ?? false);
    const section = (title: string, aim: ImprovementPlan['aims'][number] | undefined) => {
      const ownMeasures = measures.filter((m) => tied(m, aim?.id));
      const ownIdeas = ideas.filter((idea) => tied(idea, aim?.id));
      if (!aim && ownMeasures.length === 0 && ownIdeas.length === 0) return nothing;
      return html`<section class="print-aim">
        <h3>${title}</h3>
        ${aim
          ? html`<p class="print-what">${aim.what}</p>
              <dl>
                ${aim.forWhom ? html`<dt>${s.forWhom}</dt><dd>${aim.forWhom}</dd>` : nothing}
                ${aim.howMuch ? html`<dt>${s.howMuch}</dt><dd>${aim.howMuch}</dd>` : nothing}
                ${aim.byWhen ? html`<dt>${s.byWhen}</dt><dd>${aim.byWhen}</dd>` : nothing}
                ${aim.focus?.length ? html`<dt>${s.focus}</dt><dd>${aim.focus.map((id) => this.itemName(id)).join('; ')}</dd>` : nothing}
              </dl>`
          : nothing}
        <h4>${s.questions[1]}</h4>
        ${ownMeasures.length === 0 ? html`<p>${s.report.none}</p>` : nothing}
        ${ownMeasures.map((m) => {
          const last = m.dataPoints?.[m.dataPoints.length - 1];
          return html`<div class="print-measure">
            <p><strong>${m.name}</strong> (${s.kinds[m.kind]})${m.baseline !== undefined && m.target !== undefined ? html`. ${s.report.baselineTarget(String(m.baseline), String(m.target))}` : nothing}${last ? html`. ${s.report.latest(String(last.value), last.date)}` : nothing}</p>
            ${m.dataPoints?.length && runChartReady() ? this.runChart(m, m.name) : nothing}
          </div>`;
        })}
        <h4>${s.questions[2]}</h4>
        ${ownIdeas.length === 0 ? html`<p>${s.report.none}</p>` : nothing}
        ${ownIdeas.map(
          (idea) => html`<div class="print-idea">
            <p><strong>${idea.description}</strong>${idea.status ? ` (${s.statuses[idea.status]})` : ''}</p>
            ${(idea.cycles ?? []).map(
              (cycle, c) => html`<p class="print-cycle">
                ${s.cycle(c + 1)}${cycle.stage ? ` (${s.stages[cycle.stage]})` : ''}:
                ${[cycle.plan?.question, cycle.plan?.prediction && `${s.prediction} ${cycle.plan.prediction}`, cycle.study?.result, cycle.act?.decision && `${s.decision}: ${s.decisions[cycle.act.decision]}`, cycle.act?.nextCycle].filter(Boolean).join(' — ')}
              </p>`,
            )}
          </div>`,
        )}
      </section>`;
    };
    return html`<div class="print-report" part="report">${plan.aims.map((aim, a) => section(s.aim(a + 1), aim))}${section(s.report.notTied, undefined)}</div>`;
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const step = this.step;
    const panels = [() => this.aimsPanel(), () => this.measuresPanel(), () => this.ideasPanel()];
    return html`
      <header part="header">
        <h2>${this.working.title ?? s.title}</h2>
        ${this.working.organization?.name.trim() ? html`<p class="plan-for">${s.planFor(this.working.organization.name.trim(), this.working.schoolYear)}</p>` : nothing}
        ${this.notice
          ? html`<div class="notice" role="status">
              <p>${this.notice.text}</p>
              ${this.notice.kind === 'restored' ? html`<button type="button" class="secondary" @click=${() => this.discardDraft()}>${s.discardDraft}</button>` : nothing}
              ${this.notice.kind === 'unreadable' ? html`<button type="button" class="secondary" @click=${() => this.downloadUnreadable()}>${s.downloadUnreadable}</button>` : nothing}
            </div>`
          : nothing}
      </header>
      ${this.loadError
        ? html`<div part="error" class="error" role="alert"><p>${s.loadFailed(this.loadError.source)}</p><ul>${this.loadError.issues.map((text) => html`<li>${text}</li>`)}</ul></div>`
        : nothing}
      <nav part="steps" aria-label=${s.stepsLabel}>
        <ol>
          ${s.questions.map(
            (question, q) => html`<li><button type="button" class=${q === step ? '' : 'secondary'} aria-current=${q === step ? 'step' : nothing} @click=${() => this.goTo(q as Step)}>${q + 1}. ${question}</button></li>`,
          )}
        </ol>
      </nav>
      <section part="panel" aria-labelledby="question">
        <h3 id="question" tabindex="-1">${s.questions[step]}</h3>
        <p class="hint">${s.hints[step]}</p>
        ${panels[step]!()}
      </section>
      <div class="step-buttons" part="step-buttons">
        ${step > 0 ? html`<button type="button" class="secondary" @click=${() => this.goTo((step - 1) as Step)}>${s.back}</button>` : nothing}
        ${step < 2 ? html`<button type="button" @click=${() => this.goTo((step + 1) as Step)}>${s.next}</button>` : nothing}
      </div>
      ${this.problems.length
        ? html`<div part="error" class="error" role="alert" tabindex="-1"><p>${s.cannotSave(this.problems.length)}</p><ul>${this.problems.map((p) => html`<li>${this.describe(p)}</li>`)}</ul></div>`
        : nothing}
      <div part="actions" class="actions">
        <button type="button" @click=${() => this.downloadJson()}>${s.downloadJson}</button>
        <button type="button" class="secondary" ?disabled=${!(this.working.measures ?? []).some((m) => m.dataPoints?.length)} @click=${() => downloadText(this.ownerDocument, `${this.filename}-values.csv`, dataPointsToCsv(this.working.measures ?? []), 'text/csv')}>${s.downloadCsv}</button>
        <button type="button" class="secondary" @click=${() => void this.print()}>${s.print}</button>
      </div>
      ${this.printReport()}
    `;
  }
}

/** Removes an aim and every reference to it, so the plan stays valid. */
function removeAim(plan: ImprovementPlan, index: number): void {
  const [removed] = plan.aims.splice(index, 1);
  for (const owner of [...(plan.measures ?? []), ...(plan.changeIdeas ?? [])]) {
    if (!owner.aimIds) continue;
    owner.aimIds = owner.aimIds.filter((id) => id !== removed?.id);
    if (owner.aimIds.length === 0) delete owner.aimIds;
  }
}

/** Removes a measure and the cycles' references to it. */
function removeMeasure(plan: ImprovementPlan, index: number): void {
  const [removed] = plan.measures!.splice(index, 1);
  for (const cycle of (plan.changeIdeas ?? []).flatMap((idea) => idea.cycles ?? [])) {
    if (!cycle.plan?.measureIds) continue;
    cycle.plan.measureIds = cycle.plan.measureIds.filter((id) => id !== removed?.id);
    if (cycle.plan.measureIds.length === 0) delete cycle.plan.measureIds;
  }
}

/** Framework ids and where they are defined, made once per framework. */
const idIndexes = new WeakMap<Framework, ReturnType<typeof indexFrameworkIds>>();

/** Sets an optional property, removing it when the value is undefined (never stored blank). */
function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** Adds points keeping date order; points on the same date stay in the order they were added. */
function insertInOrder(existing: readonly DataPoint[], added: readonly DataPoint[]): DataPoint[] {
  return [...existing, ...added].map((point, order) => ({ point, order })).sort((x, y) => (x.point.date < y.point.date ? -1 : x.point.date > y.point.date ? 1 : x.order - y.order)).map(({ point }) => point);
}
