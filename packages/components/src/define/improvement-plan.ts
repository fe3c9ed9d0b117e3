/**
 * Registers `<sos-improvement-plan>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/improvement-plan.js'`.
 */
import { SosImprovementPlan } from '../improvement-plan/improvement-plan.js';
// The plan draws each measure with <sos-run-chart>.
import './run-chart.js';

if (!customElements.get('sos-improvement-plan')) customElements.define('sos-improvement-plan', SosImprovementPlan);

declare global {
  interface HTMLElementTagNameMap {
    'sos-improvement-plan': SosImprovementPlan;
  }
}
