import { ContextConsumer } from '@lit/context';
import {
  createAssessment,
  findLevel,
  instrumentFor,
  levelDescriptor,
  localize,
  RATING_TEXT_MAX_LENGTH,
  type Assessment,
  type Framework,
  type LevelGroup,
  type LevelInstrument,
  type LevelItem,
  type LocalizedText,
  type NonScoredAnswer,
  type OrganizationType,
  type PartnerPerspective,
  type Perspective,
  type Rating,
  type ScaleLevel,
  type SystemLevel,
} from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { SosElement } from '../shared/sos-element.js';
import { RUBRIC_STRINGS, type RubricStrings } from './rubric.strings.js';
import { frameworkContext } from '../shared/context.js';
import { clearDraft, hasStoredDraft, replaceDraft, saveDraft, type DraftProblem } from '../shared/draft-store.js';
import { downloadText } from '../shared/download.js';
import { numberFormat } from '../shared/format.js';
import { SosCompleteEvent } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { rubricStyles } from './rubric.styles.js';

type Answer = number | NonScoredAnswer;
type Relationship = NonNullable<PartnerPerspective['relationship']>;

/** A stored draft that came back only in part: kept untouched until the person decides. */
interface KeptDraft {
  raw: string;
  problems: DraftProblem[];
}

type DraftNotice =
  | { kind: 'restored'; savedAt: string | undefined; restored: number; partial: boolean }
  | { kind: 'cleared'; onDevice: boolean }
  | { kind: 'discarded'; onDevice: boolean }
  | { kind: 'replaced' };

/** The subject and rater name of a new assessment when the page gives none (the schema needs a name). */
const UNNAMED = 'Unnamed organization';
const RELATIONSHIPS: readonly string[] = ['differentiated-assistance', 'geo-lead-support', 'state-support', 'other'];
const ORGANIZATION_TYPES: readonly string[] = ['school', 'district', 'coe', 'state-agency', 'other'];

/**
 * The self-assessment instrument for one level of a framework: every condition element and
 * capacity, paged one section (a condition or a role) per screen, each item rated on the scale
 * as a segmented control, with "not applicable" and "don't know" set apart, evidence and
 * look-fors one click away, and a sticky stepper with progress per section.
 *
 * Keyboard: Tab reaches an item's answers; arrow keys choose within the item; the digit keys of
 * the scale (1–5) choose that rating; Enter moves to the next item (across sections), Shift+Enter
 * to the previous one. Rating a whole district (45 items) takes 2 keystrokes per item.
 *
 * Partner ratings: set `perspective="partner"` with `subject-name` (the rated organization) and
 * optionally `rater-name`, `rater-type`, `relationship`. Questions are then worded about the
 * subject ("How well does Sample Unified …") instead of "How well do we …", the scale's meanings
 * are the framework's partner wording (each level's `partnerDescriptor`, else its `descriptor`),
 * and a new assessment records the partner perspective.
 *
 * Autosave (`autosave-key`): a stored draft is restored item by item; whatever could not be
 * restored (unreadable text, another level or framework, items the framework no longer has,
 * evidence over the schema's limit) is listed in plain words, and the stored copy is kept
 * unchanged, with "Download the saved copy", until the person chooses to replace or discard it.
 * The draft also keeps the section on screen, so a reload reopens it with focus on its heading
 * (drafts from before sections were kept open at the first section).
 * Evidence is limited to core's `RATING_TEXT_MAX_LENGTH` with a visible counter.
 *
 * In Spanish, framework text that has a Spanish translation offers its English original on request.
 *
 * @summary Rate every item of a framework level, with evidence, look-fors and progress.
 *
 * @fires change - The user changed an answer or finished editing evidence (bubbles, composed).
 * @fires input - The user changed an answer or typed evidence (bubbles, composed).
 * @fires sos-complete - A user action answered the last unanswered item ({@link SosCompleteEvent}).
 *
 * @csspart header - The sticky bar with progress, "next unanswered" and the section stepper.
 * @csspart progress - The overall progress bar.
 * @csspart stepper - The list of sections with progress per section.
 * @csspart group - A condition or role section.
 * @csspart item - One item's fieldset.
 * @csspart option - One answer choice.
 * @csspart evidence - The evidence and notes field.
 * @csspart draft - Autosave notices and the "clear saved answers" control.
 *
 * @cssproperty --sos-font-family - Font of all text.
 * @cssproperty --sos-font-size - Base font size (default 1rem).
 * @cssproperty --sos-color-text - Text color.
 * @cssproperty --sos-color-text-muted - Secondary text color.
 * @cssproperty --sos-color-surface - Background.
 * @cssproperty --sos-color-surface-alt - Background of highlighted areas (chosen answer, notices).
 * @cssproperty --sos-color-border - Borders of items and choices.
 * @cssproperty --sos-color-accent - Accent: buttons, chosen answers, answered items.
 * @cssproperty --sos-color-accent-contrast - Text on the accent color.
 * @cssproperty --sos-color-focus - Focus outline.
 * @cssproperty --sos-radius - Corner radius.
 * @cssproperty --sos-space - Base spacing unit.
 *
 * @tagname sos-rubric
 */
export class SosRubric extends SosElement {
  static override styles = [themeStyles, rubricStyles];
  static formAssociated = true;

  static override properties = {
    framework: { attribute: false },
    level: { reflect: true },
    value: { attribute: false },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    review: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    subjectName: { attribute: 'subject-name' },
    perspective: { reflect: true },
    raterName: { attribute: 'rater-name' },
    raterType: { attribute: 'rater-type' },
    relationship: {},
    autosaveKey: { attribute: 'autosave-key' },
    announcement: { state: true },
    draftNotice: { state: true },
    keptDraft: { state: true },
    storageBlocked: { state: true },
    confirming: { state: true },
    section: { state: true },
    sectionsOpen: { state: true },
    open: { state: true },
    recovering: { state: true },
  };

  /** The framework to rate; set as a property, or provided by an enclosing composite. */
  declare framework: Framework | undefined;
  /** The level of the framework to rate. */
  declare level: SystemLevel;
  /** The assessment being edited. Setting it never fires events. */
  declare value: Assessment | undefined;
  /** Name under which the assessment JSON is submitted with a form. */
  declare name: string | undefined;
  /** When set, the form is invalid until every item has an answer. */
  declare required: boolean;
  /** Read-only review of the answers (every section on one page). */
  declare review: boolean;
  /** Disables every control (also set by a disabled fieldset or form). */
  declare disabled: boolean;
  /** Name of the organization rated, for a new assessment and for partner wording. */
  declare subjectName: string | undefined;
  /**
   * Whose view the rating gives: 'self' (default; "How well do we …") or 'partner' (an
   * organization rating the one it supports; "How well does <subject-name> …").
   */
  declare perspective: 'self' | 'partner';
  /** For a partner rating: the rating organization's name. */
  declare raterName: string | undefined;
  /** For a partner rating: the rating organization's type ('coe' by default; 'school', 'district', 'state-agency', 'other'). */
  declare raterType: string | undefined;
  /** For a partner rating: 'differentiated-assistance', 'geo-lead-support', 'state-support' or 'other'. */
  declare relationship: string | undefined;
  /**
   * Opt-in: save every edit (and the section on screen) in this browser under this key and
   * restore them on reload. Use a key per form and organization, e.g. "district-2025-self".
   */
  declare autosaveKey: string | undefined;
  /** @internal */
  declare protected announcement: string;
  /** @internal */
  declare protected draftNotice: DraftNotice | undefined;
  /** @internal */
  declare protected keptDraft: KeptDraft | undefined;
  /** @internal */
  declare protected storageBlocked: boolean;
  /** @internal */
  declare protected confirming: 'clear' | 'discard' | undefined;
  /** @internal The index of the section on screen. */
  declare protected section: number;
  /** @internal On narrow screens, whether the list of sections is shown. */
  declare protected sectionsOpen: boolean;
  /** @internal Open panels, as "evidence:<id>", "look-fors:<id>", "original:<id>". */
  declare protected open: ReadonlySet<string>;
  /** @internal A stored draft is being read back ('loading'), or the code to read it failed to load ('error'). */
  declare protected recovering: 'loading' | 'error' | undefined;

  /**
   * Where the code that reads a stored draft back comes from (it validates, so it is fetched only
   * when a draft is stored). Specs replace it to see a slow or failing load. @internal
   */
  static loadDraftRecovery: () => Promise<typeof import('../shared/draft-recovery.js')> = () => import('../shared/draft-recovery.js');
  private recovery: Promise<void> | undefined;
  private formRestore: Promise<void> | undefined;

  private draftChecked = false;
  /** The item the person last worked on, so "Next unanswered" moves on from there. */
  private lastItemId: string | undefined;
  private readonly internals: ElementInternals;
  private defaultValue: Assessment | undefined;
  private instrument: LevelInstrument | undefined;
  private sectionOfItem = new Map<string, number>();
  private strings: RubricStrings = RUBRIC_STRINGS.en;

  constructor() {
    super();
    this.level = 'district';
    this.required = false;
    this.review = false;
    this.disabled = false;
    this.perspective = 'self';
    this.announcement = '';
    this.storageBlocked = false;
    this.section = 0;
    this.sectionsOpen = false;
    this.open = new Set();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      // The browser's message points at the first unanswered item: put it on screen first.
      const first = this.unansweredItems[0];
      if (first) this.showSectionOf(first.id);
    });
    new ContextConsumer(this, {
      context: frameworkContext,
      subscribe: true,
      callback: (framework) => {
        if (framework) this.framework = framework;
      },
    });
  }

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Items without any answer, in display order. */
  get unansweredItems(): readonly LevelItem[] {
    return (this.instrument?.items ?? []).filter((item) => this.value?.ratings[item.id]?.value === undefined);
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Focuses the first unanswered item (or the first item), paging to its section. */
  override focus(options?: FocusOptions): void {
    const target = this.unansweredItems[0] ?? this.instrument?.items[0];
    if (target) void this.revealItem(target.id, options);
  }

  /**
   * Pages to the item's section, scrolls the item into view and focuses its answer (the chosen
   * one, or the first). Used by the composite when a gap-table row is activated.
   * @example
   * await rubric.revealItem('shared-purpose.equity-focus');
   */
  async revealItem(itemId: string, options: FocusOptions = {}): Promise<void> {
    if (!this.sectionOfItem.has(itemId)) await this.updateComplete;
    if (!this.sectionOfItem.has(itemId)) return;
    if (this.showSectionOf(itemId)) this.announcement = this.sectionAnnouncement();
    await this.updateComplete;
    const fieldset = this.fieldsetOf(itemId);
    if (!fieldset) return;
    if (!options.preventScroll) fieldset.scrollIntoView({ block: 'center' });
    const chosen = fieldset.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? fieldset.querySelector<HTMLInputElement>('input[type=radio]');
    (chosen ?? fieldset.querySelector<HTMLElement>('legend'))?.focus({ preventScroll: true });
    this.lastItemId = itemId;
  }

  /** Moves focus to the next item without an answer, after the one last worked on. */
  focusNextUnanswered(): void {
    const items = this.instrument?.items ?? [];
    const from = this.lastItemId ?? this.instrument?.groups[this.section]?.items[0]?.id;
    const at = from ? items.findIndex((i) => i.id === from) : -1;
    const start = at + (this.lastItemId ? 1 : 0);
    const order = [...items.slice(Math.max(start, 0)), ...items.slice(0, Math.max(start, 0))];
    const next = order.find((item) => this.value?.ratings[item.id]?.value === undefined);
    if (!next) {
      this.announcement = this.strings.allAnswered;
      return;
    }
    const moved = this.sectionOfItem.get(next.id) !== this.section;
    void this.revealItem(next.id);
    const where = this.strings.itemOf(items.indexOf(next) + 1, items.length);
    this.announcement = moved ? `${this.sectionAnnouncement()} ${where}` : where;
  }

  formResetCallback(): void {
    this.value = this.defaultValue ? structuredClone(this.defaultValue) : undefined;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    // The state is checked by the draft-reading code, fetched for it (it validates).
    const restoring = SosRubric.loadDraftRecovery().then(
      ({ restoreFormState }) => {
        const restored = restoreFormState(state, this.framework);
        if (restored) this.value = restored;
      },
      () => undefined, // the browser's kept state is a convenience; the form keeps what it shows
    );
    this.formRestore = restoring;
    void restoring.then(() => {
      if (this.formRestore === restoring) this.formRestore = undefined;
    });
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = RUBRIC_STRINGS[this.language];
    if (changed.has('framework') || changed.has('level')) {
      this.instrument = this.framework ? instrumentFor(this.framework, this.level) : undefined;
      this.sectionOfItem = new Map(this.instrument?.groups.flatMap((group, index) => group.items.map((item) => [item.id, index] as const)) ?? []);
      this.section = Math.min(this.section, Math.max((this.instrument?.groups.length ?? 1) - 1, 0));
    }
    if (this.framework && this.instrument && (!this.value || this.value.framework.id !== this.framework.id || this.value.level !== this.level)) {
      this.value = this.freshAssessment();
    }
    if (this.value && this.value.status === 'draft' && !this.review && (changed.has('perspective') || changed.has('raterName') || changed.has('raterType') || changed.has('relationship'))) {
      const perspective = this.perspectiveValue();
      if (JSON.stringify(perspective) !== JSON.stringify(this.value.perspective)) this.value = { ...this.value, perspective };
    }
    if (this.value && !this.defaultValue) this.defaultValue = structuredClone(this.value);
    // A saved draft is newer than anything the page supplied: restore it once per key, visibly.
    if (changed.has('autosaveKey') || changed.has('level')) this.draftChecked = false;
    if (this.framework && this.instrument && this.autosaveKey && !this.draftChecked) {
      this.draftChecked = true;
      if (hasStoredDraft(this.autosaveKey)) void this.recoverStoredDraft();
    }
  }

  /**
   * Reads the stored draft back once its code is here. Meanwhile the items are not shown, so
   * nothing can be answered (and saved) over the draft; if the code cannot be loaded, the person
   * is told so and can try again, and the draft stays stored untouched.
   */
  private recoverStoredDraft(): Promise<void> {
    const key = this.autosaveKey!;
    const framework = this.framework!;
    const level = this.level;
    this.recovering = 'loading';
    this.recovery = SosRubric.loadDraftRecovery().then(
      ({ recoverDraft }) => {
        this.recovering = undefined;
        // The key, framework or level changed while the code loaded: check the new one instead.
        if (key !== this.autosaveKey || framework !== this.framework || level !== this.level) {
          this.draftChecked = false;
          return;
        }
        const saved = recoverDraft(key, framework, level, () => this.freshAssessment());
        if (!saved) return;
        this.value = saved.assessment;
        const section = saved.section === undefined ? -1 : (this.instrument?.groups.findIndex((group) => group.id === saved.section) ?? -1);
        if (section > 0) {
          this.section = section;
          void this.updateComplete.then(() => this.showRestoredSection());
        }
        const partial = saved.problems.length > 0;
        this.keptDraft = partial ? { raw: saved.raw, problems: saved.problems } : undefined;
        this.draftNotice = { kind: 'restored', savedAt: saved.savedAt, restored: saved.restored, partial };
      },
      () => {
        this.recovering = 'error';
      },
    );
    return this.recovery;
  }

  /**
   * After a reload reopened the section the person was on: its heading is where they pick up.
   * Focus moves there only when nothing else has it (a page load leaves it on the body), and the
   * page scrolls only when the browser's own scroll restoration left the heading off screen.
   */
  private showRestoredSection(): void {
    const heading = this.shadowRoot?.querySelector<HTMLElement>(`section[data-index="${this.section}"] h2`);
    if (!heading) return;
    const box = heading.getBoundingClientRect();
    const view = this.ownerDocument.defaultView;
    if (view && (box.bottom < 0 || box.top > view.innerHeight)) heading.scrollIntoView({ block: 'start' });
    const active = this.ownerDocument.activeElement;
    if (!active || active === this.ownerDocument.body) heading.focus({ preventScroll: true });
  }

  private retryRecovery(): void {
    void this.recoverStoredDraft().then(() => this.updateComplete).then(() => {
      // Focus was on "Try again", which is gone: give it to the restored notice or the first item.
      if (this.recovering === 'error') this.shadowRoot?.querySelector<HTMLElement>('.recovering button')?.focus();
      else if (this.shadowRoot?.querySelector('.draft-message')) void this.focusNotice();
      else this.focus();
    });
  }

  /** Resolves once a stored draft has been read back (or could not be) and the rubric has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const waits = [this.recovering === 'loading' ? this.recovery : undefined, this.formRestore].filter((wait) => wait !== undefined);
    if (waits.length > 0) {
      await Promise.all(waits);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private perspectiveValue(): Perspective {
    if (this.perspective !== 'partner') return { kind: 'self' };
    const type = this.raterType && ORGANIZATION_TYPES.includes(this.raterType) ? (this.raterType as OrganizationType) : 'coe';
    const relationship = this.relationship && RELATIONSHIPS.includes(this.relationship) ? { relationship: this.relationship as Relationship } : {};
    return { kind: 'partner', rater: { name: this.raterName?.trim() || UNNAMED, type }, ...relationship };
  }

  private freshAssessment(): Assessment {
    return createAssessment(this.framework!, {
      level: this.level,
      subject: { name: this.subjectName || UNNAMED, type: defaultSubjectType(this.level) },
      perspective: this.perspectiveValue(),
    });
  }

  private persist(): void {
    if (!this.autosaveKey || !this.value) return;
    // While a partly restored original is kept, edits go to a separate slot beside it.
    this.storageBlocked = !saveDraft(this.autosaveKey, this.value, { recovered: this.keptDraft !== undefined, ...this.sectionToSave() });
  }

  /** The section on screen, as a draft stores it (by id, which survives reordering). */
  private sectionToSave(): { section?: string } {
    const id = this.instrument?.groups[this.section]?.id;
    return id === undefined ? {} : { section: id };
  }

  /**
   * Keeps the section the person moved to with the draft, so a reload reopens it. Only once the
   * stored draft has been read back (never over one not yet restored), and only when there is
   * a draft to keep: paging through an untouched rubric stores nothing.
   */
  private persistSection(): void {
    if (!this.autosaveKey || !this.value || !this.draftChecked || this.recovering !== undefined) return;
    if (Object.keys(this.value.ratings).length === 0 && !hasStoredDraft(this.autosaveKey)) return;
    this.persist();
  }

  /** Drops the saved draft and the answers on screen, back to what the page supplied. */
  private resetToDefault(notice: 'cleared' | 'discarded'): void {
    const onDevice = this.autosaveKey ? clearDraft(this.autosaveKey) : false;
    this.value = this.defaultValue ? structuredClone(this.defaultValue) : this.freshAssessment();
    this.keptDraft = undefined;
    this.draftNotice = { kind: notice, onDevice };
    this.confirming = undefined;
    this.emit('input');
    this.emit('change');
    void this.focusNotice();
  }

  private replaceKeptDraft(): void {
    if (!this.autosaveKey || !this.value) return;
    if (!replaceDraft(this.autosaveKey, this.value, this.sectionToSave())) {
      this.storageBlocked = true;
      return;
    }
    this.keptDraft = undefined;
    this.draftNotice = { kind: 'replaced' };
    void this.focusNotice();
  }

  private downloadKeptDraft(): void {
    if (!this.keptDraft) return;
    downloadText(this.ownerDocument, `saved-draft-${this.autosaveKey ?? 'rubric'}.json`, this.keptDraft.raw, 'application/json');
  }

  private async focusNotice(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.draft-message')?.focus();
  }

  private async confirm(kind: 'clear' | 'discard' | undefined): Promise<void> {
    this.confirming = kind;
    await this.updateComplete;
    const target = kind ? '.confirm button.secondary' : 'button.clear';
    this.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
  }

  protected override updated(): void {
    const value = this.value;
    this.internals.setFormValue(value ? JSON.stringify(value) : null, value ? JSON.stringify(value) : null);
    const missing = this.unansweredItems;
    if (this.required && missing.length > 0) {
      const anchor = this.fieldsetOf(missing[0]!.id)?.querySelector('input') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.strings.required(missing.length), anchor);
    } else this.internals.setValidity({});
  }

  private fieldsetOf(itemId: string): HTMLFieldSetElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLFieldSetElement>(`fieldset[data-item="${CSS.escape(itemId)}"]`);
  }

  /** Shows the section holding the item; true when that changed the section on screen. */
  private showSectionOf(itemId: string): boolean {
    const index = this.sectionOfItem.get(itemId);
    if (index === undefined || index === this.section) return false;
    this.section = index;
    this.persistSection();
    return true;
  }

  /** "Section 2 of 8: Culture of Mutual Trust." for the section on screen. */
  private sectionAnnouncement(): string {
    const groups = this.instrument?.groups ?? [];
    const group = groups[this.section];
    return group ? `${this.strings.sectionOf(this.section + 1, groups.length)}: ${this.text(group.name)}.` : '';
  }

  private async goToSection(index: number): Promise<void> {
    this.section = index;
    this.sectionsOpen = false;
    this.persistSection();
    await this.updateComplete;
    const heading = this.shadowRoot?.querySelector<HTMLElement>(`section[data-index="${index}"] h2`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  private setRating(itemId: string, change: Partial<Rating>): void {
    const base = this.value!;
    const rating: Rating = { ...base.ratings[itemId], ...change };
    this.value = { ...base, updatedAt: new Date().toISOString(), ratings: { ...base.ratings, [itemId]: rating } };
  }

  private emit(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  private onAnswer(item: LevelItem, answer: Answer): void {
    if (this.review || this.disabled) return;
    const wasComplete = this.unansweredItems.length === 0;
    this.lastItemId = item.id;
    this.setRating(item.id, { value: answer });
    this.persist();
    this.emit('input');
    this.emit('change');
    if (!wasComplete && this.unansweredItems.length === 0) this.dispatchEvent(new SosCompleteEvent(structuredClone(this.value!)));
  }

  private onEvidence(item: LevelItem, text: string): void {
    if (this.review || this.disabled) return;
    this.setRating(item.id, { evidence: text.slice(0, RATING_TEXT_MAX_LENGTH) });
    this.persist();
    this.emit('input');
  }

  /** Digits choose a rating, Enter moves to the next item, Shift+Enter to the previous one. */
  private onItemKeydown(event: KeyboardEvent, item: LevelItem): void {
    const target = event.target as HTMLElement;
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const items = this.instrument!.items;
      const next = items[items.indexOf(item) + (event.shiftKey ? -1 : 1)];
      if (next) void this.revealItem(next.id);
      // Past the last item: on to whatever is still unanswered (or hear that nothing is).
      else if (!event.shiftKey) this.focusNextUnanswered();
      return;
    }
    if (!/^[0-9]$/.test(event.key)) return;
    const value = Number(event.key);
    if (!this.framework!.scale.levels.some((level) => level.value === value)) return;
    event.preventDefault();
    this.onAnswer(item, value);
    void this.updateComplete.then(() => this.fieldsetOf(item.id)?.querySelector<HTMLInputElement>(`input[data-value="${value}"]`)?.focus());
  }

  private toggle(panel: string): void {
    const next = new Set(this.open);
    if (!next.delete(panel)) next.add(panel);
    this.open = next;
  }

  private text(value: LocalizedText): string {
    return localize(value, this.language);
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (!this.framework) return html`<p class="notice" role="status">${s.noFramework}</p>`;
    if (!this.instrument) return html`<p class="notice" role="alert">${s.unknownLevel(this.level)}</p>`;
    if (this.recovering === 'loading') return html`<p class="notice recovering" role="status">${s.restoringDraft}</p>`;
    if (this.recovering === 'error') {
      return html`<div class="notice recovering" role="alert">
        <p>${s.restoreFailed}</p>
        <p><button type="button" class="secondary" @click=${() => this.retryRecovery()}>${s.tryAgain}</button></p>
      </div>`;
    }
    if (this.review) return this.renderReview();
    const groups = this.instrument.groups;
    return html`
      <div class="root">
        <div class="layout">
          ${this.renderHeader()}
          <div class="main">
            ${this.renderDraftControls()} ${this.renderScaleKey()}
            <div @input=${stopInternal} @change=${stopInternal} @focusin=${this.onFocusIn}>${groups.map((group, index) => this.renderGroup(group, index))}</div>
          </div>
        </div>
      </div>
    `;
  }

  private onFocusIn = (event: FocusEvent): void => {
    const item = (event.target as HTMLElement).closest?.('fieldset[data-item]') as HTMLFieldSetElement | null;
    if (item?.dataset['item']) this.lastItemId = item.dataset['item'];
  };

  private renderHeader(): TemplateResult {
    const s = this.strings;
    const instrument = this.instrument!;
    const items = instrument.items;
    const answered = items.length - this.unansweredItems.length;
    const groups = instrument.groups;
    const current = groups[this.section]!;
    const partner = this.perspective === 'partner' ? s.partnerRating(this.subjectLabel(), this.raterName ?? '') : undefined;
    return html`
      <div part="header" class="bar">
        ${partner ? html`<p class="who">${partner}</p>` : nothing}
        ${this.renderProgress(answered, items.length)}
        ${answered === items.length
          ? html`<p class="done"><span aria-hidden="true">✓</span> ${s.allAnswered}</p>`
          : html`<button type="button" class="secondary next" ?disabled=${this.disabled} @click=${() => this.focusNextUnanswered()}>${s.nextUnanswered}</button>`}
        ${this.storageBlocked ? html`<p class="blocked" role="alert"><span aria-hidden="true">⚠</span> ${s.storageUnavailableShort}</p>` : nothing}
        <nav part="stepper" class="stepper" aria-label=${s.sectionsLabel}>
          <button type="button" class="secondary sections-toggle" aria-expanded=${this.sectionsOpen ? 'true' : 'false'} aria-controls="section-list" @click=${() => (this.sectionsOpen = !this.sectionsOpen)}>
            <span class="toggle-where">${s.sectionOf(this.section + 1, groups.length)}</span>
            <span class="toggle-name">${this.text(current.name)}</span>
          </button>
          <ol id="section-list" class=${this.sectionsOpen ? 'open' : ''}>
            ${groups.map((group, index) => this.renderStep(group, index, groups[index - 1]))}
          </ol>
        </nav>
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
    `;
  }

  /** The rated organization as questions name it: the attribute, else the assessment's subject. */
  private subjectLabel(): string {
    const name = this.subjectName?.trim() || this.value?.subject.name;
    return name && name !== UNNAMED ? name : this.strings.unnamedSubject;
  }

  private renderProgress(answered: number, total: number): TemplateResult {
    return html`<div class="progress">
      <progress part="progress" max=${total} .value=${answered} aria-labelledby="progress-text"></progress>
      <span id="progress-text">${this.strings.progress(answered, total)}</span>
    </div>`;
  }

  private renderStep(group: LevelGroup, index: number, previous: LevelGroup | undefined): TemplateResult {
    const s = this.strings;
    const answered = group.items.filter((item) => this.value?.ratings[item.id]?.value !== undefined).length;
    const total = group.items.length;
    const state = answered === total ? 'complete' : answered > 0 ? 'partial' : 'empty';
    const sectionTitle = previous?.section !== group.section ? (group.section === 'conditions' ? s.conditionsHeading : s.capacitiesHeading) : undefined;
    return html`
      ${sectionTitle ? html`<li class="step-heading" aria-hidden="true">${sectionTitle}</li>` : nothing}
      <li>
        <button type="button" class="step" data-state=${state} aria-current=${index === this.section ? 'step' : nothing} @click=${() => this.goToSection(index)}>
          <span class="mark" aria-hidden="true">${state === 'complete' ? '✓' : index + 1}</span>
          <span class="step-name">${this.text(group.name)}</span>
          <span class="step-count"
            ><span aria-hidden="true">${s.groupProgress(answered, total)}</span
            ><span class="visually-hidden">, ${state === 'complete' ? s.sectionComplete : s.progress(answered, total)}</span></span
          >
        </button>
      </li>
    `;
  }

  private renderDraftControls(): TemplateResult | typeof nothing {
    if (!this.autosaveKey) return nothing;
    const s = this.strings;
    const notice = this.draftNotice;
    const when = (iso: string | undefined) => (iso ? new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : undefined);
    const confirmation = (question: string, yes: string, action: () => void) => html`<div class="notice confirm" role="group" aria-label=${question}>
      <p>${question}</p>
      <p class="actions">
        <button type="button" class="danger" @click=${action}>${yes}</button>
        <button type="button" class="secondary" @click=${() => this.confirm(undefined)}>${s.cancel}</button>
      </p>
    </div>`;
    let message: TemplateResult | typeof nothing = nothing;
    if (notice?.kind === 'restored') {
      const kept = this.keptDraft;
      message = html`<div class=${kept ? 'notice warning' : 'notice'} role="status">
        <p class="draft-message" tabindex="-1">${kept ? s.restoredSome(when(notice.savedAt), notice.restored) : s.restoredDraft(when(notice.savedAt))}</p>
        ${kept
          ? html`<p>${s.notRestoredHeading}</p>
              <ul class="problems">
                ${kept.problems.map((problem) => html`<li>${this.describeProblem(problem)}</li>`)}
              </ul>
              <p>${s.keptCopy}</p>`
          : nothing}
        <p class="actions">
          ${kept
            ? html`<button type="button" class="secondary" @click=${() => this.downloadKeptDraft()}>${s.downloadCopy}</button>
                <button type="button" class="secondary" @click=${() => this.replaceKeptDraft()}>${s.replaceCopy}</button>`
            : nothing}
          ${this.confirming === 'discard' ? nothing : html`<button type="button" class="secondary discard" @click=${() => this.confirm('discard')}>${s.discardDraft}</button>`}
        </p>
      </div>`;
    } else if (notice) {
      const text =
        notice.kind === 'replaced' ? s.replacedCopy : notice.kind === 'cleared' ? (notice.onDevice ? s.cleared : s.clearedNotOnDevice) : notice.onDevice ? s.draftDiscarded : s.clearedNotOnDevice;
      message = html`<p class="notice draft-message" role="status" tabindex="-1">${text}</p>`;
    }
    return html`
      <div class="draft" part="draft">
        ${message} ${this.storageBlocked ? html`<p class="notice warning">${s.storageUnavailable}</p>` : nothing}
        ${this.confirming === 'discard' ? confirmation(s.confirmDiscard, s.confirmDiscardYes, () => this.resetToDefault('discarded')) : nothing}
        ${this.confirming === 'clear'
          ? confirmation(s.confirmClear, s.confirmClearYes, () => this.resetToDefault('cleared'))
          : html`<button type="button" class="secondary clear" @click=${() => this.confirm('clear')}>${s.clearSaved}</button>`}
      </div>
    `;
  }

  private describeProblem(problem: DraftProblem): string {
    const p = this.strings.problem;
    const framework = this.framework!;
    const itemName = (id: string) => {
      const item = this.instrument?.items.find((i) => i.id === id);
      return item ? this.text(item.label) : id;
    };
    const levelName = (id: string) => {
      const level = findLevel(framework, id as SystemLevel);
      return level ? this.text(level.name) : id;
    };
    const count = (n: number) => numberFormat(this.language).format(n);
    switch (problem.code) {
      case 'unreadable':
        return p.unreadable;
      case 'not-a-draft':
        return p.notADraft;
      case 'other-framework':
        return p.otherFramework(problem.frameworkId);
      case 'other-level':
        return p.otherLevel(levelName(problem.level), levelName(this.level));
      case 'other-version':
        return p.otherVersion(problem.version, framework.version);
      case 'unknown-item':
        return p.unknownItem(problem.itemId, problem.elsewhere);
      case 'invalid-answer':
        return p.invalidAnswer(itemName(problem.itemId), problem.answer);
      case 'text-too-long':
        return p.textTooLong(itemName(problem.itemId), count(problem.length), count(RATING_TEXT_MAX_LENGTH));
      case 'invalid-text':
        return p.invalidText(itemName(problem.itemId));
      case 'details':
        return p.details;
    }
  }

  private renderScaleKey(): TemplateResult {
    const scale = this.framework!.scale;
    return html`
      <details class="scale">
        <summary>${this.strings.scaleKey}: ${this.text(scale.name)}</summary>
        <dl class="scale-key">
          ${scale.levels.map((level) => {
            const descriptor = this.descriptorOf(level);
            return html`<dt>${level.value} ${this.text(level.label)}</dt><dd id=${`scale-${level.value}`}>${descriptor ? this.text(descriptor) : ''}</dd>`;
          })}
        </dl>
        <p class="tip">${this.strings.keyboardTip}</p>
      </details>
    `;
  }

  /** The scale level's meaning in the voice of whoever rates (the organization itself, or its partner). */
  private descriptorOf(level: ScaleLevel): LocalizedText | undefined {
    return levelDescriptor(level, this.perspective === 'partner' ? 'partner' : 'self');
  }

  private renderGroup(group: LevelGroup, index: number): TemplateResult {
    const s = this.strings;
    const groups = this.instrument!.groups;
    const headingId = `group-${group.id}`;
    const wording = { perspective: this.perspective === 'partner' ? ('partner' as const) : ('self' as const), subject: this.subjectLabel() };
    const prompt = group.section === 'conditions' ? s.conditionsPrompt(wording) : s.capacitiesPrompt(wording);
    const previous = groups[index - 1];
    const next = groups[index + 1];
    const current = index === this.section;
    return html`
      <section part="group" aria-labelledby=${headingId} data-index=${index} ?hidden=${!current}>
        <p class="kicker">${group.section === 'conditions' ? s.conditionsHeading : s.capacitiesHeading} · ${s.sectionOf(index + 1, groups.length)}</p>
        <h2 id=${headingId} tabindex="-1">${this.text(group.name)}</h2>
        <p class="prompt">${prompt}</p>
        ${this.renderItems(group)}
        <div class="pager">
          ${previous
            ? html`<button type="button" class="secondary" @click=${() => this.goToSection(index - 1)}>
                <span class="direction">${s.previousSection}</span> <span class="name">${this.text(previous.name)}</span>
              </button>`
            : nothing}
          ${next
            ? html`<button type="button" class="next-section" @click=${() => this.goToSection(index + 1)}>
                <span class="direction">${s.nextSection}</span> <span class="name">${this.text(next.name)}</span>
              </button>`
            : nothing}
        </div>
      </section>
    `;
  }

  /**
   * Every section stays in the DOM (hidden ones are display: none, so they cost no layout or
   * paint): switching sections is instant, form validity can point at any item, and an answer
   * re-renders only its own item (guard on the rating object, which only that item's edit replaces).
   */
  private renderItems(group: LevelGroup): unknown {
    const lang = this.language;
    return group.items.map((item) => {
      const rating = this.value?.ratings[item.id];
      const open = this.open;
      return guard([rating, lang, this.disabled, this.perspective, open.has(`evidence:${item.id}`), open.has(`look-fors:${item.id}`), open.has(`original:${item.id}`), this.framework], () =>
        this.renderItem(item, rating),
      );
    });
  }

  private renderItem(item: LevelItem, rating: Rating | undefined): TemplateResult {
    const s = this.strings;
    const current = rating?.value;
    const scale = this.framework!.scale;
    const nonScored = scale.nonScored ?? ['not-applicable', 'dont-know'];
    const descriptionId = `desc-${item.id}`;
    const evidence = rating?.evidence ?? '';
    const evidenceOpen = this.open.has(`evidence:${item.id}`) || evidence.length > 0;
    const lookForsOpen = this.open.has(`look-fors:${item.id}`);
    const originalOpen = this.open.has(`original:${item.id}`);
    const translated = this.language === 'es' && [item.label, item.description, ...item.lookFors].some((t) => t !== undefined && typeof t !== 'string' && t.es !== undefined);
    const chosen = typeof current === 'number' ? scale.levels.find((l) => l.value === current) : undefined;
    const chosenMeaning = chosen && this.descriptorOf(chosen);
    const radio = (answer: Answer, describedBy?: string) => html`<input
      type="radio"
      name=${item.id}
      data-value=${String(answer)}
      .checked=${current === answer}
      ?disabled=${this.disabled}
      aria-describedby=${describedBy ?? nothing}
      @change=${() => this.onAnswer(item, answer)}
    />`;
    const count = numberFormat(this.language);
    return html`
      <fieldset
        part="item"
        data-item=${item.id}
        ?data-answered=${current !== undefined}
        aria-describedby=${item.description ? descriptionId : nothing}
        @keydown=${(event: KeyboardEvent) => this.onItemKeydown(event, item)}
      >
        <legend tabindex="-1">${this.text(item.label)}</legend>
        ${item.description ? html`<p class="statement" id=${descriptionId}>${this.text(item.description)}</p>` : nothing}
        <div class="scale-options">
          ${scale.levels.map(
            (level) => html`<label part="option" class="option">
              ${radio(level.value, this.descriptorOf(level) ? `scale-${level.value}` : undefined)}<span class="value">${level.value}</span>
              <span class="word">${this.text(level.label)}</span>
            </label>`,
          )}
        </div>
        <div class="others">
          <span class="others-label">${s.otherAnswers}</span>
          ${nonScored.map((answer) => html`<label part="option" class="option non-scored">${radio(answer)}<span class="word">${s.nonScored(answer)}</span></label>`)}
        </div>
        ${chosen && chosenMeaning ? html`<p class="meaning"><strong>${chosen.value} ${this.text(chosen.label)}:</strong> ${this.text(chosenMeaning)}</p>` : nothing}
        <div class="tools">
          ${evidence.length > 0
            ? nothing
            : html`<button type="button" class="tool" aria-expanded=${evidenceOpen ? 'true' : 'false'} aria-controls=${`ev-${item.id}`} @click=${() => this.toggle(`evidence:${item.id}`)}>
                <span aria-hidden="true">${evidenceOpen ? '−' : '+'}</span> ${s.addEvidence}
              </button>`}
          ${item.lookFors.length > 0
            ? html`<button type="button" class="tool" aria-expanded=${lookForsOpen ? 'true' : 'false'} aria-controls=${`lf-${item.id}`} @click=${() => this.toggle(`look-fors:${item.id}`)}>
                <span aria-hidden="true">${lookForsOpen ? '▾' : '▸'}</span> ${s.lookFors}
              </button>`
            : nothing}
          ${translated
            ? html`<button type="button" class="tool" aria-expanded=${originalOpen ? 'true' : 'false'} aria-controls=${`en-${item.id}`} @click=${() => this.toggle(`original:${item.id}`)}>
                <span aria-hidden="true">${originalOpen ? '▾' : '▸'}</span> ${s.showOriginal}
              </button>`
            : nothing}
        </div>
        ${item.lookFors.length > 0
          ? // Always in the DOM (hidden until asked for) so a printout carries the look-fors.
            html`<ul class="look-fors" id=${`lf-${item.id}`} ?hidden=${!lookForsOpen}>
              ${item.lookFors.map((text) => html`<li>${this.text(text)}</li>`)}
            </ul>`
          : nothing}
        ${translated && originalOpen
          ? html`<div class="original" id=${`en-${item.id}`} lang="en">
              <p class="original-heading">${s.originalHeading}</p>
              <p><strong>${localize(item.label, 'en')}</strong></p>
              ${item.description ? html`<p>${localize(item.description, 'en')}</p>` : nothing}
              ${item.lookFors.length > 0 ? html`<ul>${item.lookFors.map((text) => html`<li>${localize(text, 'en')}</li>`)}</ul>` : nothing}
            </div>`
          : nothing}
        ${evidenceOpen
          ? html`<div class="evidence" part="evidence" id=${`ev-${item.id}`}>
              <label for=${`evtext-${item.id}`}>${s.evidenceLabel}</label>
              <span class="hint" id=${`evhint-${item.id}`}>${s.evidenceHint}</span>
              <textarea
                id=${`evtext-${item.id}`}
                maxlength=${RATING_TEXT_MAX_LENGTH}
                aria-describedby=${`evhint-${item.id} evcount-${item.id}`}
                .value=${evidence}
                ?disabled=${this.disabled}
                @input=${(e: Event) => this.onEvidence(item, (e.target as HTMLTextAreaElement).value)}
                @change=${() => this.emit('change')}
              ></textarea>
              <span class="counter" id=${`evcount-${item.id}`}>${s.characters(count.format(evidence.length), count.format(RATING_TEXT_MAX_LENGTH))}</span>
            </div>`
          : nothing}
      </fieldset>
    `;
  }

  private renderReview(): TemplateResult {
    const s = this.strings;
    const sections = (['conditions', 'capacities'] as const)
      .map((section) => ({ section, groups: this.instrument!.groups.filter((g) => g.section === section) }))
      .filter((x) => x.groups.length > 0);
    const items = this.instrument!.items;
    const answered = items.length - this.unansweredItems.length;
    return html`
      <div class="root review">
        <div part="header" class="bar">${this.renderProgress(answered, items.length)}</div>
        <p class="notice">${s.review}</p>
        ${sections.map(
          ({ section, groups }) => html`
            <h2>${section === 'conditions' ? s.conditionsHeading : s.capacitiesHeading}</h2>
            ${groups.map(
              (group) => html`<section part="group" aria-labelledby=${`group-${group.id}`}>
                <h3 id=${`group-${group.id}`}>${this.text(group.name)}</h3>
                ${group.items.map((item) => this.renderReviewItem(item))}
              </section>`,
            )}
          `,
        )}
      </div>
    `;
  }

  private renderReviewItem(item: LevelItem): TemplateResult {
    const rating = this.value?.ratings[item.id];
    const answer = rating?.value;
    const level = typeof answer === 'number' ? this.framework!.scale.levels.find((l) => l.value === answer) : undefined;
    const text = answer === undefined ? this.strings.noAnswer : typeof answer === 'number' ? `${answer} ${level ? this.text(level.label) : ''}` : this.strings.nonScored(answer);
    return html`
      <fieldset part="item" data-item=${item.id} ?data-answered=${answer !== undefined}>
        <legend>${this.text(item.label)}</legend>
        ${item.description ? html`<p class="statement">${this.text(item.description)}</p>` : nothing}
        <p class="review-answer">${text}</p>
        ${rating?.evidence ? html`<p class="review-notes">${rating.evidence}</p>` : nothing}
      </fieldset>
    `;
  }
}

// Inner controls' own events must not leak out of the shadow root: the host fires its own.
function stopInternal(event: Event): void {
  event.stopPropagation();
}

function defaultSubjectType(level: SystemLevel) {
  return level === 'school' ? 'school' : level === 'district' ? 'district' : level === 'state' ? 'state-agency' : 'coe';
}
