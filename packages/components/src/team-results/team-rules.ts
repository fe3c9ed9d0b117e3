/**
 * The team rules moved to @sos-kit/core (packages/core/src/team/). This module only keeps the
 * old import path working for stories/docs/team-docs-data.ts; new code imports from
 * '@sos-kit/core'. The element itself no longer uses it.
 * @deprecated Import `TEAM_RULES`, `disagreementOf`, `teamItemPriority`, … from '@sos-kit/core'.
 */
export {
  compareWithPartner,
  disagreementOf,
  disagreementScore,
  isSmallGroup,
  /** @deprecated Renamed `ratingSpread` in core. */
  ratingSpread as spreadOf,
  /** @deprecated Renamed `teamItemPriority` in core. */
  teamItemPriority as itemPriority,
  TEAM_RULES,
  type Disagreement,
  type PartnerDifference,
} from '@sos-kit/core';
