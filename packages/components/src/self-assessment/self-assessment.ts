import { ContextProvider } from '@lit/context';
import {
  analyzeGaps,
  assessmentsToCsv,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
  localize,
  safeParseAssessment,
  safeParseFramework,
  scoreAssessment,
  SosValidationError,
  type Assessment,
  type Framework,
  type GapReport,
  type Lang,
  type SystemLevel,
  type ValidationIssue,
} from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { GAP_TABLE_STRINGS, type GapTableStrings } from '../gap-table/gap-table.strings.js';
import { SosElement } from '../shared/sos-element.js';
import { RUBRIC_STRINGS, type RubricStrings } from '../rubric/rubric.strings.js';
import { SELF_ASSESSMENT_STRINGS, type SelfAssessmentStrings } from './self-assessment.strings.js';
import type { RadarAxis, RadarSeries } from '../radar-chart/radar-chart.js';
import type { SosRubric } from '../rubric/rubric.js';
import { frameworkContext } from '../shared/context.js';
import { downloadText } from '../shared/download.js';
import { themeStyles } from '../shared/theme.styles.js';
import { selfAssessmentStyles } from './self-assessment.styles.js';

type Step = 'rate' | 'results' | 'export';

type Words = SelfAssessmentStrings & Pick<RubricStrings, 'conditionsHeading' | 'capacitiesHeading'> & Pick<GapTableStrings, 'noReport' | 'downloadCsv'>;

/** The widget's own words, plus the few it shares with the rubric and the gap table. */
function stringsOf(lang: Lang): Words {
  const { conditionsHeading, capacitiesHeading } = RUBRIC_STRINGS[lang];
  const { noReport, downloadCsv } = GAP_TABLE_STRINGS[lang];
  return { ...SELF_ASSESSMENT_STRINGS[lang], conditionsHeading, capacitiesHeading, noReport, downloadCsv };
}
type Load = { state: 'idle' } | { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string; issues: readonly ValidationIssue[] };
type Submit = { state: 'idle' } | { state: 'submitting' } | { state: 'done' } | { state: 'error'; reason: string };

/**
 * The drop-in self-assessment: a framework level to rate, the results as a radar chart and a
 * gap table (against the target, or against a partner or baseline assessment the user loads),
 * and ways to save, print and submit. Configured with attributes only.
 *
 * @summary Drop-in self-assessment: rate, see results, save and submit.
 *
 * @fires change - The user changed an answer (from the inner rubric; bubbles, composed).
 * @fires input - The user changed an answer or typed evidence (bubbles, composed).
 * @fires sos-complete - The user answered the last item.
 *
 * @csspart steps - The step navigation.
 * @csspart panel - The current step's content.
 * @csspart error - The error panel shown when a framework cannot be used.
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
    step: { state: true },
    load: { state: true },
    assessment: { state: true },
    comparison: { state: true },
    comparisonError: { state: true },
    submitState: { state: true },
    chartView: { state: true },
  };

  /** The level to rate: school, district, coe, geo-lead or state. */
  declare level: SystemLevel;
  /** A built-in framework id (default "ca-sos-conditions-capacities"). */
  declare framework: string;
  /** URL of your own framework JSON; used instead of `framework`, and validated. */
  declare src: string | undefined;
  /** Save answers in this browser under this key and restore them on reload. */
  declare autosaveKey: string | undefined;
  /** Where "Submit" POSTs the assessment JSON. Without it there is no submit button. */
  declare submitUrl: string | undefined;
  /** Name of the organisation being rated. */
  declare subjectName: string | undefined;
  /** @internal */
  declare protected step: Step;
  /** @internal */
  declare protected load: Load;
  /** @internal */
  declare protected assessment: Assessment | undefined;
  /** @internal */
  declare protected comparison: Assessment | undefined;
  /** @internal */
  declare protected comparisonError: readonly ValidationIssue[] | undefined;
  /** @internal */
  declare protected submitState: Submit;
  /** @internal */
  declare protected chartView: 'conditions' | 'elements';

  private loaded: Framework | undefined;
  private loadToken = 0;
  private strings: Words = stringsOf('en');
  private readonly provider = new ContextProvider(this, { context: frameworkContext });

  constructor() {
    super();
    this.level = 'district';
    this.framework = 'ca-sos-conditions-capacities';
    this.step = 'rate';
    this.load = { state: 'idle' };
    this.submitState = { state: 'idle' };
    this.chartView = 'conditions';
  }

  /** The framework in use, once loaded. */
  get currentFramework(): Framework | undefined {
    return this.loaded;
  }

  /** The assessment being edited (a copy of the rubric's value). */
  get value(): Assessment | undefined {
    return this.assessment;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = stringsOf(this.language);
    // Built-in frameworks load only the rated level's part, so a new level loads again.
    if (changed.has('framework') || changed.has('src') || (changed.has('level') && !this.src)) void this.loadFramework();
  }

  private async loadFramework(): Promise<void> {
    const token = ++this.loadToken;
    const source = this.src ?? this.framework;
    this.load = { state: 'loading' };
    let result: { framework?: Framework; error?: Load };
    try {
      if (this.src) {
        const response = await fetch(this.src, { headers: { accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const parsed = safeParseFramework(await response.text(), { source: this.src });
        result = parsed.success ? { framework: parsed.data } : { error: { state: 'error', message: this.strings.frameworkError(source), issues: parsed.issues } };
      } else if (isBuiltInFrameworkId(this.framework)) {
        result = { framework: await loadBuiltInFramework(this.framework, { level: this.level }) };
      } else {
        result = { error: { state: 'error', message: this.strings.loadFailed(source, 'not a built-in framework id'), issues: [] } };
      }
    } catch (error) {
      result = { error: { state: 'error', message: this.strings.loadFailed(source, error instanceof Error ? error.message : String(error)), issues: [] } };
    }
    if (token !== this.loadToken) return; // a newer load has started
    this.loaded = result.framework;
    this.provider.setValue(result.framework);
    this.load = result.error ?? { state: 'ready' };
  }

  private onRubricChange(event: Event): void {
    const rubric = event.currentTarget as SosRubric;
    this.assessment = rubric.value ? structuredClone(rubric.value) : undefined;
    this.submitState = { state: 'idle' };
  }

  /**
   * Shows a step. The rubric makes or restores its draft without events (they are for user
   * actions), so its current value is read here rather than tracked from events alone.
   */
  goTo(step: Step): void {
    const rubric = this.shadowRoot?.querySelector('sos-rubric');
    if (rubric?.value) this.assessment = structuredClone(rubric.value);
    this.step = step;
  }

  private get defaultTarget(): number {
    const levels = this.loaded!.scale.levels;
    // The second-highest level ("Full Implementation" on the CDE scale) is a realistic goal.
    return levels[Math.max(0, levels.length - 2)]!.value;
  }

  private gapReport(): GapReport | undefined {
    const framework = this.loaded;
    const assessment = this.assessment;
    if (!framework || !assessment) return undefined;
    try {
      if (this.comparison?.perspective.kind === 'partner') return analyzeGaps(framework, { comparison: 'self-vs-partner', self: assessment, partner: this.comparison });
      if (this.comparison) return analyzeGaps(framework, { comparison: 'baseline-vs-follow-up', baseline: this.comparison, followUp: assessment });
      return analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: this.defaultTarget });
    } catch (error) {
      if (error instanceof SosValidationError) this.comparisonError = error.issues;
      return analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: this.defaultTarget });
    }
  }

  private async onComparisonFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file || !this.loaded) return;
    const parsed = safeParseAssessment(await file.text(), this.loaded, { source: file.name });
    if (!parsed.success) {
      this.comparison = undefined;
      this.comparisonError = parsed.issues;
      return;
    }
    this.comparisonError = undefined;
    this.comparison = parsed.data;
  }

  private radarData(): { axes: RadarAxis[]; series: RadarSeries[] } {
    const framework = this.loaded!;
    const lang = this.language;
    const self = scoreAssessment(this.assessment!, framework, { validated: true });
    const other = this.comparison ? scoreAssessment(this.comparison, framework, { validated: true }) : undefined;
    const byElement = this.chartView === 'elements';
    const entries = byElement ? self.items.filter((i) => i.kind === 'element') : self.groups;
    const names = new Map<string, string>();
    const groupOf = new Map<string, string>();
    for (const condition of framework.conditions ?? []) {
      names.set(condition.id, localize(condition.name, lang));
      for (const element of condition.elements) {
        names.set(element.id, localize(element.name, lang));
        groupOf.set(element.id, localize(condition.name, lang));
      }
    }
    for (const level of framework.levels) for (const role of level.roles ?? []) names.set(role.id, localize(role.name, lang));
    const axes = entries.map((e) => ({ id: e.id, label: names.get(e.id) ?? e.id, ...(byElement ? { group: groupOf.get(e.id) ?? '' } : { group: e.section === 'conditions' ? this.strings.conditionsHeading : this.strings.capacitiesHeading }) }));
    const valuesOf = (list: readonly { id: string; score?: number }[]) => Object.fromEntries(list.map((x) => [x.id, x.score]));
    const series: RadarSeries[] = [{ label: this.strings.selfLabel, values: valuesOf(entries) }];
    if (other) {
      const label = this.comparison!.perspective.kind === 'partner' ? `${this.comparison!.perspective.rater.name}` : this.comparison!.schoolYear ?? this.comparison!.updatedAt.slice(0, 10);
      series.push({ label, values: valuesOf(byElement ? other.items : other.groups) });
    }
    const target = this.defaultTarget;
    series.push({ label: this.strings.targetLabel(localize(framework.scale.levels.find((l) => l.value === target)!.label, lang)), values: Object.fromEntries(axes.map((a) => [a.id, target])) });
    return { axes, series };
  }

  private download(kind: 'json' | 'csv'): void {
    const assessment = this.assessment;
    if (!assessment || !this.loaded) return;
    const name = `${(assessment.subject.name || 'assessment').replace(/[^\w.-]+/g, '-')}-${assessment.level}`;
    if (kind === 'json') downloadText(this.ownerDocument, `${name}.json`, `${JSON.stringify(assessment, null, 2)}\n`, 'application/json');
    else downloadText(this.ownerDocument, `${name}.csv`, assessmentsToCsv([assessment], this.loaded), 'text/csv;charset=utf-8');
  }

  /** POSTs the assessment to `submit-url`. On failure the answers stay and the user can retry. */
  async submit(): Promise<boolean> {
    if (!this.submitUrl || !this.assessment) return false;
    this.submitState = { state: 'submitting' };
    const now = new Date().toISOString();
    const body = { ...this.assessment, status: 'submitted' as const, submittedAt: now, updatedAt: now };
    try {
      const response = await fetch(this.submitUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.submitState = { state: 'done' };
      return true;
    } catch (error) {
      this.submitState = { state: 'error', reason: error instanceof Error ? error.message : String(error) };
      return false;
    }
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
      ['export', s.steps.export],
    ];
    return html`
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
        <div ?hidden=${this.step !== 'rate'}>
          <sos-rubric
            level=${this.level}
            autosave-key=${this.autosaveKey ?? nothing}
            subject-name=${this.subjectName ?? nothing}
            @change=${this.onRubricChange}
            @input=${this.onRubricChange}
          ></sos-rubric>
          <p><button type="button" @click=${() => this.goTo('results')}>${s.continueToResults}</button></p>
        </div>
        ${this.step === 'results' ? this.renderResults() : nothing} ${this.step === 'export' ? this.renderExport() : nothing}
      </div>
    `;
  }

  private renderResults(): TemplateResult {
    const s = this.strings;
    if (!this.assessment) return html`<p role="status">${s.noReport}</p>`;
    const { axes, series } = this.radarData();
    const report = this.gapReport();
    const scale = this.loaded!.scale;
    const lang = this.language;
    return html`
      <section class="results">
        <label class="compare"
          >${s.compareWith} <span class="hint">${s.compareHint}</span>
          <input type="file" accept="application/json,.json" @change=${(e: Event) => this.onComparisonFile(e)} />
        </label>
        ${this.comparison ? html`<p class="notice" role="status">${s.comparingWith(series[1]!.label)}</p>` : nothing}
        ${this.comparisonError
          ? html`<div class="error" role="alert">
              <p>${s.compareError}</p>
              <ul>${this.comparisonError.map((i) => html`<li><code>${i.jsonPath}</code>: ${i.message}</li>`)}</ul>
            </div>`
          : nothing}
        <fieldset class="view">
          <legend>${s.viewBy}</legend>
          ${(['conditions', 'elements'] as const).map(
            (view) => html`<label
              ><input type="radio" name="view" .checked=${this.chartView === view} @change=${() => (this.chartView = view)} />
              ${view === 'conditions' ? s.viewConditions : s.viewElements}</label
            >`,
          )}
        </fieldset>
        <sos-radar-chart
          heading=${s.radarHeading(this.assessment.subject.name)}
          .axes=${axes}
          .series=${series}
          .scale=${{ min: scale.levels[0]!.value, max: scale.levels[scale.levels.length - 1]!.value, ticks: scale.levels.map((l) => ({ value: l.value, label: localize(l.label, lang) })) }}
        ></sos-radar-chart>
        ${report ? html`<sos-gap-table .report=${report}></sos-gap-table>` : nothing}
      </section>
    `;
  }

  private renderExport(): TemplateResult {
    const s = this.strings;
    const submit = this.submitState;
    return html`
      <section class="export">
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.download('json')}>${s.downloadJson}</button>
          <button type="button" class="secondary" @click=${() => this.download('csv')}>${s.downloadCsv}</button>
          <button type="button" class="secondary" @click=${() => window.print()}>${s.print}</button>
          ${this.submitUrl
            ? html`<button type="button" ?disabled=${submit.state === 'submitting'} @click=${() => this.submit()}>${submit.state === 'submitting' ? s.submitting : s.submit}</button>`
            : nothing}
        </div>
        ${submit.state === 'done' ? html`<p class="notice" role="status">${s.submitted}</p>` : nothing}
        ${submit.state === 'error'
          ? html`<div class="error" role="alert">
              <p>${s.submitFailed(submit.reason)} ${s.answersKept}</p>
              <button type="button" @click=${() => this.submit()}>${s.retry}</button>
            </div>`
          : nothing}
      </section>
    `;
  }
}
