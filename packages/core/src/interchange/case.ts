/**
 * Export of any framework as a 1EdTech CASE 1.1 CFPackage, for standards platforms.
 *
 *   CFDocument
 *   ├─ Enabling Condition ─ Condition Element ─ Level Description (one per level: what is rated)
 *   └─ System Level ─ Role ─ Capacity (what is rated)
 *
 * Every identifier is a lowercase UUID v5 derived from the framework id and our stable item ids,
 * so it is the same in every export and survives version changes. Timestamps come from the
 * framework's version date, never the clock: the same framework always exports the same bytes.
 */
import { instrumentFor, localize, type Lang } from '../instrument/items.js';
import type { Framework, LocalizedText } from '../model/types.js';
import { sha1, uuidV5Namespace, type Sha1 } from './uuid.js';

/** UUID v5 of "urn:sos-kit" in the URL namespace: the root of all sos-kit CASE identifiers. */
export const SOS_KIT_UUID_NAMESPACE = '2999e7d6-ef17-5d52-bcea-71b9aced93fd';

/** A reference to another CASE object. */
export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  caseVersion: '1.1';
  version: string;
  description?: string;
  publisher?: string;
  officialSourceURL?: string;
  language: string;
  adoptionStatus: string;
  notes?: string;
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  abbreviatedStatement?: string;
  humanCodingScheme: string;
  listEnumeration: string;
  CFItemType: string;
  CFItemTypeURI: CaseLink;
  language: string;
  notes?: string;
  conceptKeywords?: string[];
  lastChangeDateTime: string;
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: 'isChildOf';
  sequenceNumber: number;
  originNodeURI: CaseLink;
  destinationNodeURI: CaseLink;
  lastChangeDateTime: string;
}

export interface CaseItemType {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode: string;
  lastChangeDateTime: string;
}

export interface CaseRubricCriterionLevel {
  identifier: string;
  uri: string;
  description?: string;
  quality: string;
  score: number;
  position: number;
  rubricCriterionId: string;
  lastChangeDateTime: string;
}

export interface CaseRubricCriterion {
  identifier: string;
  uri: string;
  category: string;
  description: string;
  CFItemURI: CaseLink;
  weight: number;
  position: number;
  rubricId: string;
  lastChangeDateTime: string;
  CFRubricCriterionLevels: CaseRubricCriterionLevel[];
}

export interface CaseRubric {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  lastChangeDateTime: string;
  CFRubricCriteria: CaseRubricCriterion[];
}

/** A CASE 1.1 CFPackage. */
export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions: { CFItemTypes: CaseItemType[] };
  CFRubrics: CaseRubric[];
}

/** Options for {@link frameworkToCase}. */
export interface CaseExportOptions {
  /**
   * Where the objects can be resolved, e.g. "https://case.example.org/ims/case/v1p1". Each
   * object's uri is `${baseUri}/<class path>/<identifier>`. Defaults to a `urn:` scheme.
   */
  baseUri?: string;
  /** Language of the exported text (default English). */
  lang?: Lang;
  /**
   * The SHA-1 used for identifiers (default: core's portable one). A host's native hash gives
   * identical identifiers faster, e.g. in Node:
   * `(bytes, length) => createHash('sha1').update(bytes.subarray(0, length)).digest()`.
   */
  sha1?: Sha1;
}

const ITEM_TYPES = {
  condition: { title: 'Enabling Condition', description: 'An organizational condition that enables continuous improvement.' },
  element: { title: 'Condition Element', description: 'One element of an enabling condition.' },
  levelDescription: { title: 'Level Description', description: 'What a condition element looks like at one level of the system; rated in a self-assessment.' },
  level: { title: 'System Level', description: 'A level of the Statewide System of Support (school, district, county office, Geographic Lead Agency, state).' },
  role: { title: 'Role', description: 'A primary role or function of a level of the system.' },
  capacity: { title: 'Capacity', description: 'Knowledge or skill a role needs; rated in a self-assessment.' },
} as const;
type ItemTypeKey = keyof typeof ITEM_TYPES;

/** One item of the tree as the walk meets it: enough to write its CFItem or its CFAssociation. */
interface Node {
  key: string;
  type: ItemTypeKey;
  statement: string;
  self: CaseLink;
  parent: CaseLink;
  sequence: number;
  extra: Partial<CaseItem>;
}

/**
 * The package in parts, each list a fresh generator: a large framework is written object by
 * object without the whole package (or its JSON text) ever being in memory. Items and their
 * associations come from two walks of the framework rather than one stored list.
 */
function caseParts(framework: Framework, options: CaseExportOptions) {
  const lang = options.lang ?? 'en';
  const text = (t: LocalizedText | undefined) => (t === undefined ? undefined : localize(t, lang));
  const stamp = `${framework.versionDate}T00:00:00Z`;
  const idOf = uuidV5Namespace(SOS_KIT_UUID_NAMESPACE, options.sha1 ?? sha1);
  const prefix = `${framework.id}#`;
  const id = (name: string) => idOf(prefix + name);
  const base = options.baseUri?.replace(/\/$/, '');
  const uri = (path: string, identifier: string) => (base !== undefined && base !== '' ? `${base}/${path}/${identifier}` : `urn:sos-kit:case:${framework.id}:${identifier}`);
  const link = (title: string, identifier: string, path: string): CaseLink => ({ title, identifier, uri: uri(path, identifier) });
  const itemLink = (key: string, statement: string) => link(statement, id(`item:${key}`), 'CFItems');

  const documentId = id('document');
  const source = framework.sources?.[0];
  const document: CaseDocument = {
    identifier: documentId,
    uri: uri('CFDocuments', documentId),
    creator: source?.publisher ?? source?.authors.join('; ') ?? 'sos-kit',
    title: text(framework.title)!,
    lastChangeDateTime: stamp,
    caseVersion: '1.1',
    version: framework.version,
    ...(framework.description === undefined ? {} : { description: text(framework.description)! }),
    ...(source?.publisher === undefined ? {} : { publisher: source.publisher }),
    ...(source?.url === undefined ? {} : { officialSourceURL: source.url }),
    language: lang,
    adoptionStatus: 'Adopted',
    ...(framework.rights === undefined ? {} : { notes: framework.rights }),
  };
  const itemTypes = new Map<ItemTypeKey, CaseItemType>(
    (Object.keys(ITEM_TYPES) as ItemTypeKey[]).map((key, index) => {
      const identifier = id(`type:${key}`);
      return [key, { identifier, uri: uri('CFItemTypes', identifier), title: ITEM_TYPES[key].title, description: ITEM_TYPES[key].description, hierarchyCode: String(index + 1), typeCode: key, lastChangeDateTime: stamp }];
    }),
  );
  const typeLinks = new Map([...itemTypes].map(([key, type]) => [key, link(type.title, type.identifier, 'CFItemTypes')]));
  const documentLink = link(document.title, documentId, 'CFDocuments');
  const sourceTitles = new Map((framework.sources ?? []).map((s) => [s.id, s.title]));
  const citationNote = (citations: readonly { source: string; locator: string }[] | undefined): Partial<CaseItem> =>
    citations && citations.length > 0 ? { notes: `Source: ${citations.map((c) => `${sourceTitles.get(c.source) ?? c.source}, ${c.locator}`).join('; ')}` } : {};

  function* walk(): Generator<Node> {
    const node = (key: string, type: ItemTypeKey, statement: string, parent: CaseLink, sequence: number, extra: Partial<CaseItem> = {}): Node => ({
      key,
      type,
      statement,
      self: itemLink(key, statement),
      parent,
      sequence,
      extra,
    });
    let sequence = 0;
    for (const condition of framework.conditions ?? []) {
      const conditionNode = node(condition.id, 'condition', text(condition.name)!, documentLink, ++sequence, citationNote(condition.citations));
      yield conditionNode;
      for (const [e, element] of condition.elements.entries()) {
        const elementNode = node(element.id, 'element', text(element.name)!, conditionNode.self, e + 1, {
          ...citationNote(element.citations),
          ...(element.tags?.length ? { conceptKeywords: [...element.tags] } : {}),
        });
        yield elementNode;
        let position = 0;
        for (const level of framework.levels) {
          const description = Object.hasOwn(element.descriptions, level.id) ? element.descriptions[level.id] : undefined;
          if (description === undefined) continue;
          yield node(`${element.id}@${level.id}`, 'levelDescription', text(description)!, elementNode.self, ++position, { abbreviatedStatement: `${text(element.name)} (${text(level.name)})` });
        }
      }
    }
    for (const level of framework.levels) {
      const levelNode = node(`level:${level.id}`, 'level', text(level.name)!, documentLink, ++sequence, citationNote(level.citations));
      yield levelNode;
      for (const [r, role] of (level.roles ?? []).entries()) {
        const roleNode = node(role.id, 'role', text(role.name)!, levelNode.self, r + 1, citationNote(role.citations));
        yield roleNode;
        for (const [k, capacity] of role.capacities.entries()) {
          yield node(capacity.id, 'capacity', text(capacity.statement)!, roleNode.self, k + 1, {
            ...citationNote(capacity.citations),
            ...(capacity.tags?.length ? { conceptKeywords: [...capacity.tags] } : {}),
          });
        }
      }
    }
  }

  function* items(): Generator<CaseItem> {
    for (const n of walk()) {
      yield {
        identifier: n.self.identifier,
        uri: n.self.uri,
        fullStatement: n.statement,
        humanCodingScheme: n.key,
        listEnumeration: String(n.sequence),
        CFItemType: ITEM_TYPES[n.type].title,
        CFItemTypeURI: typeLinks.get(n.type)!,
        language: lang,
        lastChangeDateTime: stamp,
        ...n.extra,
      };
    }
  }

  function* associations(): Generator<CaseAssociation> {
    for (const n of walk()) {
      const identifier = id(`association:${n.key}>isChildOf`);
      yield {
        identifier,
        uri: uri('CFAssociations', identifier),
        associationType: 'isChildOf',
        sequenceNumber: n.sequence,
        originNodeURI: n.self,
        destinationNodeURI: n.parent,
        lastChangeDateTime: stamp,
      };
    }
  }

  const rubricId = id('rubric');
  const rubric: Omit<CaseRubric, 'CFRubricCriteria'> = {
    identifier: rubricId,
    uri: uri('CFRubrics', rubricId),
    title: `${text(framework.title)}: self-assessment rubric`,
    description: `Rate each item on the ${text(framework.scale.name)} scale.`,
    lastChangeDateTime: stamp,
  };

  // One criterion per rated item of every level; the scale's levels are each criterion's levels.
  // A criterion's item is the level description (or capacity) the walk names by the same key,
  // whose statement is the criterion's description: its link is derived, not looked up.
  function* criteria(): Generator<CaseRubricCriterion> {
    let position = 0;
    for (const level of framework.levels) {
      const instrument = instrumentFor(framework, level.id)!;
      for (const group of instrument.groups) {
        for (const item of group.items) {
          const key = item.kind === 'element' ? `${item.id}@${level.conditionsFrom ?? level.id}` : item.id;
          const criterionId = id(`criterion:${level.id}:${item.id}`);
          const description = text(item.kind === 'element' ? item.description : item.label)!;
          yield {
            identifier: criterionId,
            uri: uri('CFRubricCriteria', criterionId),
            category: `${text(level.name)}: ${text(group.name)}`,
            description,
            CFItemURI: itemLink(key, description),
            weight: item.weight,
            position: ++position,
            rubricId,
            lastChangeDateTime: stamp,
            CFRubricCriterionLevels: framework.scale.levels.map((scaleLevel, p) => {
              const levelId = id(`criterion-level:${level.id}:${item.id}:${scaleLevel.value}`);
              return {
                identifier: levelId,
                uri: uri('CFRubricCriterionLevels', levelId),
                ...(scaleLevel.descriptor === undefined ? {} : { description: text(scaleLevel.descriptor)! }),
                quality: text(scaleLevel.label)!,
                score: scaleLevel.value,
                position: p + 1,
                rubricCriterionId: criterionId,
                lastChangeDateTime: stamp,
              };
            }),
          };
        }
      }
    }
  }

  return { document, itemTypes: [...itemTypes.values()], items, associations, rubric, criteria };
}

/**
 * Exports a framework as a CASE 1.1 CFPackage: CFDocument, CFItems with CFItemTypes, isChildOf
 * CFAssociations with sequence numbers, and a CFRubric whose criteria are the rated items and
 * whose levels are the rating scale. Deterministic: identical input gives identical output.
 * For large frameworks, {@link frameworkToCaseJson} writes the same package as a stream.
 * @example
 * const pkg = frameworkToCase(framework, { baseUri: 'https://case.example.org/ims/case/v1p1' });
 * JSON.stringify(pkg); // ready for a CASE platform's import
 */
export function frameworkToCase(framework: Framework, options: CaseExportOptions = {}): CasePackage {
  const parts = caseParts(framework, options);
  return {
    CFDocument: parts.document,
    CFItems: [...parts.items()],
    CFAssociations: [...parts.associations()],
    CFDefinitions: { CFItemTypes: parts.itemTypes },
    CFRubrics: [{ ...parts.rubric, CFRubricCriteria: [...parts.criteria()] }],
  };
}

/**
 * The CASE package of {@link frameworkToCase} as JSON text in pieces, one object per line, so
 * that any size of framework can be written to a file or socket as it is produced. Joined, the
 * pieces parse to exactly `frameworkToCase(framework, options)`.
 * @example
 * for (const piece of frameworkToCaseJson(framework)) await write(piece);
 */
export function* frameworkToCaseJson(framework: Framework, options: CaseExportOptions = {}): Generator<string> {
  const parts = caseParts(framework, options);
  function* list(objects: Iterable<unknown>): Generator<string> {
    let first = true;
    for (const object of objects) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(object)}`;
      first = false;
    }
    yield first ? ']' : '\n]';
  }
  yield `{"CFDocument":${JSON.stringify(parts.document)},\n"CFItems":[`;
  yield* list(parts.items());
  yield ',\n"CFAssociations":[';
  yield* list(parts.associations());
  yield `,\n"CFDefinitions":{"CFItemTypes":${JSON.stringify(parts.itemTypes)}},\n"CFRubrics":[${JSON.stringify(parts.rubric).slice(0, -1)},"CFRubricCriteria":[`;
  yield* list(parts.criteria());
  yield '}]}\n';
}
