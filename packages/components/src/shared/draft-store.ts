import { safeParseAssessment, type Assessment, type Framework } from '@sos-kit/core';

/** A draft saved in the browser, with when it was saved. */
export interface SavedDraft {
  savedAt: string;
  assessment: Assessment;
}

const PREFIX = 'sos-kit:draft:';

// localStorage itself can throw (disabled storage, sandboxed frames), so every access is guarded.
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves a draft; returns false when the browser refuses (storage full or disabled). */
export function saveDraft(key: string, assessment: Assessment): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), assessment } satisfies SavedDraft));
    return true;
  } catch {
    return false;
  }
}

/** Reads a draft that fits the framework, or undefined (none, unreadable, or for another framework/level). */
export function loadDraft(key: string, framework: Framework, level: string): SavedDraft | undefined {
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text) return undefined;
    const saved = JSON.parse(text) as Partial<SavedDraft>;
    const parsed = safeParseAssessment(saved.assessment, framework);
    if (!parsed.success || parsed.data.level !== level || typeof saved.savedAt !== 'string') return undefined;
    return { savedAt: saved.savedAt, assessment: parsed.data };
  } catch {
    return undefined;
  }
}

/** Removes a saved draft; false when storage could not be reached. */
export function clearDraft(key: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.removeItem(PREFIX + key);
    return true;
  } catch {
    return false;
  }
}
