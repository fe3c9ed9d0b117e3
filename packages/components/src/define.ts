/**
 * Registers every sos-kit element. Import this once (or load the drop-in bundle), or import only
 * what a page uses from `@sos-kit/components/define/<element>.js`. Element classes themselves never
 * register, so they can be subclassed or registered under other names.
 */
import './define/rubric.js';
import './define/radar-chart.js';
import './define/gap-table.js';
import './define/self-assessment.js';
import './define/run-chart.js';
import './define/improvement-plan.js';
import './define/team-results.js';
import './define/system-view.js';
