/**
 * Registers `<sos-improvement-plan>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/improvement-plan.js'`.
 */
import { SosImprovementPlan } from '../improvement-plan/improvement-plan.js';
// The plan draws each measure with <sos-run-chart>, which it loads (define/run-chart.js) when a
// measure is first on screen or the browser is idle: a plan opens on its aims.

if (!customElements.get('sos-improvement-plan')) customElements.define('sos-improvement-plan', SosImprovementPlan);

declare global {
  interface HTMLElementTagNameMap {
    'sos-improvement-plan': SosImprovementPlan;
  }
}
