import { ContextConsumer } from '@lit/context';
import {
  createAssessment,
  instrumentFor,
  localize,
  safeParseAssessment,
  type Assessment,
  type Framework,
  type LevelGroup,
  type LevelInstrument,
  type LevelItem,
  type NonScoredAnswer,
  type Rating,
  type SystemLevel,
} from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SosElement } from '../shared/sos-element.js';
import { RUBRIC_STRINGS, type RubricStrings } from './rubric.strings.js';
import { frameworkContext } from '../shared/context.js';
import { clearDraft, loadDraft, saveDraft } from '../shared/draft-store.js';
import { SosCompleteEvent } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { rubricStyles } from './rubric.styles.js';

type Answer = number | NonScoredAnswer;

/**
 * The self-assessment instrument for one level of a framework: every condition element and
 * capacity, grouped by condition and role, each rated with an accessible radio group.
 *
 * @summary Rate every item of a framework level, with evidence, look-fors and progress.
 *
 * @fires change - The user changed an answer or finished editing evidence (bubbles, composed).
 * @fires input - The user changed an answer or typed evidence (bubbles, composed).
 * @fires sos-complete - A user action answered the last unanswered item ({@link SosCompleteEvent}).
 *
 * @csspart header - The bar with progress and the "next unanswered" button.
 * @csspart progress - The overall progress bar.
 * @csspart group - A condition or role section.
 * @csspart item - One item's fieldset.
 * @csspart option - One answer choice.
 * @csspart evidence - The evidence and notes field.
 * @csspart draft - Autosave notices and the "clear saved answers" control.
 *
 * @cssproperty --sos-font-family - Font of all text.
 * @cssproperty --sos-font-size - Base font size (default 1rem).
 * @cssproperty --sos-color-text - Text colour.
 * @cssproperty --sos-color-text-muted - Secondary text colour.
 * @cssproperty --sos-color-surface - Background.
 * @cssproperty --sos-color-surface-alt - Background of highlighted areas (chosen answer, notices).
 * @cssproperty --sos-color-border - Borders of items and choices.
 * @cssproperty --sos-color-accent - Accent: buttons, chosen answers, answered items.
 * @cssproperty --sos-color-accent-contrast - Text on the accent colour.
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
    autosaveKey: { attribute: 'autosave-key' },
    announcement: { state: true },
    draftNotice: { state: true },
    confirmingClear: { state: true },
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
  /** Read-only review of the answers. */
  declare review: boolean;
  /** Disables every control (also set by a disabled fieldset or form). */
  declare disabled: boolean;
  /** Name of the organisation rated, for a new assessment. */
  declare subjectName: string | undefined;
  /**
   * Opt-in: save every edit in this browser under this key and restore it on reload. Use a key
   * per form and organisation, e.g. "district-2025-self".
   */
  declare autosaveKey: string | undefined;
  /** @internal */
  declare protected announcement: string;
  /** @internal */
  declare protected draftNotice: { kind: 'restored'; savedAt: string } | { kind: 'unavailable' } | { kind: 'cleared' } | { kind: 'discarded' } | undefined;
  /** @internal */
  declare protected confirmingClear: boolean;
  private draftChecked = false;

  private readonly internals: ElementInternals;
  private defaultValue: Assessment | undefined;
  private instrument: LevelInstrument | undefined;
  private strings: RubricStrings = RUBRIC_STRINGS.en;

  constructor() {
    super();
    this.level = 'district';
    this.required = false;
    this.review = false;
    this.disabled = false;
    this.announcement = '';
    this.confirmingClear = false;
    this.internals = this.attachInternals();
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

  /** Moves focus to the next item without an answer, after the one that has focus. */
  focusNextUnanswered(): void {
    const items = this.instrument?.items ?? [];
    const active = this.shadowRoot?.activeElement?.closest('fieldset')?.dataset.item;
    const start = active ? items.findIndex((i) => i.id === active) + 1 : 0;
    const order = [...items.slice(start), ...items.slice(0, start)];
    const next = order.find((item) => this.value?.ratings[item.id]?.value === undefined);
    if (!next) {
      this.announcement = this.strings.allAnswered;
      return;
    }
    const fieldset = this.shadowRoot!.querySelector<HTMLFieldSetElement>(`fieldset[data-item="${CSS.escape(next.id)}"]`);
    fieldset?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    fieldset?.querySelector<HTMLInputElement>('input')?.focus();
    this.announcement = this.strings.itemOf(items.indexOf(next) + 1, items.length);
  }

  formResetCallback(): void {
    this.value = this.defaultValue ? structuredClone(this.defaultValue) : undefined;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const restored = safeParseAssessment(state, this.framework);
    if (restored.success) this.value = restored.data;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = RUBRIC_STRINGS[this.language];
    if (changed.has('framework') || changed.has('level')) {
      this.instrument = this.framework ? instrumentFor(this.framework, this.level) : undefined;
    }
    if (this.framework && this.instrument && (!this.value || this.value.framework.id !== this.framework.id || this.value.level !== this.level)) {
      this.value = this.freshAssessment();
    }
    if (this.value && !this.defaultValue) this.defaultValue = structuredClone(this.value);
    // A saved draft is newer than anything the page supplied: restore it once per key, visibly.
    if (changed.has('autosaveKey') || changed.has('level')) this.draftChecked = false;
    if (this.framework && this.instrument && this.autosaveKey && !this.draftChecked) {
      this.draftChecked = true;
      const saved = loadDraft(this.autosaveKey, this.framework, this.level);
      if (saved) {
        this.value = saved.assessment;
        this.draftNotice = { kind: 'restored', savedAt: saved.savedAt };
      }
    }
  }

  private freshAssessment(): Assessment {
    return createAssessment(this.framework!, {
      level: this.level,
      subject: { name: this.subjectName || 'Unnamed organization', type: defaultSubjectType(this.level) },
    });
  }

  private persist(): void {
    if (!this.autosaveKey || !this.value) return;
    if (saveDraft(this.autosaveKey, this.value)) {
      if (this.draftNotice?.kind === 'unavailable') this.draftNotice = undefined;
    } else this.draftNotice = { kind: 'unavailable' };
  }

  /** Drops the saved draft and the answers on screen, back to what the page supplied. */
  private resetToDefault(notice: 'cleared' | 'discarded'): void {
    if (this.autosaveKey) clearDraft(this.autosaveKey);
    this.value = this.defaultValue ? structuredClone(this.defaultValue) : this.freshAssessment();
    this.draftNotice = { kind: notice };
    this.confirmingClear = false;
    this.emit('input');
    this.emit('change');
  }

  protected override updated(): void {
    const value = this.value;
    this.internals.setFormValue(value ? JSON.stringify(value) : null, value ? JSON.stringify(value) : null);
    const missing = this.unansweredItems;
    if (this.required && missing.length > 0) {
      const anchor = this.shadowRoot?.querySelector<HTMLElement>(`fieldset[data-item="${CSS.escape(missing[0]!.id)}"] input`) ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.strings.required(missing.length), anchor);
    } else this.internals.setValidity({});
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
    this.setRating(item.id, { value: answer });
    this.persist();
    this.emit('input');
    this.emit('change');
    if (!wasComplete && this.unansweredItems.length === 0) this.dispatchEvent(new SosCompleteEvent(structuredClone(this.value!)));
  }

  private onEvidence(item: LevelItem, text: string): void {
    if (this.review || this.disabled) return;
    this.setRating(item.id, { evidence: text });
    this.persist();
    this.emit('input');
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (!this.framework) return html`<p class="notice" role="status">${s.noFramework}</p>`;
    if (!this.instrument) return html`<p class="notice" role="alert">${s.unknownLevel(this.level)}</p>`;
    const items = this.instrument.items;
    const answered = items.length - this.unansweredItems.length;
    const sections = (['conditions', 'capacities'] as const)
      .map((section) => ({ section, groups: this.instrument!.groups.filter((g) => g.section === section) }))
      .filter((x) => x.groups.length > 0);
    return html`
      <div part="header" class="bar">
        <div class="progress">
          <progress part="progress" max=${items.length} .value=${answered} aria-labelledby="progress-text"></progress>
          <span id="progress-text">${s.progress(answered, items.length)}</span>
        </div>
        ${this.review ? nothing : html`<button type="button" class="secondary" ?disabled=${this.disabled} @click=${() => this.focusNextUnanswered()}>${s.nextUnanswered}</button>`}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${this.renderDraftControls()} ${this.review ? html`<p class="notice">${s.review}</p>` : nothing} ${this.renderScaleKey()}
      <div @input=${stopInternal} @change=${stopInternal}>
        ${sections.map(
          ({ section, groups }) => html`
            <h2>${section === 'conditions' ? s.conditionsHeading : s.capacitiesHeading}</h2>
            ${groups.map((group) => this.renderGroup(group))}
          `,
        )}
      </div>
    `;
  }

  private renderDraftControls(): TemplateResult | typeof nothing {
    if (!this.autosaveKey) return nothing;
    const s = this.strings;
    const notice = this.draftNotice;
    const when = (iso: string) => new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    return html`
      <div class="draft" part="draft">
        ${notice?.kind === 'restored'
          ? html`<p class="notice" role="status">
              ${s.restoredDraft(when(notice.savedAt))}
              <button type="button" class="secondary" @click=${() => this.resetToDefault('discarded')}>${s.discardDraft}</button>
            </p>`
          : nothing}
        ${notice?.kind === 'unavailable' ? html`<p class="notice warning" role="alert">${s.storageUnavailable}</p>` : nothing}
        ${notice?.kind === 'cleared' || notice?.kind === 'discarded' ? html`<p class="notice" role="status">${notice.kind === 'cleared' ? s.cleared : s.draftDiscarded}</p>` : nothing}
        ${this.review
          ? nothing
          : this.confirmingClear
            ? html`<p class="notice" role="group" aria-label=${s.clearSaved}>
                ${s.confirmClear}
                <button type="button" @click=${() => this.resetToDefault('cleared')}>${s.confirmClearYes}</button>
                <button type="button" class="secondary" @click=${() => (this.confirmingClear = false)}>${s.cancel}</button>
              </p>`
            : html`<button type="button" class="secondary clear" @click=${() => (this.confirmingClear = true)}>${s.clearSaved}</button>`}
      </div>
    `;
  }

  private renderScaleKey(): TemplateResult {
    const lang = this.language;
    const scale = this.framework!.scale;
    return html`
      <details class="scale">
        <summary>${this.strings.scaleKey}: ${localize(scale.name, lang)}</summary>
        <dl class="scale-key">
          ${scale.levels.map(
            (level) => html`<dt>${level.value} ${localize(level.label, lang)}</dt>
              <dd id=${`scale-${level.value}`}>${level.descriptor ? localize(level.descriptor, lang) : ''}</dd>`,
          )}
        </dl>
      </details>
    `;
  }

  private renderGroup(group: LevelGroup): TemplateResult {
    const lang = this.language;
    const answered = group.items.filter((item) => this.value?.ratings[item.id]?.value !== undefined).length;
    const headingId = `group-${group.id}`;
    return html`
      <section part="group" aria-labelledby=${headingId}>
        <h3 id=${headingId}>
          <span>${localize(group.name, lang)}</span>
          <span class="group-progress"
            ><span aria-hidden="true">${this.strings.groupProgress(answered, group.items.length)}</span
            ><span class="visually-hidden">${this.strings.progress(answered, group.items.length)}</span></span
          >
        </h3>
        ${group.items.map((item) => (this.review ? this.renderReviewItem(item) : this.renderItem(item)))}
      </section>
    `;
  }

  private renderItem(item: LevelItem): TemplateResult {
    const lang = this.language;
    const s = this.strings;
    const rating = this.value?.ratings[item.id];
    const current = rating?.value;
    const scale = this.framework!.scale;
    const nonScored = scale.nonScored ?? ['not-applicable', 'dont-know'];
    const descriptionId = `desc-${item.id}`;
    const option = (answer: Answer, label: TemplateResult | string, describedBy?: string) => html`
      <label part="option" class=${typeof answer === 'number' ? 'option' : 'option non-scored'}>
        <input
          type="radio"
          name=${item.id}
          .checked=${current === answer}
          ?disabled=${this.disabled}
          aria-describedby=${describedBy ?? nothing}
          @change=${() => this.onAnswer(item, answer)}
        />
        <span>${label}</span>
      </label>
    `;
    return html`
      <fieldset part="item" data-item=${item.id} ?data-answered=${current !== undefined} aria-describedby=${item.description ? descriptionId : nothing}>
        <legend>${localize(item.label, lang)}</legend>
        ${item.description ? html`<p class="statement" id=${descriptionId}>${localize(item.description, lang)}</p>` : nothing}
        <div class="options">
          ${scale.levels.map((level) =>
            option(level.value, html`<span class="value">${level.value}</span> ${localize(level.label, lang)}`, level.descriptor ? `scale-${level.value}` : undefined),
          )}
          ${nonScored.map((answer) => option(answer, s.nonScored(answer)))}
        </div>
        <label class="evidence" part="evidence">
          ${s.evidenceLabel} <span class="hint">${s.evidenceHint}</span>
          <textarea
            .value=${rating?.evidence ?? ''}
            ?disabled=${this.disabled}
            @input=${(e: Event) => this.onEvidence(item, (e.target as HTMLTextAreaElement).value)}
            @change=${() => this.emit('change')}
          ></textarea>
        </label>
        ${item.lookFors.length > 0
          ? html`<details class="look-fors">
              <summary>${s.lookFors}</summary>
              <ul>
                ${item.lookFors.map((text) => html`<li>${localize(text, lang)}</li>`)}
              </ul>
            </details>`
          : nothing}
      </fieldset>
    `;
  }

  private renderReviewItem(item: LevelItem): TemplateResult {
    const lang = this.language;
    const rating = this.value?.ratings[item.id];
    const answer = rating?.value;
    const level = typeof answer === 'number' ? this.framework!.scale.levels.find((l) => l.value === answer) : undefined;
    const text = answer === undefined ? this.strings.noAnswer : typeof answer === 'number' ? `${answer} ${level ? localize(level.label, lang) : ''}` : this.strings.nonScored(answer);
    return html`
      <fieldset part="item" data-item=${item.id} ?data-answered=${answer !== undefined}>
        <legend>${localize(item.label, lang)}</legend>
        ${item.description ? html`<p class="statement">${localize(item.description, lang)}</p>` : nothing}
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
