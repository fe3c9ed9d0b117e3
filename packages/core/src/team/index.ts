/** Team rules: disagreement, small groups, the default target, priority and partner comparison. */
export {
  compareWithPartner,
  defaultTarget,
  disagreementOf,
  disagreementScore,
  isSmallGroup,
  ratingSpread,
  spreadTrimmed,
  teamItemPriority,
  TEAM_RULES,
  type Disagreement,
  type PartnerComparisonOptions,
  type PartnerDifference,
  type SpreadInput,
  type TeamItemPriority,
} from './rules.js';
