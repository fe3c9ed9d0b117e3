/**
 * Registers `<sos-self-assessment>` and the elements it is made of (rubric, radar chart, gap
 * table), once: `import '@sos-kit/components/define/self-assessment.js'`.
 */
import './rubric.js';
import './radar-chart.js';
import './gap-table.js';
import { SosSelfAssessment } from '../self-assessment/self-assessment.js';

if (!customElements.get('sos-self-assessment')) customElements.define('sos-self-assessment', SosSelfAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'sos-self-assessment': SosSelfAssessment;
  }
}
