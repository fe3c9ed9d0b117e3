/** `@sos-kit/components/team-results.js`: the team results view (one organisation, many raters). Register it with `@sos-kit/components/define/team-results.js`. */
export { SosTeamResults, type TeamInput, type TeamSort } from './team-results/team-results.js';
