/**
 * Registers every sos-kit element. Import this once (or load the drop-in bundle); element
 * classes themselves never register, so they can be subclassed or registered under other names.
 */
import { SosGapTable } from './gap-table/gap-table.js';
import { SosImprovementPlan } from './improvement-plan/improvement-plan.js';
import { SosRadarChart } from './radar-chart/radar-chart.js';
import { SosRubric } from './rubric/rubric.js';
import { SosRunChart } from './run-chart/run-chart.js';
import { SosSelfAssessment } from './self-assessment/self-assessment.js';

const elements = { 'sos-rubric': SosRubric, 'sos-gap-table': SosGapTable, 'sos-radar-chart': SosRadarChart, 'sos-self-assessment': SosSelfAssessment, 'sos-run-chart': SosRunChart, 'sos-improvement-plan': SosImprovementPlan } as const;

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'sos-rubric': SosRubric;
    'sos-gap-table': SosGapTable;
    'sos-radar-chart': SosRadarChart;
    'sos-self-assessment': SosSelfAssessment;
    'sos-run-chart': SosRunChart;
    'sos-improvement-plan': SosImprovementPlan;
  }
}
