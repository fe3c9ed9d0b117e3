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
import { type Lang } from '../framework/items.js';
import type { Framework } from '../model/types.js';
/** UUID v5 of "urn:sos-kit" in the URL namespace: the root of all sos-kit CASE identifiers. */
export declare const SOS_KIT_UUID_NAMESPACE = "2999e7d6-ef17-5d52-bcea-71b9aced93fd";
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
    CFDefinitions: {
        CFItemTypes: CaseItemType[];
    };
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
/**
 * Exports a framework as a CASE 1.1 CFPackage: CFDocument, CFItems with CFItemTypes, isChildOf
 * CFAssociations with sequence numbers, and a CFRubric whose criteria are the rated items and
 * whose levels are the rating scale. Deterministic: identical input gives identical output.
 * @example
 * const pkg = frameworkToCase(framework, { baseUri: 'https://case.example.org/ims/case/v1p1' });
 * JSON.stringify(pkg); // ready for a CASE platform's import
 */
export declare function frameworkToCase(framework: Framework, options?: CaseExportOptions): CasePackage;
