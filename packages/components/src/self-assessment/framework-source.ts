/**
 * Reads a framework from the page's own `src` URL and validates it. Loaded only for such pages:
 * built-in frameworks are shipped checked and need neither this code nor zod.
 */
import { safeParseFramework, type Framework, type ValidationIssue } from '@sos-kit/core';

export async function fetchFramework(src: string): Promise<{ framework: Framework } | { issues: readonly ValidationIssue[] }> {
  const response = await fetch(src, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const parsed = safeParseFramework(await response.text(), { source: src });
  return parsed.success ? { framework: parsed.data } : { issues: parsed.issues };
}
