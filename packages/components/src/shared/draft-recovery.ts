/**
 * Reads a stored draft back, item by item (see draft-store.ts for what is kept and why). Apart
 * from saving because it validates with core's schemas (zod): a page loads it only when a draft
 * is stored, so a first visit does not download the validation code.
 */
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
import { draftSlots, readDraftSlot, type DraftProblem, type RecoveredDraft } from './draft-store.js';

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
  const raw = readDraftSlot(slots.main);
  if (raw === undefined) return undefined;
  const main = restore(raw, framework, level, fresh);
  if (main.problems.length === 0) return { raw, ...main, fromRecoveredSlot: false };
  // A damaged original is kept; later edits live in the recovered slot, which we wrote ourselves.
  const side = readDraftSlot(slots.recovered);
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

  const instrument = instrumentFor(framework, level);
  // Where the person was: kept only while the framework still has that section at this level.
  const savedSection = parsed['section'];
  const section = typeof savedSection === 'string' && instrument?.groups.some((group) => group.id === savedSection) ? { section: savedSection } : {};
  const items = new Set(instrument?.items.map((item) => item.id) ?? []);
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
  if (whole.success) return { ...when, ...section, assessment: whole.data, restored, problems };
  const { targets: _dropped, ...withoutTargets } = saved;
  const lean = safeParseAssessment({ ...withoutTargets, framework: frameworkRef, level, ratings }, framework);
  problems.push({ code: 'details' });
  if (lean.success) return { ...when, ...section, assessment: lean.data, restored, problems };
  return { ...when, ...section, assessment: { ...empty, ratings }, restored, problems };
}

/** A form state the browser kept (back/forward navigation), when it is a valid assessment for `framework`. */
export function restoreFormState(state: string, framework: Framework | undefined): Assessment | undefined {
  const restored = safeParseAssessment(state, framework);
  return restored.success ? restored.data : undefined;
}
