/**
 * The drop-in bundle's entry (`dist/drop-in/sos-kit.js`): registers every element. The rubric and
 * the widget come in this file; the radar chart, the gap table, the team results and the
 * improvement plan, which only show what comes after the answers, come in their own files loaded
 * straight after — at once when the page itself uses them, otherwise when the browser is next
 * idle — so a page can take its first answer sooner. Elements rendered
 * before their definition arrives upgrade in place, keeping the properties already set on them.
 */
import './define/rubric.js';
import { SosSelfAssessment } from './self-assessment/self-assessment.js';

if (!customElements.get('sos-self-assessment')) customElements.define('sos-self-assessment', SosSelfAssessment);

const results = () => Promise.all([import('./define/radar-chart.js'), import('./define/gap-table.js'), import('./define/team-results.js'), import('./define/improvement-plan.js')]);
if (document.querySelector('sos-radar-chart, sos-gap-table, sos-team-results, sos-improvement-plan, sos-run-chart')) void results();
else {
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void results(), { timeout: 2000 }) : setTimeout(() => void results(), 200));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

declare global {
  interface HTMLElementTagNameMap {
    'sos-self-assessment': SosSelfAssessment;
  }
}
