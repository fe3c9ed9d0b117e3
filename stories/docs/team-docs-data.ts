// The worked examples of "Reading team results", computed with @sos-kit/core's team rules (the
// ones the element uses) when the page is built, so the page can never disagree with what the element shows.
import { aggregateAssessments, createAssessment, defaultTarget, disagreementOf, parseFramework, ratingSpread, teamItemPriority, TEAM_RULES, type Framework } from '@sos-kit/core';

export { TEAM_RULES };

function exampleFramework(): Framework {
  const element = (id: string, name: string) => ({ id, name, descriptions: { district: `${name}.` } });
  return parseFramework({
    schemaVersion: 1,
    id: 'reading-team-results',
    version: '1.0.0',
    versionDate: '2026-01-01',
    title: 'Example',
    scale: { id: 'five', name: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) },
    levels: [{ id: 'district', name: 'District' }],
    conditions: [{ id: 'c', name: 'Condition', elements: [element('agreed', 'Agreed'), element('split', 'Split'), element('spread', 'Spread thin')] }],
  });
}

/** Six raters' answers to three items, and what the element makes of each. */
export function teamExample(): { answers: Record<string, number[]>; rows: [item: string, ratings: string, median: string, agreement: string, spread: string, flagged: string, priority: string][] } {
  const framework = exampleFramework();
  const answers: Record<string, number[]> = { agreed: [3, 3, 4, 3, 2, 3], split: [1, 1, 1, 5, 5, 5], spread: [1, 2, 3, 3, 4, 4] };
  const raters = Array.from({ length: 6 }, (_, r) => {
    const a = createAssessment(framework, { level: 'district', subject: { name: 'Example', type: 'district' }, now: '2026-01-01T00:00:00Z' });
    for (const [id, values] of Object.entries(answers)) a.ratings[id] = { value: values[r]! };
    return a;
  });
  const result = aggregateAssessments(raters, framework);
  const values = framework.scale.levels.map((level) => level.value);
  const rows = result.items.map((item): [string, string, string, string, string, string, string] => {
    const why = disagreementOf(item, values);
    return [
      item.id,
      answers[item.id]!.join(', '),
      String(item.median),
      `${Math.round((item.agreement ?? 0) * 100)} %`,
      String(ratingSpread(item, values)),
      why ? [why.lowAgreement ? 'low agreement' : '', why.wideSpread ? 'wide spread' : ''].filter(Boolean).join(' and ') : 'no',
      teamItemPriority(item, result.scale, defaultTarget(framework.scale))?.priority ?? '—',
    ];
  });
  return { answers, rows };
}
