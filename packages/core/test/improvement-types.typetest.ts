/**
 * Type-level proof that the improvement plan's zod schemas accept exactly the documented
 * TypeScript types. Checked by `tsc --noEmit` (npm run typecheck); a mismatch names the property.
 */
import { expectTypeOf } from 'expect-type';
import type * as z from 'zod/mini';
import type * as S from '../src/improvement/schemas.js';
import type * as T from '../src/improvement/types.js';

expectTypeOf<z.infer<typeof S.PlanOwnerSchema>>().toEqualTypeOf<T.PlanOwner>();
expectTypeOf<z.infer<typeof S.PlanAssessmentLinkSchema>>().toEqualTypeOf<T.PlanAssessmentLink>();
expectTypeOf<z.infer<typeof S.PlanGapLinkSchema>>().toEqualTypeOf<T.PlanGapLink>();
expectTypeOf<z.infer<typeof S.AimSchema>>().toEqualTypeOf<T.Aim>();
expectTypeOf<z.infer<typeof S.DataPointSchema>>().toEqualTypeOf<T.DataPoint>();
expectTypeOf<z.infer<typeof S.MeasureSchema>>().toEqualTypeOf<T.Measure>();
expectTypeOf<z.infer<typeof S.PdsaPlanSchema>>().toEqualTypeOf<T.PdsaPlan>();
expectTypeOf<z.infer<typeof S.PdsaDoSchema>>().toEqualTypeOf<T.PdsaDo>();
expectTypeOf<z.infer<typeof S.PdsaStudySchema>>().toEqualTypeOf<T.PdsaStudy>();
expectTypeOf<z.infer<typeof S.PdsaActSchema>>().toEqualTypeOf<T.PdsaAct>();
expectTypeOf<z.infer<typeof S.PdsaCycleSchema>>().toEqualTypeOf<T.PdsaCycle>();
expectTypeOf<z.infer<typeof S.ChangeIdeaSchema>>().toEqualTypeOf<T.ChangeIdea>();
expectTypeOf<z.infer<typeof S.ImprovementPlanSchema>>().toEqualTypeOf<T.ImprovementPlan>();
