// The interface words of <sos-radar-chart> in English and Spanish. Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself.
import type { Lang } from '@sos-kit/core';

export interface RadarStrings {
  radarSummary: (axes: number, series: string[]) => string;
  showTable: string;
  hideTable: string;
  downloadSvg: string;
  downloadPng: string;
  axis: string;
  noData: string;
  noValue: string;
  chartKeys: string;
}

const en: RadarStrings = {
  radarSummary: (axes, series) => `Radar chart of ${axes} axes comparing ${series.join(', ')}. The same data is in the table that follows.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  axis: 'Axis',
  noData: 'No data to chart yet.',
  noValue: 'no value',
  chartKeys: 'Use the arrow keys to move between points.',
};

const es: RadarStrings = {
  radarSummary: (axes, series) => `Gráfico radial de ${axes} ejes que compara ${series.join(', ')}. Los mismos datos están en la tabla que sigue.`,
  showTable: 'Mostrar tabla de datos',
  hideTable: 'Ocultar tabla de datos',
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  axis: 'Eje',
  noData: 'Todavía no hay datos para graficar.',
  noValue: 'sin valor',
  chartKeys: 'Use las flechas para moverse entre los puntos.',
};

export const RADAR_STRINGS: Record<Lang, RadarStrings> = { en, es };
