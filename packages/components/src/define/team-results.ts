/**
 * Registers `<sos-team-results>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/team-results.js'`.
 */
import { SosTeamResults } from '../team-results/team-results.js';

if (!customElements.get('sos-team-results')) customElements.define('sos-team-results', SosTeamResults);

declare global {
  interface HTMLElementTagNameMap {
    'sos-team-results': SosTeamResults;
  }
}
