/**
 * Registers `<sos-self-assessment>` and the elements it is made of (rubric, radar chart, gap
 * table, team results, improvement plan), once: `import '@sos-kit/components/define/self-assessment.js'`.
 */
import './rubric.js';
import './radar-chart.js';
import './gap-table.js';
import './team-results.js';
import './improvement-plan.js';
import { SosSelfAssessment } from '../self-assessment/self-assessment.js';

if (!customElements.get('sos-self-assessment')) customElements.define('sos-self-assessment', SosSelfAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'sos-self-assessment': SosSelfAssessment;
  }
}
