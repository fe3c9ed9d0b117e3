import type { Assessment } from '@sos-kit/core';

/**
 * Drafts saved in this browser (saving here; reading a stored draft back, which validates it, is in
 * draft-recovery.ts and loads only when there is one). Nothing a person typed may be lost: a stored draft that does not
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
   * The id of the section (condition or role) the person was on, when the draft says so and the
   * framework still has that section at the level. Drafts saved before sections were kept have
   * none: they open at the first section.
   */
  section?: string;
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

/** The text stored in one draft slot, if any (storage that cannot be reached counts as empty). */
export function readDraftSlot(slot: string): string | undefined {
  try {
    return storage()?.getItem(slot) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Options of {@link saveDraft}. */
export interface SaveDraftOptions {
  /** Write the side slot and leave the main one (a kept original) untouched. */
  recovered?: boolean;
  /** The id of the section on screen, so a reload reopens it. */
  section?: string;
}

/**
 * Saves a draft; returns false when the browser refuses (storage full or disabled). With
 * `recovered`, writes the side slot and leaves the main (kept original) untouched. The stored
 * text is `{ savedAt, assessment, section? }`; readers ignore what they do not know, so older
 * pages still read drafts that carry a section.
 */
export function saveDraft(key: string, assessment: Assessment, options: SaveDraftOptions = {}): boolean {
  try {
    const store = storage();
    if (!store) return false;
    const slots = draftSlots(key);
    const where = options.section === undefined ? {} : { section: options.section };
    store.setItem(options.recovered ? slots.recovered : slots.main, JSON.stringify({ savedAt: new Date().toISOString(), assessment, ...where }));
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
export function replaceDraft(key: string, assessment: Assessment, options: Omit<SaveDraftOptions, 'recovered'> = {}): boolean {
  if (!saveDraft(key, assessment, options)) return false;
  try {
    storage()?.removeItem(draftSlots(key).recovered);
  } catch {
    // The main slot now holds the answers; a stale recovered slot is ignored on the next load.
  }
  return true;
}

/** True when a draft is stored under `key`: it must be recovered (see draft-recovery.ts) before anything is saved over it. */
export function hasStoredDraft(key: string): boolean {
  return readDraftSlot(draftSlots(key).main) !== undefined;
}
