import type { ImprovementPlan, Rating, Respondent } from '@sos-kit/core';
import type { SubmitReceipt } from './submission.js';

/**
 * What the widget keeps beside the rubric's draft: who answered, the school year, the last
 * submission (its receipt and the answers sent, to tell the user what changed since) and the
 * improvement plan started from the results, as last edited (the widget is the plan's one
 * owner: its plan element does not autosave on its own). Stored under its own key so the
 * rubric's draft format stays the rubric's business.
 */
export interface WidgetState {
  respondent?: Respondent;
  schoolYear?: string;
  submitted?: { receipt: SubmitReceipt; at: string; ratings: Record<string, Rating> };
  plan?: ImprovementPlan;
}

const PREFIX = 'sos-kit:widget:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Reads the stored state; whatever is missing or malformed is left out, never thrown. */
export function loadWidgetState(key: string): WidgetState {
  let raw: unknown;
  try {
    raw = JSON.parse(storage()?.getItem(PREFIX + key) ?? 'null');
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const stored = raw as Record<string, unknown>;
  const state: WidgetState = {};
  if (typeof stored.respondent === 'object' && stored.respondent !== null) {
    const { name, role } = stored.respondent as Record<string, unknown>;
    const respondent: Respondent = {};
    if (text(name)) respondent.name = text(name)!;
    if (text(role)) respondent.role = text(role)!;
    state.respondent = respondent;
  }
  if (typeof stored.schoolYear === 'string' && /^\d{4}-\d{2}$/.test(stored.schoolYear)) state.schoolYear = stored.schoolYear;
  const submitted = stored.submitted as Record<string, unknown> | undefined;
  if (typeof submitted === 'object' && submitted !== null && typeof submitted.at === 'string' && typeof submitted.ratings === 'object' && submitted.ratings !== null) {
    const receipt = (typeof submitted.receipt === 'object' && submitted.receipt !== null ? submitted.receipt : {}) as SubmitReceipt;
    state.submitted = { receipt, at: submitted.at, ratings: submitted.ratings as Record<string, Rating> };
  }
  // Let <sos-improvement-plan> say what a plan mid-edit still misses.
  const plan = stored.plan;
  if (isPlanShaped(plan)) state.plan = plan;
  return state;
}

/** A plan mid-edit may not be valid yet (an aim still empty): anything shaped like a plan is kept. */
function isPlanShaped(value: unknown): value is ImprovementPlan {
  return typeof value === 'object' && value !== null && Array.isArray((value as { aims?: unknown }).aims);
}

/** Where `<sos-improvement-plan autosave-key="<key>:plan">` kept the widget's plan before the widget owned it. */
export const legacyPlanSlot = (key: string) => `sos-kit:plan:${key}:plan`;

const updatedAt = (plan: ImprovementPlan | undefined) => Date.parse(plan?.updatedAt ?? '') || 0;

/**
 * The widget's stored state, with a plan the plan element kept on its own (earlier versions
 * stored the plan twice: here and under {@link legacyPlanSlot}) brought in. The more recently
 * edited of the two plans wins; once the widget's state holds it, the old copy is removed. An old
 * copy that cannot be read is left exactly as it is, never deleted.
 */
export function loadWidgetStateAdoptingPlan(key: string): WidgetState {
  const state = loadWidgetState(key);
  const slot = legacyPlanSlot(key);
  let text: string | null | undefined;
  try {
    text = storage()?.getItem(slot);
  } catch {
    return state;
  }
  if (!text) return state;
  let legacy: unknown;
  try {
    legacy = (JSON.parse(text) as { plan?: unknown } | null)?.plan;
  } catch {
    return state;
  }
  if (!isPlanShaped(legacy)) return state;
  const adopted: WidgetState = !state.plan || updatedAt(legacy) > updatedAt(state.plan) ? { ...state, plan: legacy } : state;
  if (saveWidgetState(key, adopted)) {
    try {
      storage()?.removeItem(slot);
    } catch {
      // The copy stays; it is read again (and the newer plan kept) on the next load.
    }
  }
  return adopted;
}

/** Saves the state; false when the browser refuses. */
export function saveWidgetState(key: string, state: WidgetState): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(PREFIX + key, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
