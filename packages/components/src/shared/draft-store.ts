import {
  indexFrameworkIds,
  instrumentFor,
  RATING_TEXT_MAX_LENGTH,
  safeParseAssessment,
  type Assessment,
  type Framework,
  type Rating,
  type SystemLevel,
  nonScoredAnswersOf,
} from '@sos-kit/core';

/**
 * Drafts saved in this browser. Nothing a person typed may be lost: a stored draft that does not
 * fully fit the form is restored item by item, every part that could not be restored is reported
 * with a reason, and the stored text itself is left exactly as it was until the person decides
 * (edits meanwhile go to a separate "recovered" slot, see {@link draftSlots}).
 */

/** Why part of a stored draft could not be restored (the rubric words each one for people). */
export type DraftProblem =
  | { code: 'unreadable' }
  | { code: 'not-a-draft' }
  | { code: 'other-framework'; frameworkId: string }
  | { code: 'other-level'; level: string }
  /** Not a loss: answers were matched to items by id across a major version; worth checking. */
  | { code: 'other-version'; version: string }
  | { code: 'unknown-item'; itemId: string; elsewhere: boolean }
  | { code: 'invalid-answer'; itemId: string; answer: string }
  | { code: 'text-too-long'; itemId: string; field: 'evidence' | 'notes'; length: number }
  | { code: 'invalid-text'; itemId: string; field: 'evidence' | 'notes' }
  | { code: 'details' };

/** What was found under a draft key. */
export interface RecoveredDraft {
  /** The stored text, byte for byte, for "download the saved copy". */
  raw: string;
  /** When it was saved, if the draft says so with a real date. */
  savedAt?: string;
  /** The restorable part, always a valid assessment for the framework and level. */
  assessment: Assessment;
  /** How many items got their answer back. */
  restored: number;
  /** What could not be restored (empty when everything came back). */
  problems: DraftProblem[];
  /**
   * True when the answers come from the "recovered" slot: edits made after an earlier partial
   * restore, while the original is still kept for the person to decide about.
   */
  fromRecoveredSlot: boolean;
}

const PREFIX = 'sos-kit:draft:';
const RECOVERED = ':recovered';

/** The storage keys of a draft: the main one, and where edits go while a damaged original is kept. */
export function draftSlots(key: string): { main: string; recovered: string } {
  return { main: PREFIX + key, recovered: PREFIX + key + RECOVERED };
}

// localStorage itself can throw (disabled storage, sandboxed frames), so every access is guarded.
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function read(slot: string): string | undefined {
  try {
    return storage()?.getItem(slot) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves a draft; returns false when the browser refuses (storage full or disabled). With
 * `recovered`, writes the side slot and leaves the main (kept original) untouched.
 */
export function saveDraft(key: string, assessment: Assessment, options: { recovered?: boolean } = {}): boolean {
  try {
    const store = storage();
    if (!store) return false;
    const slots = draftSlots(key);
    store.setItem(options.recovered ? slots.recovered : slots.main, JSON.stringify({ savedAt: new Date().toISOString(), assessment }));
    return true;
  } catch {
    return false;
  }
}

/** Removes a draft and its recovered slot; false when storage could not be reached. */
export function clearDraft(key: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    const slots = draftSlots(key);
    store.removeItem(slots.main);
    store.removeItem(slots.recovered);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the answers on screen the saved draft: overwrites the kept original (the person chose
 * to) and drops the recovered slot. False when storage refused.
 */
export function replaceDraft(key: string, assessment: Assessment): boolean {
  if (!saveDraft(key, assessment)) return false;
  try {
    storage()?.removeItem(draftSlots(key).recovered);
  } catch {
    // The main slot now holds the answers; a stale recovered slot is ignored on the next load.
  }
  return true;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const major = (version: string): string => version.split('.')[0] ?? version;

/**
 * Reads the draft under `key` and restores what fits `framework` at `level`, item by item.
 * `fresh` makes the empty assessment the restored answers are put into when the draft's own
 * details (who is rated, dates) cannot be kept. Undefined when nothing is stored.
 * @example
 * const draft = recoverDraft('district-2025', framework, 'district', () => createAssessment(framework, options));
 * if (draft?.problems.length) showWhatWasNotRestored(draft.problems);
 */
export function recoverDraft(key: string, framework: Framework, level: SystemLevel, fresh: () => Assessment): RecoveredDraft | undefined {
  const slots = draftSlots(key);
  const raw = read(slots.main);
  if (raw === undefined) return undefined;
  const main = restore(raw, framework, level, fresh);
  if (main.problems.length === 0) return { raw, ...main, fromRecoveredSlot: false };
  // A damaged original is kept; later edits live in the recovered slot, which we wrote ourselves.
  const side = read(slots.recovered);
  if (side !== undefined) {
    const edited = restore(side, framework, level, fresh);
    if (edited.problems.length === 0) return { raw, ...edited, problems: main.problems, fromRecoveredSlot: true };
  }
  return { raw, ...main, fromRecoveredSlot: false };
}

function restore(raw: string, framework: Framework, level: SystemLevel, fresh: () => Assessment): Omit<RecoveredDraft, 'raw' | 'fromRecoveredSlot'> {
  const empty = fresh();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { assessment: empty, restored: 0, problems: [{ code: 'unreadable' }] };
  }
  const saved = isRecord(parsed) && isRecord(parsed['assessment']) ? parsed['assessment'] : undefined;
  if (!isRecord(parsed) || !saved) return { assessment: empty, restored: 0, problems: [{ code: 'not-a-draft' }] };
  const savedAt = isDate(parsed['savedAt']) ? (parsed['savedAt'] as string) : undefined;
  const when = savedAt === undefined ? {} : { savedAt };
  const problems: DraftProblem[] = [];

  const ref = isRecord(saved['framework']) ? saved['framework'] : {};
  if (typeof ref['id'] === 'string' && ref['id'] !== framework.id) {
    return { ...when, assessment: empty, restored: 0, problems: [{ code: 'other-framework', frameworkId: ref['id'] }] };
  }
  if (typeof saved['level'] === 'string' && saved['level'] !== level) {
    // Element ids repeat across levels with different descriptions: a school's rating is not a district's.
    return { ...when, assessment: empty, restored: 0, problems: [{ code: 'other-level', level: saved['level'] }] };
  }
  if (typeof ref['version'] === 'string' && major(ref['version']) !== major(framework.version)) {
    problems.push({ code: 'other-version', version: ref['version'] });
  }

  const items = new Set(instrumentFor(framework, level)?.items.map((item) => item.id) ?? []);
  const scale = new Set<unknown>([...framework.scale.levels.map((l) => l.value), ...nonScoredAnswersOf(framework.scale)]);
  let elsewhere: Map<string, unknown> | undefined;
  const ratings: Record<string, Rating> = {};
  let restored = 0;
  const savedRatings = isRecord(saved['ratings']) ? saved['ratings'] : {};
  for (const itemId of Object.keys(savedRatings)) {
    const entry = savedRatings[itemId];
    if (!items.has(itemId)) {
      elsewhere ??= indexFrameworkIds(framework);
      problems.push({ code: 'unknown-item', itemId, elsewhere: elsewhere.has(itemId) });
      continue;
    }
    if (!isRecord(entry)) {
      problems.push({ code: 'invalid-answer', itemId, answer: JSON.stringify(entry) ?? String(entry) });
      continue;
    }
    const rating: Rating = {};
    if (entry['value'] !== undefined) {
      if (scale.has(entry['value'])) rating.value = entry['value'] as Rating['value'];
      else problems.push({ code: 'invalid-answer', itemId, answer: JSON.stringify(entry['value']) ?? String(entry['value']) });
    }
    for (const field of ['evidence', 'notes'] as const) {
      const text = entry[field];
      if (text === undefined) continue;
      if (typeof text !== 'string') problems.push({ code: 'invalid-text', itemId, field });
      else if (text.length > RATING_TEXT_MAX_LENGTH) {
        // Keep what fits; the whole text stays in the kept original for download.
        rating[field] = text.slice(0, RATING_TEXT_MAX_LENGTH);
        problems.push({ code: 'text-too-long', itemId, field, length: text.length });
      } else rating[field] = text;
    }
    if (Object.keys(rating).length === 0) continue;
    ratings[itemId] = rating;
    if (rating.value !== undefined) restored++;
  }

  const frameworkRef = { id: framework.id, version: framework.version };
  // The draft's own details (who is rated, perspective, dates, targets) when they are sound.
  const whole = safeParseAssessment({ ...saved, framework: frameworkRef, level, ratings }, framework);
  if (whole.success) return { ...when, assessment: whole.data, restored, problems };
  const { targets: _dropped, ...withoutTargets } = saved;
  const lean = safeParseAssessment({ ...withoutTargets, framework: frameworkRef, level, ratings }, framework);
  problems.push({ code: 'details' });
  if (lean.success) return { ...when, assessment: lean.data, restored, problems };
  return { ...when, assessment: { ...empty, ratings }, restored, problems };
}
