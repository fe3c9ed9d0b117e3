/**
 * Registers `<sos-rubric>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/rubric.js'`.
 */
import { SosRubric } from '../rubric/rubric.js';

if (!customElements.get('sos-rubric')) customElements.define('sos-rubric', SosRubric);

declare global {
  interface HTMLElementTagNameMap {
    'sos-rubric': SosRubric;
  }
}
