import '../../../packages/components/src/define/radar-chart.js';
import { axes, measure, scale, series } from '../radar-cold.js';

await measure(async (stage) => {
  const el = document.createElement('sos-radar-chart');
  Object.assign(el, { axes, series, scale, heading: 'Bench' });
  stage.append(el);
  await el.updateComplete;
  return el;
});
