/**
 * The widget's steps after rating — results (summary, comparison, chart, gap table, team and
 * partner views), review and submit, the improvement plan and the printed report — with the
 * core code they need (scoring, gaps, plan drafting, CSV). Loaded on demand by
 * `<sos-self-assessment>` (see `steps-loader.ts`), so a page downloads only the rubric and the
 * widget's frame before a person can give the first answer.
 */
import {
  analyzeGaps,
  assessmentsToCsv,
  draftPlanFromGaps,
  instrumentFor,
  localize,
  scoreAssessment,
  defaultTarget,
  type Assessment,
  type GapReport,
  type ImprovementPlan,
  type Rating,
  type ScoreResult,
} from '@sos-kit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { GAP_TABLE_STRINGS } from '../gap-table/gap-table.strings.js';
import { RUBRIC_STRINGS } from '../rubric/rubric.strings.js';
import type { RadarAxis, RadarScale, RadarSeries } from '../radar-chart/radar-chart.js';
import { downloadText } from '../shared/download.js';
import type { SosRowActivateEvent } from '../shared/events.js';
import { formatDateTime, formatPercent, numberFormat } from '../shared/format.js';
import type { SosSelfAssessment } from './self-assessment.js';
import { SELF_ASSESSMENT_STRINGS } from './self-assessment.strings.js';
import { STEPS_STRINGS, type StepsStrings } from './steps.strings.js';
import type { SelfAssessmentStrings } from './self-assessment.strings.js';
import type { RubricStrings } from '../rubric/rubric.strings.js';
import type { GapTableStrings } from '../gap-table/gap-table.strings.js';
import { fieldOfPath, missingScores, namesOf, readComparison, schoolYearsAround, topPriorities } from './results.js';
import { newIdempotencyKey, postAssessment, type SubmitFailure } from './submission.js';

type Words = SelfAssessmentStrings & StepsStrings & Pick<RubricStrings, 'conditionsHeading' | 'capacitiesHeading' | 'nonScored'> & Pick<GapTableStrings, 'noReport'>;

/** The widget's words for these steps, plus the few they share with the rubric and the gap table. */
function wordsOf(lang: 'en' | 'es'): Words {
  const { conditionsHeading, capacitiesHeading, nonScored } = RUBRIC_STRINGS[lang];
  const { noReport } = GAP_TABLE_STRINGS[lang];
  return { ...SELF_ASSESSMENT_STRINGS[lang], ...STEPS_STRINGS[lang], conditionsHeading, capacitiesHeading, nonScored, noReport };
}

/** One submission: its key and exact body, so a retry sends the same request again. */
interface Pending {
  key: string;
  fingerprint: string;
  body: string;
}

/** The schema's limits on the respondent's name and role (core's Respondent has no maximum; keep text sane). */
const FIELD_MAX = 200;

/** What changed between two sets of ratings: the number of items whose answer, evidence or notes differ. */
function changedItems(before: Record<string, Rating>, after: Record<string, Rating>): number {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  const same = (a: Rating | undefined, b: Rating | undefined) => (a?.value ?? null) === (b?.value ?? null) && (a?.evidence ?? '') === (b?.evidence ?? '') && (a?.notes ?? '') === (b?.notes ?? '');
  let count = 0;
  for (const id of ids) if (!same(before[id], after[id])) count++;
  return count;
}

/** The steps after rating, drawn for one widget (`w`), whose state they read and change. */
export class WidgetSteps {
  private pairCache: { key: string; pair: { self: Assessment[]; partner: Assessment[] } } | undefined;
  private pending: Pending | undefined;

  constructor(private readonly w: SosSelfAssessment) {}

  private get s(): Words {
    return wordsOf(this.w.shownLanguage);
  }

  /**
   * Drafts the plan from the results' gaps with core's `draftPlanFromGaps` (at most three aims,
   * largest gaps first); with no gap, one empty aim the team fills in.
   */
  draftPlan(): { plan: ImprovementPlan; notice: string } | undefined {
    const w = this.w;
    if (!w.assessment || !w.loaded) return undefined;
    const doc = w.documentOf(w.assessment);
    const report = this.gapReport(doc);
    const year = w.schoolYearValue();
    const draft = draftPlanFromGaps(report, {
      framework: w.loaded,
      level: w.level,
      lang: w.shownLanguage,
      organization: doc.subject,
      ...(year ? { schoolYear: year } : {}),
      assessments: [doc, w.comparison?.assessment].flatMap((a) => (a?.id ? [{ id: a.id }] : [])),
      now: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    const plan: ImprovementPlan = draft.aims.length > 0 ? draft : { ...draft, aims: [{ id: 'aim-1', what: '' }] };
    return { plan, notice: this.s.plan.drafted(draft.aims.length) };
  }

  /**
   * POSTs the assessment to `submit-url` with an Idempotency-Key. A retry of an unchanged
   * submission reuses its key and body; changed answers make a new submission. On failure the
   * answers stay and the reason is shown in plain words. Resolves true when the service stored it.
   */
  async submit(doc: Assessment, url: string): Promise<boolean> {
    const w = this.w;
    const fingerprint = this.fingerprint(doc);
    if (!this.pending || this.pending.fingerprint !== fingerprint) {
      const now = new Date().toISOString();
      this.pending = { key: newIdempotencyKey(), fingerprint, body: JSON.stringify({ ...doc, status: 'submitted', submittedAt: now, updatedAt: now }) };
    }
    const pending = this.pending;
    w.submitState = { state: 'submitting' };
    const outcome = await postAssessment(url, pending.body, pending.key);
    if (!outcome.ok) {
      w.submitState = { state: 'error', failure: outcome.failure };
      return false;
    }
    this.pending = undefined;
    const receipt = outcome.receipt;
    w.enter({ submitted: { receipt, at: receipt.receivedAt ?? new Date().toISOString(), ratings: structuredClone(doc.ratings) } });
    w.confirmed = false;
    w.submitState = { state: 'done' };
    w.focusAfterUpdate = { kind: 'selector', selector: '#submitted-heading' };
    return true;
  }

  get defaultTarget(): number {
    // Core's one rule: the second-highest level ("Full Implementation" on the CDE scale).
    return defaultTarget(this.w.loaded!.scale);
  }

  scaleLabel(value: number | undefined): string {
    if (value === undefined) return '–';
    const level = this.w.loaded!.scale.levels.find((l) => l.value === Math.round(value));
    const number = numberFormat(this.w.shownLanguage, { maximumFractionDigits: 1 }).format(value);
    return level && Number.isInteger(value) ? `${number} ${localize(level.label, this.w.shownLanguage)}` : number;
  }

  whenOf(assessment: Assessment): string {
    return assessment.schoolYear ?? formatDateTime(this.w.shownLanguage, assessment.updatedAt, 'date');
  }

  /** The gap report for the current comparison, its sides named in the page's language (core words them). */
  gapReport(assessment: Assessment): GapReport {
    const framework = this.w.loaded!;
    const other = this.w.comparison?.assessment;
    const options = { validated: true, lang: this.w.shownLanguage };
    if (other && other.perspective.kind !== assessment.perspective.kind) {
      // A partner rating beside a self-rating, whichever of the two this page makes.
      const [self, partner] = assessment.perspective.kind === 'self' ? [assessment, other] : [other, assessment];
      return analyzeGaps(framework, { comparison: 'self-vs-partner', self, partner }, options);
    }
    if (other) return analyzeGaps(framework, { comparison: 'baseline-vs-follow-up', baseline: other, followUp: assessment }, options);
    return analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: this.defaultTarget }, options);
  }

  comparisonLabel(other: Assessment): string {
    const r = this.s.results;
    return other.perspective.kind === 'partner' ? r.partnerSeries(other.perspective.rater.name) : r.baselineSeries(this.whenOf(other));
  }

  async onComparisonFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must load it again
    if (!file || !this.w.loaded || !this.w.assessment) return;
    const own = this.w.documentOf(this.w.assessment);
    const result = readComparison(await file.text(), file.name, this.w.loaded, own, this.s.compare, this.s.levelNames);
    if ('problem' in result) {
      this.w.comparisonProblem = { ...result.problem, file: file.name };
      this.w.comparisonNotice = '';
      this.w.focusAfterUpdate = { kind: 'selector', selector: '.compare .error' };
      return;
    }
    this.w.comparisonProblem = undefined;
    this.w.comparison = { assessment: result.assessment, file: file.name };
    this.w.comparisonNotice = this.s.compare.comparingWith(this.comparisonLabel(result.assessment));
  }

  removeComparison(): void {
    this.w.comparison = undefined;
    this.w.comparisonProblem = undefined;
    this.w.comparisonNotice = this.s.compare.removed;
    this.w.focusAfterUpdate = { kind: 'selector', selector: '.compare .choose' };
  }

  radarData(assessment: Assessment, score: ScoreResult, names: ReadonlyMap<string, string>): { axes: RadarAxis[]; series: RadarSeries[]; scale: RadarScale } {
    const framework = this.w.loaded!;
    const lang = this.w.shownLanguage;
    const s = this.s;
    const byElement = this.w.chartView === 'elements';
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
    const other = this.w.comparison?.assessment;
    if (other) {
      const otherScore = scoreAssessment(other, framework, { validated: true });
      series.push({ label: this.comparisonLabel(other), values: valuesOf(byElement ? otherScore.items : otherScore.groups) });
    }
    const levels = framework.scale.levels;
    return { axes, series, scale: { min: levels[0]!.value, max: levels[levels.length - 1]!.value, ticks: levels.map((l) => ({ value: l.value, label: localize(l.label, lang) })) } };
  }

  download(kind: 'json' | 'csv'): void {
    const assessment = this.w.value;
    if (!assessment || !this.w.loaded) return;
    const name = this.w.fileName(assessment);
    if (kind === 'json') downloadText(this.w.ownerDocument, `${name}.json`, `${JSON.stringify(assessment, null, 2)}\n`, 'application/json');
    else downloadText(this.w.ownerDocument, `${name}.csv`, assessmentsToCsv([assessment], this.w.loaded), 'text/csv;charset=utf-8');
  }

  /** What would be sent, reduced to what a person can change: a new fingerprint is a new submission. */
  fingerprint(doc: Assessment): string {
    return JSON.stringify([doc.ratings, doc.respondent ?? null, doc.schoolYear ?? null, doc.perspective, doc.notes ?? null]);
  }

  /** Answers changed since the last successful submission, or undefined when none was made. */
  changesSinceSubmit(): number | undefined {
    const submitted = this.w.entered.submitted;
    if (!submitted || !this.w.assessment) return undefined;
    return changedItems(submitted.ratings, this.w.assessment.ratings);
  }

  renderSubmittedNote(): TemplateResult | typeof nothing {
    const changes = this.changesSinceSubmit();
    if (changes === undefined) return nothing;
    const submitted = this.w.entered.submitted!;
    return html`<p class="notice">
      ${this.s.submission.received(formatDateTime(this.w.shownLanguage, submitted.at))} ${changes > 0 ? this.s.submission.changedSince(changes) : nothing}
    </p>`;
  }

  /** Names of the current language, computed once per render of a step that needs them. */
  names(): Map<string, string> {
    return namesOf(this.w.loaded!, this.w.level, this.w.shownLanguage);
  }

  renderSummary(score: ScoreResult, report: GapReport, names: ReadonlyMap<string, string>): TemplateResult {
    const s = this.s;
    const r = s.results;
    const max = numberFormat(this.w.shownLanguage).format(score.scale.max);
    const scoreText = (value: number | undefined) => (value === undefined ? r.noScore : r.score(numberFormat(this.w.shownLanguage, { maximumFractionDigits: 1 }).format(value), max));
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
        <p class="completion">${r.completion(answered, completion.items, formatPercent(this.w.shownLanguage, completion.items === 0 ? 0 : answered / completion.items))}</p>
        <h4>${r.prioritiesHeading}</h4>
        ${priorities.length > 0
          ? html`<ol class="priorities">
              ${priorities.map(
                (row) => html`<li>
                  <strong>${r.priorityWords[row.priority!]}:</strong>
                  ${r.priorityLine(names.get(row.id) ?? localize(row.label, this.w.shownLanguage), groupName(row.groupId), this.scaleLabel(row.a.value), this.scaleLabel(row.b.value))}
                </li>`,
              )}
            </ol>`
          : html`<p>${anyGap ? r.noPriorities : r.noPrioritiesYet}</p>`}
      </section>
    `;
  }

  renderChart(assessment: Assessment, score: ScoreResult, names: ReadonlyMap<string, string>, options: { print?: boolean } = {}): TemplateResult {
    const r = this.s.results;
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
                  ><input type="radio" name="view" .checked=${this.w.chartView === view} @change=${() => (this.w.chartView = view)} />
                  ${view === 'conditions' ? r.viewConditions : r.viewElements}</label
                >`,
              )}
            </fieldset>`}
        <sos-radar-chart heading=${title} filename=${this.w.fileName(assessment)} .axes=${axes} .series=${series} .scale=${scale}></sos-radar-chart>
      </section>
    `;
  }

  renderResults(): TemplateResult {
    const s = this.s;
    const assessment = this.w.assessment ? this.w.documentOf(this.w.assessment) : undefined;
    const heading = html`<h2 id="heading-results" tabindex="-1">${s.results.heading}</h2>`;
    if (!assessment) return html`<section class="results">${heading}<p role="status">${s.noReport}</p></section>`;
    const names = this.names();
    const score = scoreAssessment(assessment, this.w.loaded!, { validated: true });
    const report = this.gapReport(assessment);
    return html`
      <section class="results" aria-labelledby="heading-results">
        ${heading} ${this.renderSummary(score, report, names)} ${this.renderCompare()} ${this.renderChart(assessment, score, names)} ${this.renderPartnerView(assessment)}
        <section class="gaps" aria-labelledby="gaps-heading">
          <h3 id="gaps-heading">${s.results.tableHeading}</h3>
          <p class="hint">${s.results.backToItem}</p>
          <sos-gap-table .report=${report} filename=${this.w.fileName(assessment)} @sos-row-activate=${(e: SosRowActivateEvent) => this.w.goTo('rate', { item: e.row.id })}></sos-gap-table>
        </section>
        ${this.renderTeam(assessment)} ${this.renderPlanStart(report)}
      </section>
    `;
  }

  /** The self-rating and the partner's, for <sos-team-results>: whichever side this page rates. */
  partnerPair(assessment: Assessment): { self: Assessment[]; partner: Assessment[] } | undefined {
    const other = this.w.comparison?.assessment;
    if (!other || other.perspective.kind === assessment.perspective.kind) return undefined;
    // The team element rebuilds on every new input: hand it the same arrays while nothing changed.
    const key = JSON.stringify([assessment, other]);
    if (this.pairCache?.key !== key) {
      const [self, partner] = assessment.perspective.kind === 'self' ? [assessment, other] : [other, assessment];
      this.pairCache = { key, pair: { self: [self], partner: [partner] } };
    }
    return this.pairCache.pair;
  }

  partnerName(partner: Assessment): string {
    return partner.perspective.kind === 'partner' ? partner.perspective.rater.name : '';
  }

  /** The team's ratings from `team-src`, with the partner's beside them when a partner file is loaded. */
  renderTeam(assessment: Assessment): TemplateResult | typeof nothing {
    if (!this.w.teamSrc) return nothing;
    const t = this.s.team;
    const pair = this.partnerPair(assessment);
    return html`<section class="team" aria-labelledby="team-heading">
      <h3 id="team-heading">${t.heading}</h3>
      <p class="hint">${t.hint}</p>
      <sos-team-results
        src=${this.w.teamSrc}
        credentials=${this.w.teamCredentials ?? nothing}
        heading=${t.elementHeading}
        filename=${`${this.w.fileName(assessment)}-team.csv`}
        .partner=${pair?.partner}
      ></sos-team-results>
    </section>`;
  }

  /**
   * With a partner file loaded and no team given, the self-rating and the partner's side by side
   * (where the partner sees it higher or lower, largest first). With a team, the team view shows it.
   */
  renderPartnerView(assessment: Assessment): TemplateResult | typeof nothing {
    const pair = this.partnerPair(assessment);
    if (!pair || this.w.teamSrc) return nothing;
    const t = this.s.team;
    return html`<section class="partner-view" aria-labelledby="partner-view-heading">
      <h3 id="partner-view-heading">${t.partnerHeading}</h3>
      <p class="hint">${t.partnerHint(this.partnerName(pair.partner[0]!))}</p>
      <sos-team-results heading=${t.partnerElementHeading} filename=${`${this.w.fileName(assessment)}-self-vs-partner.csv`} .data=${pair.self} .partner=${pair.partner}></sos-team-results>
    </section>`;
  }

  renderPlanStart(report: GapReport): TemplateResult {
    const p = this.s.plan;
    const anyGap = report.items.some((row) => row.priority !== undefined && (row.priorityScore ?? 0) > 0);
    return html`<section class="plan-start" aria-labelledby="plan-start-heading">
      <h3 id="plan-start-heading">${p.startHeading}</h3>
      <p class="hint" id="plan-start-hint">${this.w.planStart ? nothing : anyGap ? p.startHint : p.noGaps}</p>
      <p><button type="button" class="start-plan" aria-describedby="plan-start-hint" @click=${() => this.w.startPlan()}>${this.w.planStart ? p.open : p.start}</button></p>
    </section>`;
  }

  /** The plan step: kept in the page once started (hidden on other steps) so edits stay as they are. */
  renderPlan(): TemplateResult | typeof nothing {
    const plan = this.w.planStart;
    if (!plan) return nothing;
    const p = this.s.plan;
    const name = this.w.assessment ? this.w.fileName(this.w.assessment) : 'assessment';
    return html`<section class="plan" ?hidden=${this.w.step !== 'plan'} aria-labelledby="heading-plan">
      <h2 id="heading-plan" tabindex="-1">${p.heading}</h2>
      <p class="intro">${p.intro}</p>
      <p class="status" role="status">${this.w.step === 'plan' ? this.w.planNotice : ''}</p>
      <sos-improvement-plan
        .plan=${plan}
        .framework=${this.w.loaded}
                filename=${`${name}-plan`}
        @change=${(e: Event) => this.w.onPlanChange(e)}
      ></sos-improvement-plan>
      <p class="next"><button type="button" class="secondary" @click=${() => this.w.goTo('results')}>${p.backToResults}</button></p>
    </section>`;
  }

  renderCompare(): TemplateResult {
    const c = this.s.compare;
    const problem = this.w.comparisonProblem;
    return html`
      <section class="compare" aria-labelledby="compare-heading">
        <h3 id="compare-heading">${c.heading}</h3>
        <p class="hint" id="compare-hint">${c.hint}</p>
        <div class="actions">
          <input id="compare-file" class="visually-hidden" type="file" accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${(e: Event) => this.onComparisonFile(e)} />
          <button type="button" class="secondary choose" aria-describedby="compare-hint" @click=${() => this.w.shadowRoot!.querySelector<HTMLInputElement>('#compare-file')!.click()}>${c.choose}</button>
          ${this.w.comparison ? html`<button type="button" class="secondary remove" @click=${() => this.removeComparison()}>${c.remove}</button>` : nothing}
        </div>
        <p class="status" role="status">${this.w.comparisonNotice}</p>
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

  renderWho(doc: Assessment): TemplateResult {
    const v = this.s.reviewStep;
    const level = this.s.levelNames[doc.level];
    const p = doc.perspective;
    return html`<p>
      ${p.kind === 'partner' ? v.ratesPartner(p.rater.name, doc.subject.name, level) : v.ratesItself(doc.subject.name, level)}
      ${p.kind === 'partner' && p.relationship ? v.relationship(this.s.relationships[p.relationship]) : nothing}
    </p>`;
  }

  renderReview(): TemplateResult {
    const s = this.s;
    const v = s.reviewStep;
    const assessment = this.w.assessment ? this.w.documentOf(this.w.assessment) : undefined;
    const total = this.w.loaded ? (instrumentFor(this.w.loaded, this.w.level)?.items.length ?? 0) : 0;
    const answered = assessment ? Object.values(assessment.ratings).filter((r) => r.value !== undefined).length : 0;
    const askName = this.w.respondentName === undefined;
    const askRole = this.w.respondentRole === undefined;
    const askYear = this.w.schoolYear === undefined;
    const years = schoolYearsAround(new Date());
    const chosenYear = this.w.entered.schoolYear;
    return html`
      <section class="review" part="review" aria-labelledby="heading-review">
        <h2 id="heading-review" tabindex="-1">${this.w.submitUrl ? v.heading : v.headingSave}</h2>
        <h3>${v.whoHeading}</h3>
        ${assessment ? this.renderWho(assessment) : nothing}
        ${askName || askRole || askYear
          ? html`<div class="fields">
              ${askName
                ? html`<label for="respondent-name">${v.yourName} <span class="hint">${v.optional}</span></label>
                    <input id="respondent-name" type="text" autocomplete="name" maxlength=${FIELD_MAX} .value=${this.w.entered.respondent?.name ?? ''} @change=${(e: Event) => this.w.enter({ respondent: { ...this.w.entered.respondent, name: (e.target as HTMLInputElement).value } })} />`
                : nothing}
              ${askRole
                ? html`<label for="respondent-role">${v.yourRole} <span class="hint">${v.optional}</span></label>
                    <input id="respondent-role" type="text" autocomplete="organization-title" maxlength=${FIELD_MAX} .value=${this.w.entered.respondent?.role ?? ''} @change=${(e: Event) => this.w.enter({ respondent: { ...this.w.entered.respondent, role: (e.target as HTMLInputElement).value } })} />`
                : nothing}
              ${askYear
                ? html`<label for="school-year">${v.schoolYear} <span class="hint">${v.schoolYearHint}</span></label>
                    <select id="school-year" @change=${(e: Event) => this.w.enter({ schoolYear: (e.target as HTMLSelectElement).value || undefined })}>
                      <option value="" ?selected=${!chosenYear}>${v.chooseYear}</option>
                      ${[...new Set([...years, ...(chosenYear ? [chosenYear] : [])])].map((year) => html`<option value=${year} ?selected=${year === chosenYear}>${year}</option>`)}
                    </select>`
                : nothing}
            </div>`
          : nothing}
        <h3>${v.completionHeading}</h3>
        <p>${v.completion(answered, total, formatPercent(this.w.shownLanguage, total === 0 ? 0 : answered / total))} ${answered === total ? v.allAnswered : nothing}</p>
        ${answered < total / 2 ? html`<p class="notice warning">${v.fewAnswered(answered, total)}</p>` : nothing}
        ${answered < total ? html`<p><button type="button" class="secondary" @click=${() => this.w.goAnswerRemaining()}>${v.goAnswer}</button></p>` : nothing}
        <h3>${v.nextHeading}</h3>
        <p>${this.w.submitUrl ? v.whatNextSubmit : v.whatNextNoSubmit}</p>
        ${this.w.submitUrl ? this.renderSubmit() : nothing}
        <h3>${v.saveHeading}</h3>
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.download('json')}>${s.downloadJson}</button>
          <button type="button" class="secondary" @click=${() => this.download('csv')}>${s.downloadCsvAnswers}</button>
          <button type="button" class="secondary" @click=${() => this.w.print()}>${s.printReport}</button>
        </div>
      </section>
    `;
  }

  failureText(failure: SubmitFailure): string {
    const t = this.s.submission;
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

  renderSubmit(): TemplateResult {
    const t = this.s.submission;
    const v = this.s.reviewStep;
    const state = this.w.submitState;
    const submitted = this.w.entered.submitted;
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
                ${t.received(formatDateTime(this.w.shownLanguage, submitted.at))}
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
                    .checked=${this.w.confirmed}
                    aria-invalid=${this.w.confirmError ? 'true' : nothing}
                    aria-describedby=${this.w.confirmError ? 'confirm-error' : nothing}
                    @change=${(e: Event) => {
                      this.w.confirmed = (e.target as HTMLInputElement).checked;
                      if (this.w.confirmed) this.w.confirmError = false;
                    }}
                  />
                  ${v.confirm}</label
                >
              </p>
              ${this.w.confirmError ? html`<p id="confirm-error" class="field-error">${v.confirmNeeded}</p>` : nothing}
              <p>
                <button type="button" class="submit-button" aria-disabled=${state.state === 'submitting' ? 'true' : nothing} @click=${() => this.w.onSubmitClick()}>${label}</button>
              </p>`}
      </div>
    `;
  }

  /** The printed report: hidden on screen, the only thing printed. */
  renderReport(): TemplateResult | typeof nothing {
    const base = this.w.assessment;
    if (!this.w.printing || !base || !this.w.loaded) return nothing;
    const s = this.s;
    const p = s.report;
    const lang = this.w.shownLanguage;
    const doc = this.w.documentOf(base);
    const names = this.names();
    const score = scoreAssessment(doc, this.w.loaded, { validated: true });
    const report = this.gapReport(doc);
    const instrument = instrumentFor(this.w.loaded, this.w.level);
    const submitted = this.w.entered.submitted;
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
          <div><dt>${p.framework}</dt><dd>${localize(this.w.loaded.title, lang)} ${this.w.loaded.version}</dd></div>
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
