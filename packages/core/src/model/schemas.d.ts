/**
 * Runtime shape schemas for the model in `types.ts`.
 *
 * zod/mini keeps the browser bundle small (the full zod API with its locales is ~95 KB gz).
 * These schemas check shape only, exactly as the published JSON Schemas do (a conformance test
 * holds the two together); rules that need the whole document — unique ids, references,
 * values inside the scale — live in `../validate/semantics.ts`.
 */
import * as z from 'zod/mini';
export declare const IdSchema: z.ZodMiniString<string>;
export declare const SemVerSchema: z.ZodMiniString<string>;
export declare const IsoDateSchema: z.ZodMiniString<string>;
export declare const IsoDateTimeSchema: z.ZodMiniString<string>;
export declare const SchoolYearSchema: z.ZodMiniString<string>;
export declare const LocalizedStringsSchema: z.ZodMiniObject<{
    en: z.ZodMiniString<string>;
    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const LocalizedTextSchema: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
    en: z.ZodMiniString<string>;
    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>]>;
export declare const SystemLevelSchema: z.ZodMiniEnum<{
    school: "school";
    district: "district";
    coe: "coe";
    "geo-lead": "geo-lead";
    state: "state";
}>;
export declare const OrganizationTypeSchema: z.ZodMiniEnum<{
    school: "school";
    district: "district";
    coe: "coe";
    "state-agency": "state-agency";
    other: "other";
}>;
export declare const OrganizationSchema: z.ZodMiniObject<{
    name: z.ZodMiniString<string>;
    type: z.ZodMiniEnum<{
        school: "school";
        district: "district";
        coe: "coe";
        "state-agency": "state-agency";
        other: "other";
    }>;
    id: z.ZodMiniOptional<z.ZodMiniString<string>>;
    county: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const SourceSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    title: z.ZodMiniString<string>;
    authors: z.ZodMiniArray<z.ZodMiniString<string>>;
    publisher: z.ZodMiniOptional<z.ZodMiniString<string>>;
    year: z.ZodMiniOptional<z.ZodMiniInt>;
    url: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const CitationSchema: z.ZodMiniObject<{
    source: z.ZodMiniString<string>;
    locator: z.ZodMiniString<string>;
}, z.core.$strict>;
export declare const NonScoredAnswerSchema: z.ZodMiniEnum<{
    "not-applicable": "not-applicable";
    "dont-know": "dont-know";
}>;
export declare const ScaleValueSchema: z.ZodMiniInt;
export declare const ScaleLevelSchema: z.ZodMiniObject<{
    value: z.ZodMiniInt;
    label: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    descriptor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
export declare const RatingScaleSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    levels: z.ZodMiniArray<z.ZodMiniObject<{
        value: z.ZodMiniInt;
        label: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        descriptor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
    }, z.core.$strict>>;
    nonScored: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniEnum<{
        "not-applicable": "not-applicable";
        "dont-know": "dont-know";
    }>>>;
}, z.core.$strict>;
export declare const TagDefinitionSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        source: z.ZodMiniString<string>;
        locator: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const LevelDescriptionsSchema: z.ZodMiniObject<{
    school: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    district: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    coe: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    'geo-lead': z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    state: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
export declare const ConditionElementSchema: z.ZodMiniObject<{
    name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    descriptions: z.ZodMiniObject<{
        school: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        district: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        coe: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        'geo-lead': z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        state: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
    }, z.core.$strict>;
    lookFors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>>;
    id: z.ZodMiniString<string>;
    weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        source: z.ZodMiniString<string>;
        locator: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const ConditionSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    elements: z.ZodMiniArray<z.ZodMiniObject<{
        name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        descriptions: z.ZodMiniObject<{
            school: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>;
            district: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>;
            coe: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>;
            'geo-lead': z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>;
            state: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>;
        }, z.core.$strict>;
        lookFors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>>;
        id: z.ZodMiniString<string>;
        weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            source: z.ZodMiniString<string>;
            locator: z.ZodMiniString<string>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        source: z.ZodMiniString<string>;
        locator: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const CapacitySchema: z.ZodMiniObject<{
    statement: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    lookFors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>>;
    id: z.ZodMiniString<string>;
    weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        source: z.ZodMiniString<string>;
        locator: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const RoleSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    capacities: z.ZodMiniArray<z.ZodMiniObject<{
        statement: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        lookFors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>>;
        id: z.ZodMiniString<string>;
        weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            source: z.ZodMiniString<string>;
            locator: z.ZodMiniString<string>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        source: z.ZodMiniString<string>;
        locator: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const FrameworkLevelSchema: z.ZodMiniObject<{
    id: z.ZodMiniEnum<{
        school: "school";
        district: "district";
        coe: "coe";
        "geo-lead": "geo-lead";
        state: "state";
    }>;
    name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    conditionsFrom: z.ZodMiniOptional<z.ZodMiniEnum<{
        school: "school";
        district: "district";
        coe: "coe";
        "geo-lead": "geo-lead";
        state: "state";
    }>>;
    roles: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        capacities: z.ZodMiniArray<z.ZodMiniObject<{
            statement: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>;
            lookFors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>>;
            id: z.ZodMiniString<string>;
            weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
                source: z.ZodMiniString<string>;
                locator: z.ZodMiniString<string>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
        citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            source: z.ZodMiniString<string>;
            locator: z.ZodMiniString<string>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        source: z.ZodMiniString<string>;
        locator: z.ZodMiniString<string>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const DocumentSchemaVersionSchema: z.ZodMiniLiteral<1>;
export declare const FrameworkSchema: z.ZodMiniObject<{
    $schema: z.ZodMiniOptional<z.ZodMiniString<string>>;
    schemaVersion: z.ZodMiniLiteral<1>;
    id: z.ZodMiniString<string>;
    version: z.ZodMiniString<string>;
    versionDate: z.ZodMiniString<string>;
    title: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>>;
    rights: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sources: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        title: z.ZodMiniString<string>;
        authors: z.ZodMiniArray<z.ZodMiniString<string>>;
        publisher: z.ZodMiniOptional<z.ZodMiniString<string>>;
        year: z.ZodMiniOptional<z.ZodMiniInt>;
        url: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>>;
    scale: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        levels: z.ZodMiniArray<z.ZodMiniObject<{
            value: z.ZodMiniInt;
            label: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>;
            descriptor: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>;
        }, z.core.$strict>>;
        nonScored: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniEnum<{
            "not-applicable": "not-applicable";
            "dont-know": "dont-know";
        }>>>;
    }, z.core.$strict>;
    tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            source: z.ZodMiniString<string>;
            locator: z.ZodMiniString<string>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    levels: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniEnum<{
            school: "school";
            district: "district";
            coe: "coe";
            "geo-lead": "geo-lead";
            state: "state";
        }>;
        name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        conditionsFrom: z.ZodMiniOptional<z.ZodMiniEnum<{
            school: "school";
            district: "district";
            coe: "coe";
            "geo-lead": "geo-lead";
            state: "state";
        }>>;
        roles: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            id: z.ZodMiniString<string>;
            name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>;
            description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>;
            weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            capacities: z.ZodMiniArray<z.ZodMiniObject<{
                statement: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                    en: z.ZodMiniString<string>;
                    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>]>;
                lookFors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                    en: z.ZodMiniString<string>;
                    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>]>>>;
                id: z.ZodMiniString<string>;
                weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
                citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
                    source: z.ZodMiniString<string>;
                    locator: z.ZodMiniString<string>;
                }, z.core.$strict>>>;
            }, z.core.$strict>>;
            citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
                source: z.ZodMiniString<string>;
                locator: z.ZodMiniString<string>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>>;
        citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            source: z.ZodMiniString<string>;
            locator: z.ZodMiniString<string>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    conditions: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        description: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>>;
        weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        elements: z.ZodMiniArray<z.ZodMiniObject<{
            name: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>;
            descriptions: z.ZodMiniObject<{
                school: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                    en: z.ZodMiniString<string>;
                    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>]>>;
                district: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                    en: z.ZodMiniString<string>;
                    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>]>>;
                coe: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                    en: z.ZodMiniString<string>;
                    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>]>>;
                'geo-lead': z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                    en: z.ZodMiniString<string>;
                    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>]>>;
                state: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                    en: z.ZodMiniString<string>;
                    es: z.ZodMiniOptional<z.ZodMiniString<string>>;
                }, z.core.$strict>]>>;
            }, z.core.$strict>;
            lookFors: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                en: z.ZodMiniString<string>;
                es: z.ZodMiniOptional<z.ZodMiniString<string>>;
            }, z.core.$strict>]>>>;
            id: z.ZodMiniString<string>;
            weight: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
                source: z.ZodMiniString<string>;
                locator: z.ZodMiniString<string>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
        citations: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
            source: z.ZodMiniString<string>;
            locator: z.ZodMiniString<string>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const RatingSchema: z.ZodMiniObject<{
    value: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniEnum<{
        "not-applicable": "not-applicable";
        "dont-know": "dont-know";
    }>]>>;
    evidence: z.ZodMiniOptional<z.ZodMiniString<string>>;
    notes: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const SelfPerspectiveSchema: z.ZodMiniObject<{
    kind: z.ZodMiniLiteral<"self">;
}, z.core.$strict>;
export declare const PartnerPerspectiveSchema: z.ZodMiniObject<{
    kind: z.ZodMiniLiteral<"partner">;
    rater: z.ZodMiniObject<{
        name: z.ZodMiniString<string>;
        type: z.ZodMiniEnum<{
            school: "school";
            district: "district";
            coe: "coe";
            "state-agency": "state-agency";
            other: "other";
        }>;
        id: z.ZodMiniOptional<z.ZodMiniString<string>>;
        county: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>;
    relationship: z.ZodMiniOptional<z.ZodMiniEnum<{
        other: "other";
        "differentiated-assistance": "differentiated-assistance";
        "geo-lead-support": "geo-lead-support";
        "state-support": "state-support";
    }>>;
}, z.core.$strict>;
export declare const PerspectiveSchema: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
    kind: z.ZodMiniLiteral<"self">;
}, z.core.$strict>, z.ZodMiniObject<{
    kind: z.ZodMiniLiteral<"partner">;
    rater: z.ZodMiniObject<{
        name: z.ZodMiniString<string>;
        type: z.ZodMiniEnum<{
            school: "school";
            district: "district";
            coe: "coe";
            "state-agency": "state-agency";
            other: "other";
        }>;
        id: z.ZodMiniOptional<z.ZodMiniString<string>>;
        county: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>;
    relationship: z.ZodMiniOptional<z.ZodMiniEnum<{
        other: "other";
        "differentiated-assistance": "differentiated-assistance";
        "geo-lead-support": "geo-lead-support";
        "state-support": "state-support";
    }>>;
}, z.core.$strict>], "kind">;
export declare const RespondentSchema: z.ZodMiniObject<{
    role: z.ZodMiniOptional<z.ZodMiniString<string>>;
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const AssessmentStatusSchema: z.ZodMiniEnum<{
    draft: "draft";
    submitted: "submitted";
}>;
export declare const FrameworkRefSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    version: z.ZodMiniString<string>;
}, z.core.$strict>;
export declare const AssessmentSchema: z.ZodMiniObject<{
    $schema: z.ZodMiniOptional<z.ZodMiniString<string>>;
    schemaVersion: z.ZodMiniLiteral<1>;
    id: z.ZodMiniOptional<z.ZodMiniString<string>>;
    framework: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        version: z.ZodMiniString<string>;
    }, z.core.$strict>;
    level: z.ZodMiniEnum<{
        school: "school";
        district: "district";
        coe: "coe";
        "geo-lead": "geo-lead";
        state: "state";
    }>;
    subject: z.ZodMiniObject<{
        name: z.ZodMiniString<string>;
        type: z.ZodMiniEnum<{
            school: "school";
            district: "district";
            coe: "coe";
            "state-agency": "state-agency";
            other: "other";
        }>;
        id: z.ZodMiniOptional<z.ZodMiniString<string>>;
        county: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>;
    perspective: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
        kind: z.ZodMiniLiteral<"self">;
    }, z.core.$strict>, z.ZodMiniObject<{
        kind: z.ZodMiniLiteral<"partner">;
        rater: z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            type: z.ZodMiniEnum<{
                school: "school";
                district: "district";
                coe: "coe";
                "state-agency": "state-agency";
                other: "other";
            }>;
            id: z.ZodMiniOptional<z.ZodMiniString<string>>;
            county: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>;
        relationship: z.ZodMiniOptional<z.ZodMiniEnum<{
            other: "other";
            "differentiated-assistance": "differentiated-assistance";
            "geo-lead-support": "geo-lead-support";
            "state-support": "state-support";
        }>>;
    }, z.core.$strict>], "kind">;
    respondent: z.ZodMiniOptional<z.ZodMiniObject<{
        role: z.ZodMiniOptional<z.ZodMiniString<string>>;
        name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
    schoolYear: z.ZodMiniOptional<z.ZodMiniString<string>>;
    status: z.ZodMiniEnum<{
        draft: "draft";
        submitted: "submitted";
    }>;
    createdAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    submittedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    ratings: z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniObject<{
        value: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniNumber<number>, z.ZodMiniEnum<{
            "not-applicable": "not-applicable";
            "dont-know": "dont-know";
        }>]>>;
        evidence: z.ZodMiniOptional<z.ZodMiniString<string>>;
        notes: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
    targets: z.ZodMiniOptional<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniNumber<number>>>;
    notes: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
