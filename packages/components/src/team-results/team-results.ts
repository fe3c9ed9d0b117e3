import { ContextConsumer } from '@lit/context';
import {
  aggregateAssessments,
  AggregateResultSchema,
  compareWithPartner,
  defaultTarget,
  disagreementOf,
  disagreementScore,
  formatJsonPath,
  instrumentFor,
  isBuiltInFrameworkId,
  isSmallGroup,
  loadBuiltInFramework,
  localize,
  ratingSpread,
  spreadTrimmed,
  safeParseAssessment,
  SosValidationError,
  teamItemPriority,
  writeCsv,
  type AggregateResult,
  type Assessment,
  type CsvCell,
  type Disagreement,
  type Framework,
  type GapPriority,
  type Lang,
  type ItemAggregate,
  type LevelInstrument,
  type PartnerDifference,
  type SystemLevel,
} from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { frameworkContext } from '../shared/context.js';
import { downloadText } from '../shared/download.js';
import { cssom } from './cssom-style.js';
import { numberFormat } from '../shared/format.js';
import { LazyStrings } from '../shared/lazy-strings.js';
import { SosElement } from '../shared/sos-element.js';
import { completeAfter } from '../shared/complete-after.js';
import { themeStyles } from '../shared/theme.styles.js';
import { priorityStyles } from '../shared/priority.styles.js';
import { teamResultsStyles } from './team-results.styles.js';
import { loadTeamResultsStrings, TEAM_RESULTS_STRINGS_EN, type TeamResultsStrings, type TeamSort } from './team-results.strings.js';

export type { TeamSort } from './team-results.strings.js';

/** What the element accepts as a team's (or a partner's) ratings. */
export type TeamInput = AggregateResult | readonly Assessment[];

/** A problem shown in the error panel: a sentence, then each issue at its JSON path. */
interface Problem {
  message: string;
  issues: readonly { jsonPath: string; message: string }[];
}

class ProblemError extends Error {
  readonly problem: Problem;
  constructor(message: string, issues: Problem['issues'] = []) {
    super(message);
    this.problem = { message, issues };
  }
}

/** One rater's evidence or notes on an item. */
interface Note {
  who: string;
  answer: number | 'not-applicable' | 'dont-know' | undefined;
  evidence?: string;
  notes?: string;
}

/** An item with everything that does not depend on the language, computed once per input. */
interface ItemView {
  item: ItemAggregate;
  order: number;
  disagreement: Disagreement | undefined;
  disagreementScore: number;
  priority: { score: number; priority: GapPriority } | undefined;
  notes: Note[];
}

interface Model {
  framework: Framework;
  instrument: LevelInstrument;
  team: AggregateResult;
  partner: AggregateResult | undefined;
  comparison: PartnerDifference[] | undefined;
  items: ItemView[];
  scaleValues: number[];
}

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; model: Model } | { state: 'error'; problem: Problem };

/** A thousand bad rows would bury the first: list this many problems, then say how many more. */
const MAX_ISSUES_SHOWN = 12;

/** The interface strings; languages other than English load when first spoken. */
const strings = new LazyStrings<TeamResultsStrings>(TEAM_RESULTS_STRINGS_EN, (lang) => SosTeamResults.loadStrings(lang), 'sos-team-results');

// Shapes that carry priority without color, as in <sos-gap-table>.
const PRIORITY_SHAPES: Record<GapPriority, string> = { high: '▲', medium: '■', low: '●' };

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? `an object without "kind": "aggregate"` : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;

/**
 * A team's ratings of one organization, many raters: per condition and role the raters' score
 * median and range, per item a distribution bar (every scale value, plus not applicable, don't
 * know and unanswered) with median, n and agreement, the items the team disagrees on flagged as
 * conversation starters with the raters' evidence under them, and — when a partner's ratings are
 * given — where the partner sees it higher or lower, largest difference first. Sortable,
 * filterable, readable as tables, downloadable as CSV of what is shown.
 *
 * Give it core's aggregate (`aggregateAssessments`, JSON Schema `aggregate`), or the assessments
 * themselves (it aggregates them; partner-perspective assessments in the list become the
 * partner side), as the `data` property or from a URL in `src`.
 *
 * @summary Team results: distributions, agreement, conversation starters and partner view.
 *
 * @fires change - The user changed the sort, the filter or the table view (bubbles, composed).
 *
 * @csspart heading - The title and rater counts.
 * @csspart controls - Sort, filter, table view and download.
 * @csspart groups - The table of conditions, roles and the overall score.
 * @csspart items - The list (or table) of items.
 * @csspart item - One item's card.
 * @csspart bar - An item's distribution bar.
 * @csspart flag - The "conversation starter" note of an item.
 * @csspart evidence - The raters' evidence and notes under an item.
 * @csspart partner - The team vs partner table.
 * @csspart error - The panel shown when the input cannot be used.
 *
 * @cssproperty --sos-team-bar-color - Color of the highest scale value in the bars; lower values are lighter mixes of it (default: the accent color).
 * @cssproperty --sos-team-flag-color - Edge and marker color of conversation starters (always with words and a ◆).
 * @cssproperty --sos-color-priority-high - Text color of high priorities.
 * @cssproperty --sos-color-priority-medium - Text color of medium priorities.
 * @cssproperty --sos-color-priority-low - Text color of low priorities.
 *
 * @tagname sos-team-results
 */
export class SosTeamResults extends SosElement {
  static override styles = [themeStyles, priorityStyles, teamResultsStyles];

  /** Loads a language's strings (replaceable, to test a failed load). @internal */
  static loadStrings: (lang: Lang) => Promise<TeamResultsStrings> = loadTeamResultsStrings;

  static override properties = {
    data: { attribute: false },
    partner: { attribute: false },
    framework: { attribute: false },
    src: {},
    partnerSrc: { attribute: 'partner-src' },
    credentials: {},
    heading: {},
    sort: { reflect: true },
    group: {},
    view: { reflect: true },
    target: { type: Number },
    filename: {},
    load: { state: true },
    printing: { state: true },
  };

  /** The team's ratings: core's aggregate result, or an array of assessments to aggregate. */
  declare data: TeamInput | undefined;
  /** The partner's ratings of the same organization (aggregate or assessments), for the side-by-side view. */
  declare partner: TeamInput | undefined;
  /** The framework the ratings use. Optional for built-in frameworks (loaded by the id in the data). */
  declare framework: Framework | undefined;
  /** URL of the team's aggregate or assessments (JSON); used instead of `data`. */
  declare src: string | undefined;
  /** URL of the partner's aggregate or assessments (JSON); used instead of `partner`. */
  declare partnerSrc: string | undefined;
  /**
   * Credentials mode for `src` and `partner-src` requests: "omit" (default: no cookies or
   * authorization are sent), "same-origin" or "include".
   */
  declare credentials: RequestCredentials | undefined;
  /** The title (default "Team results"). */
  declare heading: string | undefined;
  /** Item order: "item" (framework order, default), "disagreement" or "priority". */
  declare sort: TeamSort;
  /** Show only this condition's or role's id (empty: all). */
  declare group: string;
  /** "cards" (default: a distribution bar per item) or "table" (counts in a table). */
  declare view: 'cards' | 'table';
  /** Target scale value for priorities (default: the scale's second-highest value). */
  declare target: number | undefined;
  /** Name of the downloaded CSV file. */
  declare filename: string;
  /** @internal */
  declare protected load: Load;
  /** @internal Details are opened while the page prints. */
  declare protected printing: boolean;

  private strings: TeamResultsStrings = TEAM_RESULTS_STRINGS_EN;
  private fromContext: Framework | undefined;
  private token = 0;
  private readonly fetched = new Map<string, Promise<unknown>>();
  private readonly openNotes = new Set<string>();
  private pending: Promise<void> | undefined;
  private readonly beforePrint = () => (this.printing = true);
  private readonly afterPrint = () => (this.printing = false);

  constructor() {
    super();
    this.sort = 'item';
    this.group = '';
    this.view = 'cards';
    this.filename = 'team-results.csv';
    this.load = { state: 'idle' };
    this.printing = false;
    new ContextConsumer(this, {
      context: frameworkContext,
      subscribe: true,
      callback: (framework) => {
        this.fromContext = framework;
        this.requestUpdate('framework');
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /** Resolves after the results are loaded (from `src` too) and rendered. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfter(() => super.getUpdateComplete(), () => this.pending);
  }

  /** The team's aggregate being shown, once loaded. */
  get aggregate(): AggregateResult | undefined {
    return this.load.state === 'ready' ? this.load.model.team : undefined;
  }

  /** Waits for the strings of a language other than English before rendering in it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return strings.whenReady(this.language, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = strings.of(this.language);
    if (['data', 'partner', 'framework', 'src', 'partnerSrc', 'credentials', 'target'].some((key) => changed.has(key as keyof SosTeamResults))) this.refresh();
  }

  /** Rebuilds the model: synchronously when everything is at hand, else after fetching. */
  private refresh(): void {
    const token = ++this.token;
    const wanted = new Set([this.src, this.partnerSrc].filter(Boolean).map((url) => `${this.credentials ?? 'omit'} ${url}`));
    for (const key of this.fetched.keys()) if (!wanted.has(key)) this.fetched.delete(key);
    const framework = this.framework ?? this.fromContext;
    const needsFetch = Boolean(this.src || this.partnerSrc);
    if (!needsFetch && this.data === undefined) {
      this.load = { state: 'idle' };
      this.pending = undefined;
      return;
    }
    if (!needsFetch && framework) {
      this.pending = undefined;
      this.load = this.settle(() => this.build(this.data, this.partner, framework));
      return;
    }
    this.load = { state: 'loading' };
    const task = (async () => {
      let next: Load;
      try {
        const team = this.src ? await this.fetchJson(this.src) : this.data;
        const partner = this.partnerSrc ? await this.fetchJson(this.partnerSrc) : this.partner;
        const resolved = framework ?? (await this.builtInFramework(team));
        next = this.settle(() => this.build(team, partner, resolved));
      } catch (error) {
        next = this.failure(error);
      }
      if (token !== this.token) return; // a newer input has replaced this one
      this.load = next;
      this.pending = undefined;
    })();
    this.pending = task;
  }

  private settle(build: () => Model | object): Load {
    try {
      const model = build();
      return 'items' in model ? { state: 'ready', model: model as Model } : { state: 'idle' };
    } catch (error) {
      return this.failure(error);
    }
  }

  private failure(error: unknown): Load {
    if (error instanceof ProblemError) return { state: 'error', problem: error.problem };
    return { state: 'error', problem: { message: error instanceof Error ? error.message : String(error), issues: [] } };
  }

  /**
   * The document at `url`, fetched once per URL and credentials mode: a framework or language
   * arriving after `src` re-renders without asking the server again.
   */
  private fetchJson(url: string): Promise<unknown> {
    const key = `${this.credentials ?? 'omit'} ${url}`;
    let request = this.fetched.get(key);
    if (!request) {
      request = this.request(url);
      this.fetched.set(key, request);
      // A failed request is tried again next time; only documents are kept.
      request.catch(() => this.fetched.delete(key));
    }
    return request;
  }

  private async request(url: string): Promise<unknown> {
    const s = this.strings;
    let response: Response;
    try {
      response = await fetch(url, { credentials: this.credentials ?? 'omit', headers: { accept: 'application/json' } });
    } catch (error) {
      throw new ProblemError(s.loadFailed(url, error instanceof Error ? error.message : String(error)));
    }
    if (!response.ok) throw new ProblemError(s.loadFailed(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`));
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new ProblemError(s.notJson(url, error instanceof Error ? error.message : String(error)));
    }
  }

  /** The built-in framework (only the rated level) the data names, or a clear request for one. */
  private async builtInFramework(input: unknown): Promise<Framework> {
    const first = Array.isArray(input) ? (input[0] as unknown) : input;
    const ref = (first as { framework?: { id?: unknown }; level?: unknown } | undefined) ?? {};
    const id = typeof ref.framework?.id === 'string' ? ref.framework.id : '';
    if (!isBuiltInFrameworkId(id)) {
      // Let build() name a malformed document first; only a well-formed one needs its framework.
      this.classify(input, this.sourceName('team'));
      throw new ProblemError(id ? this.strings.frameworkNeeded(id) : this.strings.frameworkUnnamed);
    }
    const level = typeof ref.level === 'string' ? (ref.level as SystemLevel) : undefined;
    try {
      return await loadBuiltInFramework(id, level ? { level } : {});
    } catch {
      return loadBuiltInFramework(id);
    }
  }

  private sourceName(side: 'team' | 'partner'): string {
    return side === 'team' ? (this.src ?? 'data') : (this.partnerSrc ?? 'partner');
  }

  /** Tells an aggregate from a list of assessments, or says what it got instead. */
  private classify(input: unknown, source: string): { aggregate: AggregateResult } | { assessments: unknown[] } {
    if (Array.isArray(input)) return { assessments: input };
    if (input !== null && typeof input === 'object' && (input as { kind?: unknown }).kind === 'aggregate') {
      const parsed = AggregateResultSchema.safeParse(input);
      if (!parsed.success) {
        throw new ProblemError(
          this.strings.invalidAggregate(source),
          parsed.error.issues.map((i) => ({
            jsonPath: formatJsonPath(i.path),
            // zod says only "Invalid input" for keys the format does not have: name them.
            message: i.code === 'unrecognized_keys' ? `has keys the aggregate format does not define: ${(i as { keys?: string[] }).keys?.map((k) => `"${k}"`).join(', ')}` : i.message,
          })),
        );
      }
      return { aggregate: parsed.data as AggregateResult };
    }
    // One assessment on its own is a team of one.
    if (input !== null && typeof input === 'object' && 'ratings' in input && 'perspective' in input) return { assessments: [input] };
    throw new ProblemError(this.strings.unknownShape(`${describe(input)} (${source})`));
  }

  private validAssessments(list: unknown[], framework: Framework, source: string): Assessment[] {
    const issues: Problem['issues'][number][] = [];
    const valid: Assessment[] = [];
    list.forEach((entry, index) => {
      const parsed = safeParseAssessment(entry, framework);
      if (parsed.success) valid.push(parsed.data);
      else issues.push(...parsed.issues.map((i) => ({ jsonPath: formatJsonPath([index, ...i.path]), message: i.message })));
    });
    if (issues.length > 0) throw new ProblemError(this.strings.invalidAssessments(source), issues);
    return valid;
  }

  /** Aggregates validated assessments; `indices` are their places in the document, for error paths. */
  private aggregateOf(list: Assessment[], indices: number[], framework: Framework, source: string, level?: SystemLevel): AggregateResult {
    try {
      return aggregateAssessments(list, framework, level ? { level, validated: true } : { validated: true });
    } catch (error) {
      if (error instanceof SosValidationError) {
        const at = (path: (string | number)[]) => (typeof path[0] === 'number' ? [indices[path[0]] ?? path[0], ...path.slice(1)] : path);
        throw new ProblemError(
          this.strings.invalidAssessments(source),
          error.issues.map((i) => ({ jsonPath: formatJsonPath(at(i.path)), message: i.message })),
        );
      }
      throw error;
    }
  }

  private checkAggregate(aggregate: AggregateResult, framework: Framework, source: string): void {
    if (aggregate.framework.id !== framework.id) {
      throw new ProblemError(this.strings.frameworkMismatch(`${framework.id} ${framework.version}`, `${aggregate.framework.id} ${aggregate.framework.version}`));
    }
    const instrument = instrumentFor(framework, aggregate.level);
    const known = new Set(instrument?.items.map((i) => i.id));
    const issues = aggregate.items.flatMap((item, index) =>
      known.has(item.id) ? [] : [{ jsonPath: formatJsonPath(['items', index, 'id']), message: `"${item.id}" is not an item of ${framework.id} at the ${aggregate.level} level` }],
    );
    const width = framework.scale.levels.length;
    aggregate.items.forEach((item, index) => {
      if (item.counts.length !== width) issues.push({ jsonPath: formatJsonPath(['items', index, 'counts']), message: `expected ${width} counts (one per scale value), got ${item.counts.length}` });
    });
    if (issues.length > 0) throw new ProblemError(this.strings.invalidAggregate(source), issues);
  }

  /** Validates and combines the inputs into what the element shows. */
  private build(teamInput: unknown, partnerInput: unknown, framework: Framework): Model | object {
    if (teamInput === undefined) return {};
    const teamSource = this.sourceName('team');
    const partnerSource = this.sourceName('partner');
    const teamKind = this.classify(teamInput, teamSource);
    const partnerKind = partnerInput === undefined ? undefined : this.classify(partnerInput, partnerSource);
    const notes = new Map<string, Note[]>();
    const s = this.strings;
    const collect = (list: Assessment[], side: 'team' | 'partner') =>
      list.forEach((assessment, index) => {
        const who = [side === 'team' ? s.rater(index + 1) : s.partnerRater(index + 1), assessment.respondent?.name, assessment.respondent?.role].filter(Boolean).join(' · ');
        for (const [id, rating] of Object.entries(assessment.ratings)) {
          if (!rating.evidence && !rating.notes) continue;
          const list = notes.get(id) ?? [];
          list.push({ who, answer: rating.value, ...(rating.evidence ? { evidence: rating.evidence } : {}), ...(rating.notes ? { notes: rating.notes } : {}) });
          notes.set(id, list);
        }
      });

    let team: AggregateResult;
    let partner: AggregateResult | undefined;
    if ('aggregate' in teamKind) {
      this.checkAggregate(teamKind.aggregate, framework, teamSource);
      team = teamKind.aggregate;
    } else {
      const all = this.validAssessments(teamKind.assessments, framework, teamSource);
      if (all.length === 0) return {};
      // A collection's list may hold the partner's ratings too: they become the partner side.
      const indicesOf = (kind: 'self' | 'partner') => all.flatMap((a, i) => (a.perspective.kind === kind ? [i] : []));
      const own = indicesOf('self');
      const theirs = indicesOf('partner');
      const teamIndices = own.length > 0 ? own : theirs;
      const teamList = teamIndices.map((i) => all[i]!);
      team = this.aggregateOf(teamList, teamIndices, framework, teamSource);
      collect(teamList, 'team');
      if (own.length > 0 && theirs.length > 0 && !partnerKind) {
        const theirList = theirs.map((i) => all[i]!);
        partner = this.aggregateOf(theirList, theirs, framework, teamSource, team.level);
        collect(theirList, 'partner');
      }
    }
    if (partnerKind) {
      if ('aggregate' in partnerKind) {
        this.checkAggregate(partnerKind.aggregate, framework, partnerSource);
        partner = partnerKind.aggregate;
      } else {
        const list = this.validAssessments(partnerKind.assessments, framework, partnerSource);
        if (list.length > 0) {
          partner = this.aggregateOf(list, list.map((_, i) => i), framework, partnerSource, team.level);
          collect(list, 'partner');
        }
      }
    }
    if (partner && partner.level !== team.level) {
      throw new ProblemError(this.strings.invalidAggregate(partnerSource), [{ jsonPath: '$.level', message: `is "${partner.level}", but the team's ratings are of the "${team.level}" level` }]);
    }
    const instrument = instrumentFor(framework, team.level);
    if (!instrument) throw new ProblemError(this.strings.invalidAggregate(teamSource), [{ jsonPath: '$.level', message: `"${team.level}" is not a level of ${framework.id}` }]);
    const scaleValues = framework.scale.levels.map((l) => l.value);
    const target = this.target ?? defaultTarget(framework.scale);
    const items = team.items.map((item, order) => ({
      item,
      order,
      disagreement: disagreementOf(item, scaleValues),
      disagreementScore: disagreementScore(item, team.scale, scaleValues),
      priority: teamItemPriority(item, team.scale, target),
      notes: notes.get(item.id) ?? [],
    }));
    return { framework, instrument, team, partner, comparison: partner ? compareWithPartner(team, partner, { statistic: 'median' }) : undefined, items, scaleValues };
  }

  /** The items shown, after the filter and in the chosen order. */
  private visibleItems(model: Model): ItemView[] {
    const filtered = this.group ? model.items.filter((v) => v.item.groupId === this.group) : model.items.slice();
    if (this.sort === 'disagreement') filtered.sort((a, b) => b.disagreementScore - a.disagreementScore || a.order - b.order);
    else if (this.sort === 'priority') filtered.sort((a, b) => (b.priority?.score ?? -1) - (a.priority?.score ?? -1) || a.order - b.order);
    return filtered;
  }

  /** Ids of the items shown, in the order shown. */
  get visibleItemIds(): string[] {
    return this.load.state === 'ready' ? this.visibleItems(this.load.model).map((v) => v.item.id) : [];
  }

  /** The rows of the CSV download: what is shown (overall, groups and items after the filter, in order). */
  csvText(): string | undefined {
    if (this.load.state !== 'ready') return undefined;
    const { model } = this.load;
    const labels = this.labelsOf(model);
    const partnerOf = new Map((model.comparison ?? []).map((row) => [row.id, row]));
    const header = [
      'row_kind',
      'id',
      'group_id',
      'label',
      'respondents',
      'n',
      'median',
      'mean',
      'min',
      'max',
      'agreement',
      ...model.scaleValues.map((v) => `count_${v}`),
      'not_applicable',
      'dont_know',
      'unanswered',
      'conversation_starter',
      'priority',
      ...(model.partner ? ['team_median', 'partner_median', 'partner_minus_team'] : []),
    ];
    const stats = (s: { n: number; median?: number; mean?: number; min?: number; max?: number; agreement?: number }): CsvCell[] => [model.team.respondents, s.n, s.median, s.mean, s.min, s.max, s.agreement];
    const blanks = (k: number) => Array.from({ length: k }, () => undefined);
    const tail = model.partner ? 3 : 0;
    const groups = model.team.groups.filter((g) => !this.group || g.id === this.group);
    const rows: CsvCell[][] = [
      ['overall', 'overall', undefined, this.strings.overall, ...stats(model.team.overall), ...blanks(model.scaleValues.length + 5 + tail)],
      ...groups.map((g) => [g.kind, g.id, undefined, labels.get(g.id), ...stats(g), ...blanks(model.scaleValues.length + 5 + tail)]),
      ...this.visibleItems(model).map((v) => {
        const p = partnerOf.get(v.item.id);
        return [
          'item',
          v.item.id,
          v.item.groupId,
          labels.get(v.item.id),
          ...stats(v.item),
          ...v.item.counts,
          v.item.notApplicable,
          v.item.dontKnow,
          v.item.unanswered,
          v.disagreement ? 'yes' : 'no',
          v.priority?.priority,
          ...(model.partner ? [p?.team, p?.partner, p?.difference] : []),
        ];
      }),
    ];
    return writeCsv([header, ...rows]);
  }

  /** Downloads what is shown as CSV (spreadsheet formulas in labels are neutralized). */
  downloadCsv(): Blob | undefined {
    const text = this.csvText();
    return text === undefined ? undefined : downloadText(this.ownerDocument, this.filename, text, 'text/csv;charset=utf-8');
  }

  private labelsOf(model: Model): Map<string, string> {
    const lang = this.language;
    return new Map<string, string>([...model.instrument.items.map((i) => [i.id, localize(i.label, lang)] as const), ...model.instrument.groups.map((g) => [g.id, localize(g.name, lang)] as const)]);
  }

  private userChanged(apply: () => void): void {
    apply();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  // --- Rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const s = this.strings;
    const load = this.load;
    if (load.state === 'error') {
      return html`<div class="error" part="error" role="alert">
        <p><strong>${s.errorTitle}</strong></p>
        <p>${load.problem.message}</p>
        ${load.problem.issues.length > 0
          ? html`<ul>
              ${load.problem.issues.slice(0, MAX_ISSUES_SHOWN).map((i) => html`<li><code>${i.jsonPath}</code>: ${i.message}</li>`)}
              ${load.problem.issues.length > MAX_ISSUES_SHOWN ? html`<li>${s.moreProblems(load.problem.issues.length - MAX_ISSUES_SHOWN)}</li>` : nothing}
            </ul>`
          : nothing}
      </div>`;
    }
    if (load.state === 'loading') return html`<p class="status" role="status">${s.loading}</p>`;
    if (load.state !== 'ready' || load.model.team.respondents === 0) return html`<p class="status" role="status">${s.empty}</p>`;
    const model = load.model;
    const lang = this.language;
    const labels = this.labelsOf(model);
    const respondents = model.team.respondents;
    const small = isSmallGroup(respondents);
    const items = this.visibleItems(model);
    const flagged = items.filter((v) => v.disagreement).length;
    const scaleLabels = model.framework.scale.levels.map((l) => localize(l.label, lang));
    return html`
      <div class="head" part="heading">
        <h2>${this.heading ?? s.heading}</h2>
        <p class="meta">${s.raters(respondents)}${model.partner ? html` · ${s.partnerRaters(model.partner.respondents)}` : nothing}</p>
      </div>
      ${small ? html`<p class="notice" role="note">${s.smallGroup(respondents)}</p>` : nothing}
      <div class="controls" part="controls" role="group" aria-label=${s.controls}>
        <label
          >${s.sortLabel}
          <select @change=${(e: Event) => this.userChanged(() => (this.sort = (e.target as HTMLSelectElement).value as TeamSort))}>
            ${(['item', 'disagreement', 'priority'] as const).map((key) => html`<option value=${key} ?selected=${this.sort === key}>${s.sorts[key]}</option>`)}
          </select>
        </label>
        <label
          >${s.filterLabel}
          <select @change=${(e: Event) => this.userChanged(() => (this.group = (e.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${!this.group}>${s.allGroups}</option>
            ${model.instrument.groups.map((g) => html`<option value=${g.id} ?selected=${this.group === g.id}>${labels.get(g.id)}</option>`)}
          </select>
        </label>
        <button type="button" class="secondary" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${() => this.userChanged(() => (this.view = this.view === 'table' ? 'cards' : 'table'))}>
          ${s.showTable}
        </button>
        <button type="button" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>
      </div>
      ${this.renderGroups(model, labels, small)} ${model.comparison ? this.renderPartner(model, labels) : nothing}
      <section class="items" aria-labelledby="items-heading">
        <h3 id="items-heading">${s.itemsHeading}</h3>
        <p class="status" role="status">${s.itemsShown(items.length, model.items.length, flagged)}</p>
        ${items.length === 0
          ? html`<p>${s.noItems}</p>`
          : this.view === 'table'
            ? this.renderItemTable(model, items, labels, scaleLabels, small)
            : html`${this.renderLegend(model, scaleLabels)}
                <ul class="cards" part="items">
                  ${items.map((v) => this.renderItem(v, model, labels, scaleLabels, small))}
                </ul>`}
      </section>
    `;
  }

  /** Scores, ranges and differences: one decimal, always (2.0, 2.5, 3.1), as the system view shows them. */
  private scoreFormat(signDisplay: 'auto' | 'exceptZero' = 'auto'): Intl.NumberFormat {
    return numberFormat(this.language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay });
  }

  private percentOrCount(agreement: number | undefined, n: number, small: boolean): string {
    if (agreement === undefined || n === 0) return this.strings.notEnough;
    if (small) return this.strings.agreementCount(Math.round(agreement * n), n);
    return numberFormat(this.language, { style: 'percent', maximumFractionDigits: 0 }).format(agreement);
  }

  private renderGroups(model: Model, labels: Map<string, string>, small: boolean): TemplateResult {
    const s = this.strings;
    const format = this.scoreFormat();
    const { min, max } = model.team.scale;
    const span = max - min || 1;
    const c = s.columns;
    // A condition's agreement is pooled over its items' ratings (core's rule): a small team's
    // count is of ratings, not of raters.
    const ratedIn = (groupId: string | undefined) => model.team.items.reduce((sum, item) => (groupId === undefined || item.groupId === groupId ? sum + item.n : sum), 0);
    const agreement = (g: { n: number; agreement?: number }, groupId: string | undefined) => {
      if (g.agreement === undefined || g.n === 0) return s.notEnough;
      const rated = ratedIn(groupId);
      return small ? s.ratingsAgreeing(Math.round(g.agreement * rated), rated) : this.percentOrCount(g.agreement, g.n, false);
    };
    const row = (name: string, g: { id?: string; n: number; median?: number; min?: number; max?: number; agreement?: number; insufficient: number }, overall = false) => html`<tr role="row" class=${overall ? 'overall' : ''}>
      <th scope="row" role="rowheader">${name}</th>
      <td role="cell" class="number" data-label=${c.median}>${g.median === undefined ? '—' : format.format(g.median)}</td>
      <td role="cell" class="range-cell" data-label=${c.range}>
        ${g.min === undefined || g.max === undefined
          ? '—'
          : html`<span class="range" aria-hidden="true"
                ><span class="band" ${cssom({ 'inset-inline-start': `${((g.min - min) / span) * 100}%`, 'inline-size': `${((g.max - g.min) / span) * 100}%` })}></span
                ><span class="tick" ${cssom({ 'inset-inline-start': `${(((g.median ?? g.min) - min) / span) * 100}%` })}></span></span
              ><span class="range-text">${format.format(g.min)}–${format.format(g.max)}</span>`}
      </td>
      <td role="cell" class="number" data-label=${c.n}>${g.n}${g.insufficient > 0 ? html`<span class="n">${s.insufficient(g.insufficient)}</span>` : nothing}</td>
      <td role="cell" class="number" data-label=${c.agreement}>${agreement(g, overall ? undefined : g.id)}</td>
    </tr>`;
    const groups = model.team.groups.filter((g) => !this.group || g.id === this.group);
    const columns: [string, boolean][] = [
      [c.group, false],
      [c.median, true],
      [c.range, false],
      [c.n, true],
      [c.agreement, true],
    ];
    return this.stackedTable('groups', s.groupsHeading, s.groupsCaption, columns, html`${row(s.overall, model.team.overall, true)} ${groups.map((g) => row(labels.get(g.id) ?? g.id, g))}`, s.groupsAgreementNote);
  }

  /**
   * A section with a heading and a table whose rows stack into labelled blocks on phones. The
   * explicit roles keep it a table for assistive technology when the stacking changes `display`.
   */
  private stackedTable(part: string, heading: string, caption: string, columns: [label: string, numeric: boolean][], body: TemplateResult, note?: string): TemplateResult {
    return html`<section aria-labelledby="${part}-heading">
      <h3 id="${part}-heading">${heading}</h3>
      <div class="scroll">
        <table part=${part} class="stack" role="table">
          <caption class="visually-hidden">
            ${caption}
          </caption>
          <thead>
            <tr role="row">
              ${columns.map(([label, numeric]) => html`<th scope="col" role="columnheader" class=${numeric ? 'number' : ''}>${label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${body}
          </tbody>
        </table>
      </div>
      ${note ? html`<p class="note">${note}</p>` : nothing}
    </section>`;
  }

  /** Segments of a distribution: one per scale value, then the three kinds of non-answer. */
  private segments(item: ItemAggregate, model: Model, scaleLabels: string[]): { key: string; glyph: string; label: string; count: number; cls: string }[] {
    const s = this.strings;
    const last = model.scaleValues.length - 1;
    return [
      ...item.counts.map((count, k) => ({ key: String(model.scaleValues[k]), glyph: String(model.scaleValues[k]), label: scaleLabels[k]!, count, cls: `p${Math.round((k / (last || 1)) * 4)}` })),
      { key: 'na', glyph: 'NA', label: s.notApplicable, count: item.notApplicable, cls: 'na' },
      { key: 'dk', glyph: '?', label: s.dontKnow, count: item.dontKnow, cls: 'dk' },
      { key: 'un', glyph: '–', label: s.unanswered, count: item.unanswered, cls: 'un' },
    ];
  }

  private renderLegend(model: Model, scaleLabels: string[]): TemplateResult {
    const s = this.strings;
    const keys = [
      ...model.scaleValues.map((v, k) => ({ glyph: String(v), label: scaleLabels[k]!, cls: `p${Math.round((k / (model.scaleValues.length - 1 || 1)) * 4)}` })),
      { glyph: 'NA', label: s.notApplicable, cls: 'na' },
      { glyph: '?', label: s.dontKnow, cls: 'dk' },
      { glyph: '–', label: s.unanswered, cls: 'un' },
    ];
    return html`<div class="legend">
      <p class="legend-title">${s.legend}</p>
      <ul>
        ${keys.map((k) => html`<li><span class="seg swatch ${k.cls}" aria-hidden="true">${k.glyph}</span>${k.cls.startsWith('p') ? `${k.glyph} ` : ''}${k.label}</li>`)}
      </ul>
    </div>`;
  }

  private renderItem(v: ItemView, model: Model, labels: Map<string, string>, scaleLabels: string[], small: boolean): TemplateResult {
    const s = this.strings;
    const { item } = v;
    const format = this.scoreFormat();
    const segments = this.segments(item, model, scaleLabels);
    const present = segments.filter((seg) => seg.count > 0);
    const spread = ratingSpread(item, model.scaleValues);
    return html`<li part="item" class="item ${v.disagreement ? 'flagged' : ''}">
      <p class="name"><span class="group">${labels.get(item.groupId)}</span> <span class="label">${labels.get(item.id)}</span></p>
      <div class="bar" part="bar" aria-hidden="true">
        ${present.map((seg) => html`<span class="seg ${seg.cls}" ${cssom({ 'flex-grow': String(seg.count) })}>${seg.glyph}</span>`)}
      </div>
      <p class="counts">${present.map((seg) => `${seg.cls.startsWith('p') ? seg.glyph : seg.label}: ${seg.count}`).join(' · ')}</p>
      <dl class="stats">
        <div><dt>${s.median}</dt><dd>${item.median === undefined ? '—' : format.format(item.median)}</dd></div>
        <div><dt>${s.columns.n}</dt><dd>${s.scored(item.n, model.team.respondents)}</dd></div>
        <div><dt>${s.agreement}</dt><dd>${item.n < 2 ? s.notEnough : this.percentOrCount(item.agreement, item.n, small)}</dd></div>
        ${v.priority
          ? html`<div>
              <dt>${s.priority}</dt>
              <dd class="priority ${v.priority.priority}"><span aria-hidden="true">${PRIORITY_SHAPES[v.priority.priority]} </span>${s.priorityWord(v.priority.priority)}</dd>
            </div>`
          : nothing}
      </dl>
      ${v.disagreement
        ? html`<p class="flag" part="flag">
            <span class="marker" aria-hidden="true">◆</span> <strong>${s.flag}</strong>:
            ${s.flagReasons(v.disagreement.wideSpread ? spread : undefined, v.disagreement.lowAgreement ? this.percentOrCount(item.agreement, item.n, small) : undefined, spreadTrimmed(item.n))}
          </p>`
        : nothing}
      ${v.notes.length > 0
        ? html`<details part="evidence" ?open=${this.printing} @toggle=${(e: Event) => this.toggleNotes(item.id, (e.currentTarget as HTMLDetailsElement).open)}>
            <summary>${s.evidence(v.notes.length)}</summary>
            ${this.printing || this.openNotes.has(item.id) ? this.renderNotes(v, model, scaleLabels) : nothing}
          </details>`
        : nothing}
    </li>`;
  }

  /**
   * Evidence is drawn when its item is opened (or the page prints): thirty raters' notes on
   * forty-five items would otherwise multiply what the first render has to lay out.
   */
  private toggleNotes(id: string, open: boolean): void {
    if (open === this.openNotes.has(id)) return;
    if (open) this.openNotes.add(id);
    else this.openNotes.delete(id);
    this.requestUpdate();
  }

  private renderNotes(v: ItemView, model: Model, scaleLabels: string[]): TemplateResult {
    const s = this.strings;
    return html`<ul>
              ${v.notes.map(
                (note) => html`<li>
                  <strong>${note.who}</strong> (${this.answerLabel(note.answer, model, scaleLabels)})
                  ${note.evidence ? html`<p><span class="note-kind">${s.evidenceLabel}:</span> ${note.evidence}</p>` : nothing}
                  ${note.notes ? html`<p><span class="note-kind">${s.notesLabel}:</span> ${note.notes}</p>` : nothing}
                </li>`,
              )}
            </ul>`;
  }

  private answerLabel(answer: Note['answer'], model: Model, scaleLabels: string[]): string {
    const s = this.strings;
    if (answer === undefined) return s.unanswered;
    if (answer === 'not-applicable') return s.notApplicable;
    if (answer === 'dont-know') return s.dontKnow;
    const k = model.scaleValues.indexOf(answer);
    return `${answer} ${scaleLabels[k] ?? ''}`.trim();
  }

  private renderItemTable(model: Model, items: ItemView[], labels: Map<string, string>, scaleLabels: string[], small: boolean): TemplateResult {
    const s = this.strings;
    const format = this.scoreFormat();
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${s.itemsCaption}>
      <table part="items">
        <caption>
          ${s.itemsCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.columns.item}</th>
            ${model.scaleValues.map((v, k) => html`<th scope="col" class="number"><span aria-hidden="true">${v}</span><span class="visually-hidden">${v} ${scaleLabels[k]}</span></th>`)}
            <th scope="col" class="number">${s.notApplicable}</th>
            <th scope="col" class="number">${s.dontKnow}</th>
            <th scope="col" class="number">${s.unanswered}</th>
            <th scope="col" class="number">${s.median}</th>
            <th scope="col" class="number">${s.columns.n}</th>
            <th scope="col" class="number">${s.agreement}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (v) => html`<tr class=${v.disagreement ? 'flagged' : ''}>
              <th scope="row">${labels.get(v.item.id)}${v.disagreement ? html` <span class="flag-inline"><span aria-hidden="true">◆</span> ${s.flag}</span>` : nothing}</th>
              ${v.item.counts.map((c) => html`<td class="number">${c}</td>`)}
              <td class="number">${v.item.notApplicable}</td>
              <td class="number">${v.item.dontKnow}</td>
              <td class="number">${v.item.unanswered}</td>
              <td class="number">${v.item.median === undefined ? '—' : format.format(v.item.median)}</td>
              <td class="number">${v.item.n}</td>
              <td class="number">${v.item.n < 2 ? s.notEnough : this.percentOrCount(v.item.agreement, v.item.n, small)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderPartner(model: Model, labels: Map<string, string>): TemplateResult {
    const s = this.strings;
    const format = this.scoreFormat();
    const signed = this.scoreFormat('exceptZero');
    const groupOf = new Map(model.team.items.map((i) => [i.id, i.groupId]));
    const c = s.columns;
    const rows = model.comparison!.filter((row) => !this.group || groupOf.get(row.id) === this.group);
    const columns: [string, boolean][] = [
      [c.item, false],
      [c.team, true],
      [c.partner, true],
      [c.difference, true],
      [c.seen, false],
    ];
    return this.stackedTable(
      'partner',
      s.partnerHeading,
      s.partnerCaption,
      columns,
      html`${rows.map(
              (row) => html`<tr role="row">
                <th scope="row" role="rowheader">${labels.get(row.id)}</th>
                <td role="cell" class="number" data-label=${c.team}>${row.team === undefined ? '—' : format.format(row.team)}</td>
                <td role="cell" class="number" data-label=${c.partner}>${row.partner === undefined ? '—' : format.format(row.partner)}</td>
                <td role="cell" class="number" data-label=${c.difference}>${row.difference === undefined ? '—' : signed.format(row.difference)}</td>
                <td role="cell" class="seen" data-label=${c.seen}>
                  ${row.difference === undefined
                    ? s.notCompared
                    : row.difference > 0
                      ? html`<span aria-hidden="true">▲ </span>${s.partnerHigher}`
                      : row.difference < 0
                        ? html`<span aria-hidden="true">▼ </span>${s.partnerLower}`
                        : s.same}
                </td>
              </tr>`,
            )}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sos-team-results': SosTeamResults;
  }
}
