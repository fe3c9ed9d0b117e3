// Figures and tables for the docs pages, computed from @sos-kit/core and the generated manifest
// at build time, so the docs cannot drift from the code they describe.
import {
  assessmentsToCsv,
  BUILT_IN_FRAMEWORKS,
  frameworkToCase,
  localize,
  parseFramework,
  scoreAssessment,
  type Framework,
  type ScoreResult,
} from '@sos-kit/core';
import manifest from '../../packages/components/custom-elements.json';
import conditionsJson from '../../packages/core/frameworks/ca-sos-conditions-capacities.json';
import principlesJson from '../../packages/core/frameworks/ca-sos-effective-support-principles.json';
import { assessmentOf, CASE_A, scoringFramework } from '../../packages/core/test/support/scoring-framework.js';

interface ManifestEntry {
  name: string;
  description?: string;
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}

/** Every element's public CSS custom properties (shared theme included) and parts, from custom-elements.json. */
export function themingTables(): { tag: string; properties: ManifestEntry[]; parts: ManifestEntry[] }[] {
  const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);
  return declarations
    .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.tagName))
    .map((d) => ({ tag: d.tagName, properties: d.cssProperties ?? [], parts: d.cssParts ?? [] }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

export interface BrowsedFramework {
  id: string;
  title: string;
  citation: string;
  levels: {
    id: string;
    name: string;
    conditions: { name: string; elements: { id: string; name: string; description: string; citation: string }[] }[];
    roles: { name: string; capacities: { id: string; statement: string; citation: string }[] }[];
  }[];
}

const citationOf = (framework: Framework, citations: { source: string; locator?: string }[] | undefined) =>
  (citations ?? [])
    .map((c) => {
      const source = framework.sources?.find((s) => s.id === c.source);
      return [source ? `${localize(source.title)}${source.year ? ` (${source.year})` : ''}` : c.source, c.locator].filter(Boolean).join(', ');
    })
    .join('; ');

/** Both built-in frameworks, level by level, as the rubric shows them. */
export function browseFrameworks(): BrowsedFramework[] {
  return [conditionsJson, principlesJson].map((json) => {
    const framework = parseFramework(json);
    return {
      id: framework.id,
      title: localize(framework.title),
      citation: (framework.sources ?? []).map((s) => `${(s.authors ?? []).join(', ')}${s.authors?.length ? '. ' : ''}${localize(s.title)}. ${s.publisher ?? ''}${s.year ? `, ${s.year}` : ''}.`).join(' '),
      levels: framework.levels.map((level) => {
        const from = level.conditionsFrom ?? level.id;
        return {
          id: level.id,
          name: localize(level.name),
          conditions: (framework.conditions ?? [])
            .map((condition) => ({
              name: localize(condition.name),
              elements: condition.elements
                .filter((element) => element.descriptions[from] !== undefined)
                .map((element) => ({ id: element.id, name: localize(element.name), description: localize(element.descriptions[from]!), citation: citationOf(framework, element.citations ?? condition.citations) })),
            }))
            .filter((condition) => condition.elements.length > 0),
          roles: (level.roles ?? []).map((role) => ({
            name: localize(role.name),
            capacities: role.capacities.map((capacity) => ({ id: capacity.id, statement: localize(capacity.statement), citation: citationOf(framework, capacity.citations ?? role.citations) })),
          })),
        };
      }),
    };
  });
}

export const BUILT_IN = BUILT_IN_FRAMEWORKS;

/** The README's worked example, scored by core right now. */
export function workedExample(): { result: ScoreResult; rows: [level: string, score: string, normalized: string, note: string][] } {
  const framework = scoringFramework();
  const result = scoreAssessment(assessmentOf(framework, CASE_A), framework);
  const figure = (x: { score?: number; normalized?: number; reason?: string }) => [x.score === undefined ? '—' : String(x.score), x.normalized === undefined ? '—' : String(x.normalized), x.reason ?? ''] as const;
  const rows: [string, string, string, string][] = [
    ...result.groups.map((g) => [`${g.kind} ${g.id}`, ...figure(g)] as [string, string, string, string]),
    ...result.sections.map((s) => [`section: ${s.id}`, ...figure(s)] as [string, string, string, string]),
    ['overall', ...figure(result.overall)],
  ];
  return { result, rows };
}

/** A two-row CSV in the survey layout, written by core. */
export function csvExample(): string {
  const framework = scoringFramework();
  return assessmentsToCsv([assessmentOf(framework, CASE_A), assessmentOf(framework, { e1: 'not-applicable', e2: 3, e3: 5, e4: 'dont-know', k1: 2 })], framework);
}

/** What the CASE export of the conditions-and-capacities framework contains. */
export function caseSummary(): { items: number; associations: number; types: [string, number][]; sample: string } {
  const framework = parseFramework(conditionsJson);
  const pkg = frameworkToCase(framework);
  const types = new Map<string, number>();
  for (const item of pkg.CFItems) types.set(item.CFItemType ?? '(none)', (types.get(item.CFItemType ?? '(none)') ?? 0) + 1);
  return { items: pkg.CFItems.length, associations: pkg.CFAssociations.length, types: [...types], sample: JSON.stringify(pkg.CFItems[0], null, 2) };
}
