// Chart.js, tree-shaken to what a radar needs, drawing the same data at 600 × 600 (animation off).
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import { axes, measure, series } from '../radar-cold.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

await measure((stage) => {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 600;
  stage.append(canvas);
  new Chart(canvas, {
    type: 'radar',
    data: { labels: axes.map((a) => a.label as string), datasets: series.map((s) => ({ label: s.label, data: axes.map((a) => s.values[a.id] ?? null) })) },
    options: { animation: false, responsive: false, scales: { r: { min: 1, max: 5 } } },
  });
  return canvas;
});
