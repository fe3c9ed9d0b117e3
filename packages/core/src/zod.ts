/**
 * `@sos-kit/core/zod`: the zod/mini shape schemas of every document and every part of one —
 * `RatingSchema`, `OrganizationSchema`, `ItemScoreSchema` and the rest — for applications that
 * validate pieces of documents (a form field, one rating) or build their own schemas from them.
 * The main entry exports only the whole-document schemas.
 * @example
 * import { RatingSchema } from '@sos-kit/core/zod';
 * RatingSchema.safeParse({ value: 3 }).success; // true
 */
export * from './model/schemas.js';
export * from './results/schemas.js';
export * from './improvement/schemas.js';
