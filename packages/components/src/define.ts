/**
 * Registers every sos-kit element. Import this once (or load the drop-in bundle); element
 * classes themselves never register, so they can be subclassed or registered under other names.
 */
import { SosGapTable } from './gap-table/gap-table.js';
import { SosRadarChart } from './radar-chart/radar-chart.js';
import { SosRubric } from './rubric/rubric.js';
import { SosSelfAssessment } from './self-assessment/self-assessment.js';
import { SosSystemView } from './system-view/system-view.js';

const elements = { 'sos-rubric': SosRubric, 'sos-gap-table': SosGapTable, 'sos-radar-chart': SosRadarChart, 'sos-self-assessment': SosSelfAssessment, 'sos-system-view': SosSystemView } as const;

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'sos-rubric': SosRubric;
    'sos-gap-table': SosGapTable;
    'sos-radar-chart': SosRadarChart;
    'sos-self-assessment': SosSelfAssessment;
  }
}
