// A generated team as a URL, for stories of elements that read a team from `src`/`team-src`
// the way a page reads the collection service's results: the assessments are made with core
// (deterministic, see team-data.ts) and served from a blob: URL, so no server is needed.
import type { SystemLevel } from '@sos-kit/core';
import { conditionsFramework } from './data.js';
import { teamAssessments, type TeamOptions } from './team-data.js';

/** A blob: URL of `raters` generated assessments of `level`'s sample organisation (a JSON array). */
export async function teamSource(level: SystemLevel, raters: number, options: TeamOptions = {}): Promise<string> {
  const framework = await conditionsFramework(level);
  const team = teamAssessments(framework, level, raters, options);
  return URL.createObjectURL(new Blob([JSON.stringify(team)], { type: 'application/json' }));
}
