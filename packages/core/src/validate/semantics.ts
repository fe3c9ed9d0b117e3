/**
 * Rules that need the whole document (or a framework beside an assessment) and so cannot be
 * expressed in the shape schemas: unique ids, references, values inside the scale, versions.
 */
import { conditionLevelOf, findLevel, indexFrameworkIds, instrumentFor } from '../instrument/items.js';
import { nonScoredAnswersOf, SCHEMA_VERSION, subjectTypesFor } from '../model/constants.js';
import type { Assessment, Framework, LocalizedText, SystemLevel } from '../model/types.js';
import { formatJsonPath, issue, quote, type ValidationIssue } from './issues.js';

/** Still importable from here (the CSV reader does); defined in `model/constants.ts`. */
export { SCHEMA_VERSION } from '../model/constants.js';

type Path = (string | number)[];

function checkText(text: LocalizedText | undefined, path: Path, out: ValidationIssue[]): void {
  if (text === undefined) return;
  if (typeof text === 'string') {
    if (text.trim() === '') out.push(issue(path, 'blank_text', 'must not be empty'));
    return;
  }
  if (text.en.trim() === '') out.push(issue([...path, 'en'], 'blank_text', 'must not be empty (English is the fallback for every language)'));
  if (text.es !== undefined && text.es.trim() === '') out.push(issue([...path, 'es'], 'blank_text', 'must not be empty; omit the language instead'));
}

function checkUnique<T>(entries: readonly T[], idOf: (entry: T) => string, pathOf: (index: number) => Path, what: string, out: ValidationIssue[]): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const id = idOf(entry);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else out.push(issue(pathOf(index), 'duplicate_id', `duplicate ${what} id "${id}" (first used at ${formatJsonPath(pathOf(first))})`));
  });
}

/**
 * Checks a shape-valid framework for problems its JSON Schema cannot express.
 * @example
 * frameworkSemanticIssues(framework); // [] when the framework is sound
 */
export function frameworkSemanticIssues(framework: Framework): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  checkText(framework.title, ['title'], out);
  checkText(framework.description, ['description'], out);

  // Scale: levels must be ordered so that "higher is better" holds for scoring and charts.
  const { scale } = framework;
  checkText(scale.name, ['scale', 'name'], out);
  scale.levels.forEach((level, i) => {
    checkText(level.label, ['scale', 'levels', i, 'label'], out);
    checkText(level.descriptor, ['scale', 'levels', i, 'descriptor'], out);
    checkText(level.partnerDescriptor, ['scale', 'levels', i, 'partnerDescriptor'], out);
    const previous = scale.levels[i - 1];
    if (previous && level.value <= previous.value) {
      out.push(issue(['scale', 'levels', i, 'value'], 'scale_order', `scale values must increase: ${level.value} follows ${previous.value}`));
    }
  });
  checkUnique(scale.nonScored ?? [], (a) => a, (i) => ['scale', 'nonScored', i], 'non-scored answer', out);

  const sourceIds = new Set((framework.sources ?? []).map((s) => s.id));
  checkUnique(framework.sources ?? [], (s) => s.id, (i) => ['sources', i, 'id'], 'source', out);
  const checkCitation = (citations: readonly { source: string }[] | undefined, path: Path) => {
    citations?.forEach((citation, i) => {
      if (!sourceIds.has(citation.source)) {
        out.push(issue([...path, i, 'source'], 'unknown_source', `cites source "${citation.source}", which is not listed in $.sources`));
      }
    });
  };

  const tagIds = new Set((framework.tags ?? []).map((t) => t.id));
  checkUnique(framework.tags ?? [], (t) => t.id, (i) => ['tags', i, 'id'], 'tag', out);
  (framework.tags ?? []).forEach((tag, i) => {
    checkText(tag.name, ['tags', i, 'name'], out);
    checkText(tag.description, ['tags', i, 'description'], out);
    checkCitation(tag.citations, ['tags', i, 'citations']);
  });
  const checkTags = (tags: readonly string[] | undefined, path: Path) => {
    tags?.forEach((tag, i) => {
      if (!tagIds.has(tag)) out.push(issue([...path, i], 'unknown_tag', `tag "${tag}" is not declared in $.tags`));
    });
  };

  // One namespace for every rateable item and group: assessments key ratings and targets by id.
  const allIds: { id: string; path: Path }[] = [];
  (framework.conditions ?? []).forEach((condition, c) => {
    const base: Path = ['conditions', c];
    allIds.push({ id: condition.id, path: [...base, 'id'] });
    checkText(condition.name, [...base, 'name'], out);
    checkText(condition.description, [...base, 'description'], out);
    checkCitation(condition.citations, [...base, 'citations']);
    condition.elements.forEach((element, e) => {
      const path: Path = [...base, 'elements', e];
      allIds.push({ id: element.id, path: [...path, 'id'] });
      checkText(element.name, [...path, 'name'], out);
      for (const [level, text] of Object.entries(element.descriptions)) checkText(text, [...path, 'descriptions', level], out);
      element.lookFors?.forEach((text, i) => checkText(text, [...path, 'lookFors', i], out));
      checkTags(element.tags, [...path, 'tags']);
      checkCitation(element.citations, [...path, 'citations']);
      if (Object.keys(element.descriptions).length === 0) {
        out.push(issue([...path, 'descriptions'], 'no_levels', 'describes the element at no level, so it can never be rated; add at least one level'));
      }
    });
  });

  checkUnique(framework.levels, (l) => l.id, (i) => ['levels', i, 'id'], 'level', out);
  const declaredLevels = new Set<SystemLevel>(framework.levels.map((l) => l.id));
  framework.levels.forEach((level, l) => {
    const base: Path = ['levels', l];
    checkText(level.name, [...base, 'name'], out);
    checkText(level.description, [...base, 'description'], out);
    checkCitation(level.citations, [...base, 'citations']);
    if (level.conditionsFrom !== undefined) {
      const target = findLevel(framework, level.conditionsFrom);
      if (level.conditionsFrom === level.id) {
        out.push(issue([...base, 'conditionsFrom'], 'invalid_reference', 'a level cannot take its condition descriptions from itself'));
      } else if (!declaredLevels.has(level.conditionsFrom)) {
        out.push(issue([...base, 'conditionsFrom'], 'invalid_reference', `refers to level "${level.conditionsFrom}", which the framework does not declare in $.levels`));
      } else if (target?.conditionsFrom !== undefined) {
        out.push(issue([...base, 'conditionsFrom'], 'invalid_reference', `refers to level "${level.conditionsFrom}", which itself borrows from "${target.conditionsFrom}"; point at "${target.conditionsFrom}" directly`));
      }
    }
    (level.roles ?? []).forEach((role, r) => {
      const rolePath: Path = [...base, 'roles', r];
      allIds.push({ id: role.id, path: [...rolePath, 'id'] });
      checkText(role.name, [...rolePath, 'name'], out);
      checkText(role.description, [...rolePath, 'description'], out);
      checkCitation(role.citations, [...rolePath, 'citations']);
      role.capacities.forEach((capacity, k) => {
        const path: Path = [...rolePath, 'capacities', k];
        allIds.push({ id: capacity.id, path: [...path, 'id'] });
        checkText(capacity.statement, [...path, 'statement'], out);
        capacity.lookFors?.forEach((text, i) => checkText(text, [...path, 'lookFors', i], out));
        checkTags(capacity.tags, [...path, 'tags']);
        checkCitation(capacity.citations, [...path, 'citations']);
      });
    });
    const instrument = instrumentFor(framework, level.id);
    if (instrument && instrument.items.length === 0) {
      out.push(issue(base, 'empty_level', `level "${level.id}" has nothing to rate: no condition element is described for "${conditionLevelOf(framework, level.id)}" and it has no roles`));
    }
  });
  checkUnique(allIds, (e) => e.id, (i) => allIds[i]!.path, 'item', out);
  return out;
}

/**
 * Stops early on documents written by a newer library: their meaning may have changed, so
 * reporting shape errors on them would only confuse.
 */
export function futureSchemaVersionIssue(input: unknown): ValidationIssue | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return issue(
      ['schemaVersion'],
      'future_schema_version',
      `uses document format ${version}, newer than this version of @sos-kit/core reads (${SCHEMA_VERSION}); upgrade @sos-kit/core to read it`,
    );
  }
  return undefined;
}


/**
 * Checks a shape-valid assessment for problems that do not need its framework.
 * @example
 * assessmentIssues(assessment); // [] when sound
 */
export function assessmentIssues(assessment: Assessment): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (assessment.schoolYear !== undefined) {
    const [start, end] = assessment.schoolYear.split('-').map(Number) as [number, number];
    if ((start + 1) % 100 !== end) {
      out.push(issue(['schoolYear'], 'invalid_school_year', `"${assessment.schoolYear}" is not a school year: the second part must be the year after ${start} (e.g. "${start}-${String((start + 1) % 100).padStart(2, '0')}")`));
    }
  }
  if (assessment.status === 'submitted' && assessment.submittedAt === undefined) {
    out.push(issue(['submittedAt'], 'missing', 'is required when status is "submitted"'));
  }
  if (Date.parse(assessment.updatedAt) < Date.parse(assessment.createdAt)) {
    out.push(issue(['updatedAt'], 'invalid_timestamp', `is earlier than createdAt (${assessment.createdAt})`));
  }
  const allowed = subjectTypesFor(assessment.level);
  if (!allowed.includes(assessment.subject.type)) {
    out.push(issue(['subject', 'type'], 'subject_level_mismatch', `a ${assessment.level}-level assessment rates an organization of type ${allowed.map((t) => `"${t}"`).join(' or ')}, not "${assessment.subject.type}"`));
  }
  return out;
}

function majorOf(version: string): number {
  return Number(version.split('.')[0]);
}

interface LevelIds {
  itemsHere: ReadonlySet<string>;
  groupsHere: ReadonlySet<string>;
  everywhere: ReadonlyMap<string, ReturnType<typeof indexFrameworkIds> extends Map<string, infer L> ? L : never>;
}
/** Frameworks are not changed once in use (the scoring plan is cached the same way). */
const levelIdsCache = new WeakMap<Framework, Map<string, LevelIds | null>>();

/**
 * The item and group ids of one level and every id of the framework, built once per framework
 * and level: building them for every assessment checked was most of the cost of validating one.
 * Null when the framework has no such level.
 */
function levelIds(framework: Framework, level: SystemLevel): LevelIds | null {
  let byLevel = levelIdsCache.get(framework);
  if (!byLevel) levelIdsCache.set(framework, (byLevel = new Map()));
  let ids = byLevel.get(level);
  if (ids === undefined) {
    const instrument = instrumentFor(framework, level);
    ids = instrument
      ? { itemsHere: new Set(instrument.items.map((i) => i.id)), groupsHere: new Set(instrument.groups.map((g) => g.id)), everywhere: indexFrameworkIds(framework) }
      : null;
    byLevel.set(level, ids);
  }
  return ids;
}

/**
 * Checks an assessment against the framework it claims to use: same framework, compatible
 * version, a level the framework has, and every rating and target on an item of that level
 * with a value of the scale.
 * @example
 * assessmentAgainstFrameworkIssues(assessment, framework); // [] when they fit
 */
export function assessmentAgainstFrameworkIssues(assessment: Assessment, framework: Framework): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (assessment.framework.id !== framework.id) {
    out.push(issue(['framework', 'id'], 'framework_mismatch', `was made with framework "${assessment.framework.id}", but is being read with "${framework.id}"`));
    return out;
  }
  if (majorOf(assessment.framework.version) !== majorOf(framework.version)) {
    out.push(
      issue(['framework', 'version'], 'framework_version', `was made with version ${quote(assessment.framework.version)} of "${framework.id}", which is not compatible with version ${framework.version} (major versions differ); migrate the assessment first`),
    );
    return out;
  }
  const ids = levelIds(framework, assessment.level);
  if (!ids) {
    out.push(issue(['level'], 'unknown_level', `framework "${framework.id}" has no "${assessment.level}" level; it has ${framework.levels.map((l) => `"${l.id}"`).join(', ')}`));
    return out;
  }
  const { itemsHere, groupsHere, everywhere } = ids;
  const scaleValues = framework.scale.levels.map((l) => l.value);
  const nonScored = nonScoredAnswersOf(framework.scale);
  const describeScale = [`a scale value (${scaleValues.join(', ')})`, ...nonScored.map((a) => `"${a}"`)].join(' or ');

  const whyNotHere = (id: string): string => {
    const found = everywhere.get(id);
    if (!found) return `${quote(id)} is not an item of framework "${framework.id}"`;
    if (found.kind === 'capacity' || found.kind === 'role') return `"${id}" is a ${found.level} ${found.kind}, not part of the ${assessment.level} level`;
    return `element "${id}" is not described at the ${assessment.level} level`;
  };

  for (const [itemId, rating] of Object.entries(assessment.ratings)) {
    if (!itemsHere.has(itemId)) {
      out.push(issue(['ratings', itemId], everywhere.has(itemId) ? 'wrong_level' : 'unknown_item', whyNotHere(itemId)));
      continue;
    }
    const { value } = rating;
    if (value === undefined) continue;
    if (typeof value === 'number' ? !scaleValues.includes(value) : !nonScored.includes(value)) {
      out.push(issue(['ratings', itemId, 'value'], 'out_of_scale', `expected ${describeScale}, got ${JSON.stringify(value)}`));
    }
  }
  for (const [id, value] of Object.entries(assessment.targets ?? {})) {
    if (!itemsHere.has(id) && !groupsHere.has(id)) {
      out.push(issue(['targets', id], everywhere.has(id) ? 'wrong_level' : 'unknown_item', whyNotHere(id)));
    } else if (!scaleValues.includes(value)) {
      out.push(issue(['targets', id], 'out_of_scale', `a target must be a value of the scale (${scaleValues.join(', ')}), got ${value}`));
    }
  }
  return out;
}
