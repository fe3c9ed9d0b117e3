import type { ImprovementPlan, Rating, Respondent } from '@sos-kit/core';
import type { SubmitReceipt } from './submission.js';

/**
 * What the widget keeps beside the rubric's draft: who answered, the school year, the last
 * submission (its receipt and the answers sent, to tell the user what changed since) and the
 * improvement plan started from the results, as last edited. Stored
 * under its own key so the rubric's draft format stays the rubric's business.
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
  // A plan mid-edit may not be valid yet (an aim still empty): keep anything shaped like a plan,
  // and let <sos-improvement-plan> say what is missing.
  const plan = stored.plan as { aims?: unknown } | undefined;
  if (typeof plan === 'object' && plan !== null && Array.isArray(plan.aims)) state.plan = plan as ImprovementPlan;
  return state;
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
