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
import { uuidV5 } from './uuid.js';

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

/**
 * Exports a framework as a CASE 1.1 CFPackage: CFDocument, CFItems with CFItemTypes, isChildOf
 * CFAssociations with sequence numbers, and a CFRubric whose criteria are the rated items and
 * whose levels are the rating scale. Deterministic: identical input gives identical output.
 * @example
 * const pkg = frameworkToCase(framework, { baseUri: 'https://case.example.org/ims/case/v1p1' });
 * JSON.stringify(pkg); // ready for a CASE platform's import
 */
export function frameworkToCase(framework: Framework, options: CaseExportOptions = {}): CasePackage {
  const lang = options.lang ?? 'en';
  const text = (t: LocalizedText | undefined) => (t === undefined ? undefined : localize(t, lang));
  const stamp = `${framework.versionDate}T00:00:00Z`;
  const id = (name: string) => uuidV5(`${framework.id}#${name}`, SOS_KIT_UUID_NAMESPACE);
  const uri = (path: string, identifier: string) => (options.baseUri ? `${options.baseUri.replace(/\/$/, '')}/${path}/${identifier}` : `urn:sos-kit:case:${framework.id}:${identifier}`);
  const link = (title: string, identifier: string, path: string): CaseLink => ({ title, identifier, uri: uri(path, identifier) });

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

  const itemTypes = Object.fromEntries(
    (Object.keys(ITEM_TYPES) as ItemTypeKey[]).map((key, index) => {
      const identifier = id(`type:${key}`);
      const type: CaseItemType = {
        identifier,
        uri: uri('CFItemTypes', identifier),
        title: ITEM_TYPES[key].title,
        description: ITEM_TYPES[key].description,
        hierarchyCode: String(index + 1),
        typeCode: key,
        lastChangeDateTime: stamp,
      };
      return [key, type];
    }),
  ) as Record<ItemTypeKey, CaseItemType>;

  const items: CaseItem[] = [];
  const associations: CaseAssociation[] = [];
  const itemLinks = new Map<string, CaseLink>();
  const documentLink = link(document.title, documentId, 'CFDocuments');

  const addItem = (key: string, type: ItemTypeKey, statement: string, parent: CaseLink, sequence: number, extra: Partial<CaseItem> = {}): CaseLink => {
    const identifier = id(`item:${key}`);
    const item: CaseItem = {
      identifier,
      uri: uri('CFItems', identifier),
      fullStatement: statement,
      humanCodingScheme: key,
      listEnumeration: String(sequence),
      CFItemType: ITEM_TYPES[type].title,
      CFItemTypeURI: link(itemTypes[type].title, itemTypes[type].identifier, 'CFItemTypes'),
      language: lang,
      lastChangeDateTime: stamp,
      ...extra,
    };
    items.push(item);
    const self = link(statement, identifier, 'CFItems');
    itemLinks.set(key, self);
    const associationId = id(`association:${key}>isChildOf`);
    associations.push({
      identifier: associationId,
      uri: uri('CFAssociations', associationId),
      associationType: 'isChildOf',
      sequenceNumber: sequence,
      originNodeURI: self,
      destinationNodeURI: parent,
      lastChangeDateTime: stamp,
    });
    return self;
  };
  const citationNote = (citations: readonly { source: string; locator: string }[] | undefined) =>
    citations && citations.length > 0 ? { notes: `Source: ${citations.map((c) => `${framework.sources?.find((s) => s.id === c.source)?.title ?? c.source}, ${c.locator}`).join('; ')}` } : {};

  let sequence = 0;
  for (const condition of framework.conditions ?? []) {
    const conditionLink = addItem(condition.id, 'condition', text(condition.name)!, documentLink, ++sequence, citationNote(condition.citations));
    condition.elements.forEach((element, e) => {
      const elementLink = addItem(element.id, 'element', text(element.name)!, conditionLink, e + 1, {
        ...citationNote(element.citations),
        ...(element.tags?.length ? { conceptKeywords: [...element.tags] } : {}),
      });
      let position = 0;
      for (const level of framework.levels) {
        const description = element.descriptions[level.id];
        if (description === undefined) continue;
        addItem(`${element.id}@${level.id}`, 'levelDescription', text(description)!, elementLink, ++position, { abbreviatedStatement: `${text(element.name)} (${text(level.name)})` });
      }
    });
  }
  for (const level of framework.levels) {
    const levelLink = addItem(`level:${level.id}`, 'level', text(level.name)!, documentLink, ++sequence, citationNote(level.citations));
    (level.roles ?? []).forEach((role, r) => {
      const roleLink = addItem(role.id, 'role', text(role.name)!, levelLink, r + 1, citationNote(role.citations));
      role.capacities.forEach((capacity, k) =>
        addItem(capacity.id, 'capacity', text(capacity.statement)!, roleLink, k + 1, {
          ...citationNote(capacity.citations),
          ...(capacity.tags?.length ? { conceptKeywords: [...capacity.tags] } : {}),
        }),
      );
    });
  }

  // One criterion per rated item of every level; the scale's levels are each criterion's levels.
  const rubricId = id('rubric');
  const criteria: CaseRubricCriterion[] = [];
  for (const level of framework.levels) {
    const instrument = instrumentFor(framework, level.id)!;
    for (const group of instrument.groups) {
      for (const item of group.items) {
        const key = item.kind === 'element' ? `${item.id}@${level.conditionsFrom ?? level.id}` : item.id;
        const criterionId = id(`criterion:${level.id}:${item.id}`);
        criteria.push({
          identifier: criterionId,
          uri: uri('CFRubricCriteria', criterionId),
          category: `${text(level.name)}: ${text(group.name)}`,
          description: text(item.kind === 'element' ? item.description : item.label)!,
          CFItemURI: itemLinks.get(key)!,
          weight: item.weight,
          position: criteria.length + 1,
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
        });
      }
    }
  }
  const rubric: CaseRubric = {
    identifier: rubricId,
    uri: uri('CFRubrics', rubricId),
    title: `${text(framework.title)}: self-assessment rubric`,
    description: `Rate each item on the ${text(framework.scale.name)} scale.`,
    lastChangeDateTime: stamp,
    CFRubricCriteria: criteria,
  };

  return {
    CFDocument: document,
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: Object.values(itemTypes) },
    CFRubrics: [rubric],
  };
}
