/**
 * Type-level proof that the runtime zod schemas accept exactly the documented TypeScript types.
 * Checked by `tsc --noEmit` (npm run typecheck); a mismatch names the differing property.
 */
import { expectTypeOf } from 'expect-type';
import type * as z from 'zod/mini';
import type * as S from '../src/model/schemas.js';
import type * as T from '../src/model/types.js';
import type * as RS from '../src/results/schemas.js';
import type * as R from '../src/results/types.js';

expectTypeOf<z.infer<typeof S.LocalizedTextSchema>>().toEqualTypeOf<T.LocalizedText>();
expectTypeOf<z.infer<typeof S.OrganizationSchema>>().toEqualTypeOf<T.Organization>();
expectTypeOf<z.infer<typeof S.SourceSchema>>().toEqualTypeOf<T.Source>();
expectTypeOf<z.infer<typeof S.CitationSchema>>().toEqualTypeOf<T.Citation>();
expectTypeOf<z.infer<typeof S.ScaleLevelSchema>>().toEqualTypeOf<T.ScaleLevel>();
expectTypeOf<z.infer<typeof S.RatingScaleSchema>>().toEqualTypeOf<T.RatingScale>();
expectTypeOf<z.infer<typeof S.TagDefinitionSchema>>().toEqualTypeOf<T.TagDefinition>();
expectTypeOf<z.infer<typeof S.ConditionElementSchema>>().toEqualTypeOf<T.ConditionElement>();
expectTypeOf<z.infer<typeof S.ConditionSchema>>().toEqualTypeOf<T.Condition>();
expectTypeOf<z.infer<typeof S.CapacitySchema>>().toEqualTypeOf<T.Capacity>();
expectTypeOf<z.infer<typeof S.RoleSchema>>().toEqualTypeOf<T.Role>();
expectTypeOf<z.infer<typeof S.FrameworkLevelSchema>>().toEqualTypeOf<T.FrameworkLevel>();
expectTypeOf<z.infer<typeof S.FrameworkSchema>>().toEqualTypeOf<T.Framework>();
expectTypeOf<z.infer<typeof S.RatingSchema>>().toEqualTypeOf<T.Rating>();
expectTypeOf<z.infer<typeof S.PerspectiveSchema>>().toEqualTypeOf<T.Perspective>();
expectTypeOf<z.infer<typeof S.RespondentSchema>>().toEqualTypeOf<T.Respondent>();
expectTypeOf<z.infer<typeof S.AssessmentSchema>>().toEqualTypeOf<T.Assessment>();
expectTypeOf<z.infer<typeof RS.ScoreResultSchema>>().toEqualTypeOf<R.ScoreResult>();
expectTypeOf<z.infer<typeof RS.GapReportSchema>>().toEqualTypeOf<R.GapReport>();
expectTypeOf<z.infer<typeof RS.AggregateResultSchema>>().toEqualTypeOf<R.AggregateResult>();
expectTypeOf<z.infer<typeof RS.AggregateStateSchema>>().toEqualTypeOf<R.AggregateState>();
