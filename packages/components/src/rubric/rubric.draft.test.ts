import { expect, fixture } from '@open-wc/testing';
import { parseFramework, RATING_TEXT_MAX_LENGTH, type Framework } from '@sos-kit/core';
import '../define.js';
import { SosRubric } from './rubric.js';

/** Version 1.2.0 of a small framework: one condition with two elements, one district role. */
function framework(version = '1.2.0'): Framework {
  return parseFramework({
    schemaVersion: 1,
    id: 'small',
    version,
    versionDate: '2026-01-01',
    title: 'Small',
    scale: {
      id: 'three',
      name: 'Readiness',
      levels: [
        { value: 1, label: 'Not yet' },
        { value: 2, label: 'Partly' },
        { value: 3, label: 'Ready' },
      ],
    },
    levels: [
      { id: 'school', name: 'School', roles: [{ id: 's', name: 'Lead learning', capacities: [{ id: 's.01', statement: 'Ability to lead.' }] }] },
      { id: 'district', name: 'District', roles: [{ id: 'r', name: 'Support schools', capacities: [{ id: 'r.01', statement: 'Ability to coach teams.' }] }] },
    ],
    conditions: [
      {
        id: 'c',
        name: 'Trust',
        elements: [
          { id: 'c.e', name: 'Relational trust', descriptions: { district: 'Trust exists among staff.', school: 'Trust in school.' } },
          { id: 'c.f', name: 'Follow-through', descriptions: { district: 'Commitments are kept.' } },
        ],
      },
    ],
  });
}

const KEY = 'draft-spec';
const MAIN = `sos-kit:draft:${KEY}`;
const RECOVERED = `${MAIN}:recovered`;

/** A stored draft as an older page (or another version of sos-kit) might have written it. */
function stored(ratings: Record<string, unknown>, extra: { savedAt?: unknown; level?: string; version?: string } = {}): string {
  const draft: Record<string, unknown> = {
    assessment: {
      schemaVersion: 1,
      framework: { id: 'small', version: extra.version ?? '1.0.0' },
      level: extra.level ?? 'district',
      subject: { name: 'Sample Unified', type: extra.level === 'school' ? 'school' : 'district' },
      perspective: { kind: 'self' },
      status: 'draft',
      createdAt: '2026-09-01T16:00:00.000Z',
      updatedAt: '2026-09-02T16:00:00.000Z',
      ratings,
    },
  };
  if ('savedAt' in extra) {
    if (extra.savedAt !== undefined) draft['savedAt'] = extra.savedAt;
  } else draft['savedAt'] = '2026-09-02T16:00:00.000Z';
  return JSON.stringify(draft);
}

async function reload(): Promise<SosRubric> {
  const wrapper = await fixture<HTMLDivElement>(`<div><sos-rubric autosave-key="${KEY}"></sos-rubric></div>`);
  const el = wrapper.querySelector('sos-rubric')!;
  el.framework = framework();
  await el.updateComplete;
  return el;
}

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const draftText = (el: SosRubric) => words(el.shadowRoot!.querySelector('.draft'));
const problems = (el: SosRubric) => [...el.shadowRoot!.querySelectorAll('.problems li')].map(words);
const radios = (el: SosRubric, item: string) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`fieldset[data-item="${item}"] input[type=radio]`)];
function button(el: SosRubric, label: string | RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof label === 'string' ? words(b) === label : label.test(words(b))));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
async function click(el: SosRubric, label: string | RegExp): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

/** Captures what a download offers, without leaving the page. */
async function downloaded(action: () => void): Promise<{ name: string; text: string }> {
  const originalUrl = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return originalUrl.call(URL, object);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    action();
  } finally {
    URL.createObjectURL = originalUrl;
    HTMLAnchorElement.prototype.click = originalClick;
  }
  return { name, text: await blob!.text() };
}

describe('sos-rubric drafts: nothing is lost', () => {
  afterEach(() => {
    localStorage.removeItem(MAIN);
    localStorage.removeItem(RECOVERED);
  });

  it('saves every edit and restores it after a reload, saying so', async () => {
    const first = await reload();
    radios(first, 'c.e')[2]!.click();
    first.remove();
    const again = await reload();
    expect(again.value!.ratings).to.deep.equal({ 'c.e': { value: 3 } });
    expect(radios(again, 'c.e')[2]!.checked).to.equal(true);
    expect(draftText(again)).to.match(/^Restored your saved draft from .+\. Discard draft/);
    await expect(again).to.be.accessible();
  });

  it('asks before "Discard draft" throws the restored answers away; Cancel keeps everything', async () => {
    localStorage.setItem(MAIN, stored({ 'c.e': { value: 2 } }));
    const el = await reload();
    await click(el, 'Discard draft');
    expect(draftText(el)).to.contain('Discard the saved draft and every answer on screen? This cannot be undone.');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Cancel'));
    await expect(el).to.be.accessible();
    await click(el, 'Cancel');
    expect(el.value!.ratings).to.deep.equal({ 'c.e': { value: 2 } });
    expect(localStorage.getItem(MAIN)).to.not.equal(null);
    await click(el, 'Discard draft');
    await click(el, 'Yes, discard the draft');
    expect(el.value!.ratings).to.deep.equal({});
    expect(localStorage.getItem(MAIN)).to.equal(null);
    expect(draftText(el)).to.contain('The saved draft was discarded.');
  });

  it('restores a draft without a savedAt, or with one that is not a date, in full', async () => {
    for (const savedAt of [undefined, 'yesterday', 42]) {
      localStorage.setItem(MAIN, stored({ 'c.e': { value: 2, evidence: 'Notes' } }, { savedAt }));
      const el = await reload();
      expect(el.value!.ratings).to.deep.equal({ 'c.e': { value: 2, evidence: 'Notes' } });
      expect(draftText(el)).to.match(/^Restored your saved draft\. Discard draft/);
      el.remove();
    }
  });

  it('restores evidence over the schema limit up to the limit, says so, and keeps the stored copy untouched', async () => {
    const long = 'e'.repeat(RATING_TEXT_MAX_LENGTH + 5);
    const raw = stored({ 'c.e': { value: 2, evidence: long }, 'c.f': { value: 3 } });
    localStorage.setItem(MAIN, raw);
    const el = await reload();
    expect(el.value!.ratings['c.e']).to.deep.equal({ value: 2, evidence: long.slice(0, RATING_TEXT_MAX_LENGTH) });
    expect(el.value!.ratings['c.f']).to.deep.equal({ value: 3 });
    expect(draftText(el)).to.match(/restored in part: 2 answers came back/);
    expect(problems(el)).to.deep.equal([
      '"Relational trust": the evidence was 10,005 characters long, more than the 10,000 allowed. The first 10,000 are restored; the full text is in the saved copy.',
    ]);
    await expect(el).to.be.accessible();
    // The next answer must not overwrite the stored copy: it is saved beside it.
    radios(el, 'r.01')[0]!.click();
    await el.updateComplete;
    expect(localStorage.getItem(MAIN)).to.equal(raw);
    expect(localStorage.getItem(RECOVERED)).to.contain('"r.01"');
    // The saved copy can be downloaded exactly as stored.
    const file = await downloaded(() => button(el, 'Download the saved copy').click());
    expect(file.text).to.equal(raw);
    expect(file.name).to.equal(`saved-draft-${KEY}.json`);
    // After a reload the new answer is back, and so is the notice about the kept copy.
    el.remove();
    const again = await reload();
    expect(again.value!.ratings['r.01']).to.deep.equal({ value: 1 });
    expect(again.value!.ratings['c.f']).to.deep.equal({ value: 3 });
    expect(problems(again)).to.have.length(1);
    // Deciding to keep what is on screen replaces the old copy, and only then.
    await click(again, 'Keep these answers and delete the old copy');
    expect(JSON.parse(localStorage.getItem(MAIN)!).assessment.ratings['r.01']).to.deep.equal({ value: 1 });
    expect(localStorage.getItem(RECOVERED)).to.equal(null);
    expect(draftText(again)).to.contain('The old saved copy was replaced by the answers on screen.');
  });

  it('lists an unreadable draft, starts empty and keeps the text for download', async () => {
    const raw = '{"savedAt":"2026-09-02T16:00:00Z","assessment":{"ratings":{"c.e":{"value":2}';
    localStorage.setItem(MAIN, raw);
    const el = await reload();
    expect(el.value!.ratings).to.deep.equal({});
    expect(problems(el)).to.deep.equal(['The saved copy is damaged and could not be read, so no answers came back from it.']);
    radios(el, 'c.e')[0]!.click();
    await el.updateComplete;
    expect(localStorage.getItem(MAIN)).to.equal(raw);
    expect((await downloaded(() => button(el, 'Download the saved copy').click())).text).to.equal(raw);
  });

  it('says what could not be restored in Spanish on a Spanish page', async () => {
    localStorage.setItem(MAIN, 'not json');
    const wrapper = await fixture<HTMLDivElement>(`<div lang="es"><sos-rubric autosave-key="${KEY}"></sos-rubric></div>`);
    const el = wrapper.querySelector('sos-rubric')!;
    el.framework = framework();
    await el.updateComplete;
    expect(problems(el)).to.deep.equal(['La copia guardada está dañada y no se pudo leer, así que no se recuperó ninguna respuesta.']);
    expect(button(el, 'Descargar la copia guardada')).to.exist;
  });

  it('restores a draft of a new major framework version item by item and asks to check it', async () => {
    localStorage.setItem(MAIN, stored({ 'c.e': { value: 3 }, 'c.gone': { value: 1 } }, { version: '2.0.0' }));
    const el = await reload();
    expect(el.value!.ratings).to.deep.equal({ 'c.e': { value: 3 } });
    expect(el.value!.framework).to.deep.equal({ id: 'small', version: '1.2.0' });
    expect(problems(el)).to.deep.equal([
      'The saved copy was made with version 2.0.0 of the framework; this form uses version 1.2.0. Answers were matched to items by their identifiers: check them before you submit.',
      'An answer for an item this version of the framework no longer has ("c.gone").',
    ]);
  });

  it('keeps the other answers when one is for an item the framework no longer has or is off the scale', async () => {
    localStorage.setItem(MAIN, stored({ 'c.e': { value: 1 }, 'c.old': { value: 2 }, 'c.f': { value: 7 }, 's.01': { value: 2 } }));
    const el = await reload();
    expect(el.value!.ratings).to.deep.equal({ 'c.e': { value: 1 } });
    expect(problems(el)).to.deep.equal([
      'An answer for an item this version of the framework no longer has ("c.old").',
      '"Follow-through": the saved answer (7) is not on this rating scale.',
      'An answer for "s.01", which belongs to another level of the framework.',
    ]);
  });

  it('does not pour a draft for another level into this one, and keeps it', async () => {
    const raw = stored({ 'c.e': { value: 3 } }, { level: 'school' });
    localStorage.setItem(MAIN, raw);
    const el = await reload();
    expect(el.value!.ratings).to.deep.equal({});
    expect(problems(el)).to.deep.equal(['The saved copy rates the School level; this form rates the District level, so its answers do not apply here.']);
    radios(el, 'c.e')[1]!.click();
    await el.updateComplete;
    expect(localStorage.getItem(MAIN)).to.equal(raw);
  });

  it('clears saved answers only after the user confirms, for shared computers', async () => {
    const el = await reload();
    radios(el, 'c.e')[1]!.click();
    await el.updateComplete;
    await click(el, 'Clear saved answers');
    expect(draftText(el)).to.contain('Remove all answers from this device?');
    await click(el, 'Cancel');
    expect(el.value!.ratings['c.e']).to.deep.equal({ value: 2 });
    await click(el, 'Clear saved answers');
    await click(el, 'Yes, clear answers');
    expect(el.value!.ratings).to.deep.equal({});
    expect(localStorage.getItem(MAIN)).to.equal(null);
    expect(draftText(el)).to.contain('Saved answers were cleared from this device.');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.draft-message'));
  });

  describe('with storage blocked', () => {
    const originals = { setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
    beforeEach(() => {
      const refuse = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
    });
    afterEach(() => Object.assign(Storage.prototype, originals));

    it('warns where the person is working, and keeps their answers on screen', async () => {
      const wrapper = await fixture<HTMLDivElement>(`<div><p style="height: 900px">Intro</p><sos-rubric autosave-key="${KEY}"></sos-rubric><p style="height: 1200px">After</p></div>`);
      const el = wrapper.querySelector('sos-rubric')!;
      el.framework = framework();
      await el.updateComplete;
      const item = el.shadowRoot!.querySelector('fieldset[data-item="c.f"]')!;
      item.scrollIntoView({ block: 'center' });
      radios(el, 'c.f')[0]!.click();
      await el.updateComplete;
      expect(el.value!.ratings['c.f']).to.deep.equal({ value: 1 });
      const alert = el.shadowRoot!.querySelector('[role=alert]')!;
      expect(words(alert)).to.equal('⚠ Not saved on this device: keep this page open.');
      const box = alert.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      await expect(el).to.be.accessible();
      window.scrollTo(0, 0);
    });

    it('does not claim "Clear saved answers" cleared the device', async () => {
      const el = await reload();
      radios(el, 'c.e')[0]!.click();
      await el.updateComplete;
      await click(el, 'Clear saved answers');
      await click(el, 'Yes, clear answers');
      expect(el.value!.ratings).to.deep.equal({});
      expect(draftText(el)).to.contain("The answers on this page were cleared. This browser's storage could not be reached, so anything saved on this device earlier may still be there.");
      expect(draftText(el)).to.not.contain('cleared from this device');
    });
  });
});

describe('sos-rubric drafts: the code that reads a draft back loads only when one is stored', () => {
  type Recovery = Awaited<ReturnType<typeof SosRubric.loadDraftRecovery>>;
  let original: typeof SosRubric.loadDraftRecovery;
  let held: { resolve: (m: Recovery) => void; reject: (e: Error) => void }[];
  let calls: number;
  beforeEach(() => {
    original = SosRubric.loadDraftRecovery;
    held = [];
    calls = 0;
    SosRubric.loadDraftRecovery = () => {
      calls++;
      return new Promise<Recovery>((resolve, reject) => held.push({ resolve, reject }));
    };
  });
  afterEach(() => {
    SosRubric.loadDraftRecovery = original;
    localStorage.clear();
  });
  const finish = async () => {
    const module = await original();
    held.splice(0).forEach((h) => h.resolve(module));
  };

  /** A rubric on a page, without waiting for a held load (updateComplete would wait for it). */
  async function open(): Promise<SosRubric> {
    const wrapper = await fixture<HTMLDivElement>(`<div><sos-rubric autosave-key="${KEY}"></sos-rubric></div>`);
    const el = wrapper.querySelector('sos-rubric')!;
    el.framework = framework();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return el;
  }

  it('a first visit (nothing stored) shows the items at once and fetches no draft-reading code', async () => {
    const el = await reload();
    expect(radios(el, 'c.e')[0]!.checked).to.equal(false);
    expect(calls).to.equal(0);
  });

  it('says it is restoring and shows no item to answer (so nothing is saved over the draft) until the code is there', async () => {
    localStorage.setItem(MAIN, stored({ 'c.e': { value: 2 } }));
    const before = localStorage.getItem(MAIN);
    const el = await open();
    expect(words(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Restoring your saved answers…');
    expect(radios(el, 'c.e'), 'no answers to give yet').to.have.length(0);
    await expect(el).to.be.accessible();
    await finish();
    await el.updateComplete;
    expect(radios(el, 'c.e')[1]!.checked).to.equal(true);
    expect(el.value!.ratings['c.e']).to.deep.equal({ value: 2 });
    expect(localStorage.getItem(MAIN), 'restoring writes nothing').to.equal(before);
  });

  it('when the code cannot be loaded, says so in plain words, keeps the draft, and "Try again" restores it', async () => {
    localStorage.setItem(MAIN, stored({ 'c.e': { value: 3 } }));
    const before = localStorage.getItem(MAIN);
    const el = await open();
    held.splice(0).forEach((h) => h.reject(new TypeError('Failed to fetch dynamically imported module')));
    await el.updateComplete;
    expect(words(el.shadowRoot!.querySelector('[role=alert] p'))).to.equal(
      'Your saved answers could not be restored just now: the page could not load what it needs. Nothing was lost; they are still saved in this browser. Check your connection and try again.',
    );
    expect(radios(el, 'c.e')).to.have.length(0);
    expect(localStorage.getItem(MAIN)).to.equal(before);
    await expect(el).to.be.accessible();
    button(el, 'Try again').click();
    await finish();
    await el.updateComplete;
    expect(radios(el, 'c.e')[2]!.checked).to.equal(true);
    expect(localStorage.getItem(MAIN)).to.equal(before);
  });

  it('says it in Spanish on a Spanish page', async () => {
    localStorage.setItem(MAIN, stored({ 'c.e': { value: 1 } }));
    const wrapper = await fixture<HTMLDivElement>(`<div lang="es"><sos-rubric autosave-key="${KEY}"></sos-rubric></div>`);
    const el = wrapper.querySelector('sos-rubric')!;
    el.framework = framework();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(words(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Recuperando sus respuestas guardadas…');
    await finish();
    await el.updateComplete;
  });
});
