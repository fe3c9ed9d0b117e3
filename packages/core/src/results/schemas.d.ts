/**
 * Runtime shape schemas for the result documents in `types.ts`, held equal to the TypeScript
 * types by a type-level test and to the published JSON Schemas by the conformance suite.
 */
import * as z from 'zod/mini';
export declare const SectionIdSchema: z.ZodMiniEnum<{
    capacities: "capacities";
    conditions: "conditions";
}>;
export declare const ScoringMethodSchema: z.ZodMiniObject<{
    method: z.ZodMiniLiteral<"weighted-mean">;
    minScoredShare: z.ZodMiniNumber<number>;
    weighted: z.ZodMiniBoolean<boolean>;
    precision: z.ZodMiniInt;
}, z.core.$strict>;
export declare const CompletionSchema: z.ZodMiniObject<{
    items: z.ZodMiniInt;
    scored: z.ZodMiniInt;
    notApplicable: z.ZodMiniInt;
    dontKnow: z.ZodMiniInt;
    unanswered: z.ZodMiniInt;
    percentAnswered: z.ZodMiniNumber<number>;
}, z.core.$strict>;
export declare const ScoreFiguresSchema: z.ZodMiniObject<{
    score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const ItemScoreSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    kind: z.ZodMiniEnum<{
        element: "element";
        capacity: "capacity";
    }>;
    groupId: z.ZodMiniString<string>;
    section: z.ZodMiniEnum<{
        capacities: "capacities";
        conditions: "conditions";
    }>;
    answer: z.ZodMiniOptional<z.ZodMiniEnum<{
        "not-applicable": "not-applicable";
        "dont-know": "dont-know";
    }>>;
    target: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const GroupScoreSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    kind: z.ZodMiniEnum<{
        role: "role";
        condition: "condition";
    }>;
    section: z.ZodMiniEnum<{
        capacities: "capacities";
        conditions: "conditions";
    }>;
    completion: z.ZodMiniObject<{
        items: z.ZodMiniInt;
        scored: z.ZodMiniInt;
        notApplicable: z.ZodMiniInt;
        dontKnow: z.ZodMiniInt;
        unanswered: z.ZodMiniInt;
        percentAnswered: z.ZodMiniNumber<number>;
    }, z.core.$strict>;
    score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const SectionScoreSchema: z.ZodMiniObject<{
    id: z.ZodMiniEnum<{
        capacities: "capacities";
        conditions: "conditions";
    }>;
    completion: z.ZodMiniObject<{
        items: z.ZodMiniInt;
        scored: z.ZodMiniInt;
        notApplicable: z.ZodMiniInt;
        dontKnow: z.ZodMiniInt;
        unanswered: z.ZodMiniInt;
        percentAnswered: z.ZodMiniNumber<number>;
    }, z.core.$strict>;
    score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const OverallScoreSchema: z.ZodMiniObject<{
    completion: z.ZodMiniObject<{
        items: z.ZodMiniInt;
        scored: z.ZodMiniInt;
        notApplicable: z.ZodMiniInt;
        dontKnow: z.ZodMiniInt;
        unanswered: z.ZodMiniInt;
        percentAnswered: z.ZodMiniNumber<number>;
    }, z.core.$strict>;
    score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const AssessmentSummarySchema: z.ZodMiniObject<{
    id: z.ZodMiniOptional<z.ZodMiniString<string>>;
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
    schoolYear: z.ZodMiniOptional<z.ZodMiniString<string>>;
    status: z.ZodMiniEnum<{
        draft: "draft";
        submitted: "submitted";
    }>;
    updatedAt: z.ZodMiniString<string>;
}, z.core.$strict>;
export declare const ScaleRangeSchema: z.ZodMiniObject<{
    min: z.ZodMiniNumber<number>;
    max: z.ZodMiniNumber<number>;
}, z.core.$strict>;
export declare const ScoreResultSchema: z.ZodMiniObject<{
    schemaVersion: z.ZodMiniLiteral<1>;
    kind: z.ZodMiniLiteral<"score">;
    framework: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        version: z.ZodMiniString<string>;
    }, z.core.$strict>;
    assessment: z.ZodMiniObject<{
        id: z.ZodMiniOptional<z.ZodMiniString<string>>;
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
        schoolYear: z.ZodMiniOptional<z.ZodMiniString<string>>;
        status: z.ZodMiniEnum<{
            draft: "draft";
            submitted: "submitted";
        }>;
        updatedAt: z.ZodMiniString<string>;
    }, z.core.$strict>;
    scale: z.ZodMiniObject<{
        min: z.ZodMiniNumber<number>;
        max: z.ZodMiniNumber<number>;
    }, z.core.$strict>;
    method: z.ZodMiniObject<{
        method: z.ZodMiniLiteral<"weighted-mean">;
        minScoredShare: z.ZodMiniNumber<number>;
        weighted: z.ZodMiniBoolean<boolean>;
        precision: z.ZodMiniInt;
    }, z.core.$strict>;
    overall: z.ZodMiniObject<{
        completion: z.ZodMiniObject<{
            items: z.ZodMiniInt;
            scored: z.ZodMiniInt;
            notApplicable: z.ZodMiniInt;
            dontKnow: z.ZodMiniInt;
            unanswered: z.ZodMiniInt;
            percentAnswered: z.ZodMiniNumber<number>;
        }, z.core.$strict>;
        score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>;
    sections: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniEnum<{
            capacities: "capacities";
            conditions: "conditions";
        }>;
        completion: z.ZodMiniObject<{
            items: z.ZodMiniInt;
            scored: z.ZodMiniInt;
            notApplicable: z.ZodMiniInt;
            dontKnow: z.ZodMiniInt;
            unanswered: z.ZodMiniInt;
            percentAnswered: z.ZodMiniNumber<number>;
        }, z.core.$strict>;
        score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
    groups: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        kind: z.ZodMiniEnum<{
            role: "role";
            condition: "condition";
        }>;
        section: z.ZodMiniEnum<{
            capacities: "capacities";
            conditions: "conditions";
        }>;
        completion: z.ZodMiniObject<{
            items: z.ZodMiniInt;
            scored: z.ZodMiniInt;
            notApplicable: z.ZodMiniInt;
            dontKnow: z.ZodMiniInt;
            unanswered: z.ZodMiniInt;
            percentAnswered: z.ZodMiniNumber<number>;
        }, z.core.$strict>;
        score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
    items: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        kind: z.ZodMiniEnum<{
            element: "element";
            capacity: "capacity";
        }>;
        groupId: z.ZodMiniString<string>;
        section: z.ZodMiniEnum<{
            capacities: "capacities";
            conditions: "conditions";
        }>;
        answer: z.ZodMiniOptional<z.ZodMiniEnum<{
            "not-applicable": "not-applicable";
            "dont-know": "dont-know";
        }>>;
        target: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        score: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        normalized: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const GapComparisonSchema: z.ZodMiniEnum<{
    "current-vs-target": "current-vs-target";
    "self-vs-partner": "self-vs-partner";
    "baseline-vs-follow-up": "baseline-vs-follow-up";
    "across-levels": "across-levels";
}>;
export declare const GapPrioritySchema: z.ZodMiniEnum<{
    high: "high";
    medium: "medium";
    low: "low";
}>;
export declare const GapSideInfoSchema: z.ZodMiniObject<{
    label: z.ZodMiniString<string>;
    respondents: z.ZodMiniInt;
    level: z.ZodMiniOptional<z.ZodMiniEnum<{
        school: "school";
        district: "district";
        coe: "coe";
        "geo-lead": "geo-lead";
        state: "state";
    }>>;
}, z.core.$strict>;
export declare const GapValueSchema: z.ZodMiniObject<{
    value: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    n: z.ZodMiniInt;
}, z.core.$strict>;
export declare const GapRowSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    rowKind: z.ZodMiniEnum<{
        role: "role";
        element: "element";
        capacity: "capacity";
        condition: "condition";
    }>;
    label: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
        en: z.ZodMiniString<string>;
        es: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    groupId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    section: z.ZodMiniEnum<{
        capacities: "capacities";
        conditions: "conditions";
    }>;
    a: z.ZodMiniObject<{
        value: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        n: z.ZodMiniInt;
    }, z.core.$strict>;
    b: z.ZodMiniObject<{
        value: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        n: z.ZodMiniInt;
    }, z.core.$strict>;
    difference: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    size: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    direction: z.ZodMiniOptional<z.ZodMiniEnum<{
        "a-higher": "a-higher";
        "b-higher": "b-higher";
        equal: "equal";
    }>>;
    priorityScore: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    priority: z.ZodMiniOptional<z.ZodMiniEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
    reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export declare const GapPriorityRuleSchema: z.ZodMiniObject<{
    current: z.ZodMiniEnum<{
        a: "a";
        b: "b";
        lower: "lower";
    }>;
    counts: z.ZodMiniEnum<{
        "b-above-a": "b-above-a";
        "a-above-b": "a-above-b";
        "either-direction": "either-direction";
    }>;
    high: z.ZodMiniNumber<number>;
    medium: z.ZodMiniNumber<number>;
}, z.core.$strict>;
export declare const GapReportSchema: z.ZodMiniObject<{
    schemaVersion: z.ZodMiniLiteral<1>;
    kind: z.ZodMiniLiteral<"gaps">;
    comparison: z.ZodMiniEnum<{
        "current-vs-target": "current-vs-target";
        "self-vs-partner": "self-vs-partner";
        "baseline-vs-follow-up": "baseline-vs-follow-up";
        "across-levels": "across-levels";
    }>;
    framework: z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        version: z.ZodMiniString<string>;
    }, z.core.$strict>;
    scale: z.ZodMiniObject<{
        min: z.ZodMiniNumber<number>;
        max: z.ZodMiniNumber<number>;
    }, z.core.$strict>;
    a: z.ZodMiniObject<{
        label: z.ZodMiniString<string>;
        respondents: z.ZodMiniInt;
        level: z.ZodMiniOptional<z.ZodMiniEnum<{
            school: "school";
            district: "district";
            coe: "coe";
            "geo-lead": "geo-lead";
            state: "state";
        }>>;
    }, z.core.$strict>;
    b: z.ZodMiniObject<{
        label: z.ZodMiniString<string>;
        respondents: z.ZodMiniInt;
        level: z.ZodMiniOptional<z.ZodMiniEnum<{
            school: "school";
            district: "district";
            coe: "coe";
            "geo-lead": "geo-lead";
            state: "state";
        }>>;
    }, z.core.$strict>;
    rule: z.ZodMiniObject<{
        current: z.ZodMiniEnum<{
            a: "a";
            b: "b";
            lower: "lower";
        }>;
        counts: z.ZodMiniEnum<{
            "b-above-a": "b-above-a";
            "a-above-b": "a-above-b";
            "either-direction": "either-direction";
        }>;
        high: z.ZodMiniNumber<number>;
        medium: z.ZodMiniNumber<number>;
    }, z.core.$strict>;
    items: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        rowKind: z.ZodMiniEnum<{
            role: "role";
            element: "element";
            capacity: "capacity";
            condition: "condition";
        }>;
        label: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        groupId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        section: z.ZodMiniEnum<{
            capacities: "capacities";
            conditions: "conditions";
        }>;
        a: z.ZodMiniObject<{
            value: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            n: z.ZodMiniInt;
        }, z.core.$strict>;
        b: z.ZodMiniObject<{
            value: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            n: z.ZodMiniInt;
        }, z.core.$strict>;
        difference: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        size: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        direction: z.ZodMiniOptional<z.ZodMiniEnum<{
            "a-higher": "a-higher";
            "b-higher": "b-higher";
            equal: "equal";
        }>>;
        priorityScore: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        priority: z.ZodMiniOptional<z.ZodMiniEnum<{
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
    groups: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        rowKind: z.ZodMiniEnum<{
            role: "role";
            element: "element";
            capacity: "capacity";
            condition: "condition";
        }>;
        label: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            en: z.ZodMiniString<string>;
            es: z.ZodMiniOptional<z.ZodMiniString<string>>;
        }, z.core.$strict>]>;
        groupId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        section: z.ZodMiniEnum<{
            capacities: "capacities";
            conditions: "conditions";
        }>;
        a: z.ZodMiniObject<{
            value: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            n: z.ZodMiniInt;
        }, z.core.$strict>;
        b: z.ZodMiniObject<{
            value: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            n: z.ZodMiniInt;
        }, z.core.$strict>;
        difference: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        size: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        direction: z.ZodMiniOptional<z.ZodMiniEnum<{
            "a-higher": "a-higher";
            "b-higher": "b-higher";
            equal: "equal";
        }>>;
        priorityScore: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        priority: z.ZodMiniOptional<z.ZodMiniEnum<{
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const DistributionStatsSchema: z.ZodMiniObject<{
    n: z.ZodMiniInt;
    mean: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    median: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    sd: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    agreement: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
}, z.core.$strict>;
export declare const ItemAggregateSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    groupId: z.ZodMiniString<string>;
    section: z.ZodMiniEnum<{
        capacities: "capacities";
        conditions: "conditions";
    }>;
    counts: z.ZodMiniArray<z.ZodMiniNumber<number>>;
    notApplicable: z.ZodMiniInt;
    dontKnow: z.ZodMiniInt;
    unanswered: z.ZodMiniInt;
    n: z.ZodMiniInt;
    mean: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    median: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    sd: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    agreement: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
}, z.core.$strict>;
export declare const GroupAggregateSchema: z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    kind: z.ZodMiniEnum<{
        role: "role";
        condition: "condition";
    }>;
    section: z.ZodMiniEnum<{
        capacities: "capacities";
        conditions: "conditions";
    }>;
    insufficient: z.ZodMiniInt;
    n: z.ZodMiniInt;
    mean: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    median: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    sd: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    agreement: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
}, z.core.$strict>;
export declare const OverallAggregateSchema: z.ZodMiniObject<{
    insufficient: z.ZodMiniInt;
    n: z.ZodMiniInt;
    mean: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    median: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    sd: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    agreement: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
}, z.core.$strict>;
export declare const AggregateResultSchema: z.ZodMiniObject<{
    schemaVersion: z.ZodMiniLiteral<1>;
    kind: z.ZodMiniLiteral<"aggregate">;
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
    key: z.ZodMiniOptional<z.ZodMiniString<string>>;
    respondents: z.ZodMiniInt;
    scale: z.ZodMiniObject<{
        min: z.ZodMiniNumber<number>;
        max: z.ZodMiniNumber<number>;
    }, z.core.$strict>;
    method: z.ZodMiniObject<{
        method: z.ZodMiniLiteral<"weighted-mean">;
        minScoredShare: z.ZodMiniNumber<number>;
        weighted: z.ZodMiniBoolean<boolean>;
        precision: z.ZodMiniInt;
    }, z.core.$strict>;
    groupScoreResolution: z.ZodMiniNumber<number>;
    items: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        groupId: z.ZodMiniString<string>;
        section: z.ZodMiniEnum<{
            capacities: "capacities";
            conditions: "conditions";
        }>;
        counts: z.ZodMiniArray<z.ZodMiniNumber<number>>;
        notApplicable: z.ZodMiniInt;
        dontKnow: z.ZodMiniInt;
        unanswered: z.ZodMiniInt;
        n: z.ZodMiniInt;
        mean: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        median: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        sd: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        agreement: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    }, z.core.$strict>>;
    groups: z.ZodMiniArray<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        kind: z.ZodMiniEnum<{
            role: "role";
            condition: "condition";
        }>;
        section: z.ZodMiniEnum<{
            capacities: "capacities";
            conditions: "conditions";
        }>;
        insufficient: z.ZodMiniInt;
        n: z.ZodMiniInt;
        mean: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        median: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        sd: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        agreement: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    }, z.core.$strict>>;
    overall: z.ZodMiniObject<{
        insufficient: z.ZodMiniInt;
        n: z.ZodMiniInt;
        mean: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        median: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        sd: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        agreement: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    }, z.core.$strict>;
}, z.core.$strict>;
