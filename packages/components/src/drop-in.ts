/**
 * The drop-in bundle's entry (`dist/drop-in/sos-kit.js`): registers every element. The rubric and
 * the widget's frame and rating step come in this file (the widget fetches its later steps, and
 * the rubric the code that reads a stored draft back, when they are needed); the radar chart, the gap table, the team and system views and the
 * improvement plan (with its run chart), which only show results or plans, come
 * in their own files loaded straight after — at once when the page itself uses them, otherwise
 * when the browser is next idle — so a page can take its first answer sooner. Elements rendered
 * before their definition arrives upgrade in place, keeping the properties already set on them.
 */
import './define/rubric.js';
import { SosSelfAssessment } from './self-assessment/self-assessment.js';

if (!customElements.get('sos-self-assessment')) customElements.define('sos-self-assessment', SosSelfAssessment);

// Everything that shows results or plans: team and system views, run charts and plans too.
const results = () =>
  Promise.all([
    import('./define/radar-chart.js'),
    import('./define/gap-table.js'),
    import('./define/team-results.js'),
    import('./define/system-view.js'),
    import('./define/run-chart.js'),
    import('./define/improvement-plan.js'),
  ]);
if (document.querySelector('sos-radar-chart, sos-gap-table, sos-team-results, sos-system-view, sos-run-chart, sos-improvement-plan')) void results();
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
