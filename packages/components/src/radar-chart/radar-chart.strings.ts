// The interface words of <sos-radar-chart> in English and Spanish. Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself; everything the chart itself says is here, including
// what screen readers hear.
import type { Lang } from '@sos-kit/core';

export interface RadarStrings {
  radarSummary: (axes: number, series: string[]) => string;
  barsSummary: (axes: number, series: string[]) => string;
  showTable: string;
  hideTable: string;
  downloadSvg: string;
  downloadPng: string;
  /** Column header of the data table's first column. */
  axis: string;
  noData: string;
  noValue: string;
  chartKeys: string;
  /** A point's accessible name. */
  pointLabel: (series: string, axis: string, value: string) => string;
  /** The line under the chart that shows the focused or hovered point. */
  readout: (series: string, axis: string, value: string) => string;
  /** An axis name with its group, as the data table's row header shows it. */
  axisInGroup: (group: string, axis: string) => string;
  /** Explains the thicker spokes: where each group of axes begins. */
  groupsNote: (groups: string[]) => string;
  /** Name of the legend list. */
  legend: string;
}

const list = (items: string[], lang: Lang) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);

const en: RadarStrings = {
  radarSummary: (axes, series) => `Radar chart of ${axes} axes comparing ${list(series, 'en')}. The same data is in the table that follows.`,
  barsSummary: (axes, series) => `Bar chart of ${axes} axes comparing ${list(series, 'en')}. The same data is in the table that follows.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  axis: 'Axis',
  noData: 'No data to chart yet.',
  noValue: 'no value',
  chartKeys: 'Use the arrow keys to move between points.',
  pointLabel: (series, axis, value) => `${series}, ${axis}: ${value}`,
  readout: (series, axis, value) => `${series} — ${axis}: ${value}`,
  axisInGroup: (group, axis) => `${group}: ${axis}`,
  groupsNote: (groups) => `Thick spokes mark where each group begins, clockwise from the top: ${list(groups, 'en')}.`,
  legend: 'Legend',
};

const es: RadarStrings = {
  radarSummary: (axes, series) => `Gráfico radial de ${axes} ejes que compara ${list(series, 'es')}. Los mismos datos están en la tabla que sigue.`,
  barsSummary: (axes, series) => `Gráfico de barras de ${axes} ejes que compara ${list(series, 'es')}. Los mismos datos están en la tabla que sigue.`,
  showTable: 'Mostrar tabla de datos',
  hideTable: 'Ocultar tabla de datos',
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  axis: 'Eje',
  noData: 'Todavía no hay datos para graficar.',
  noValue: 'sin valor',
  chartKeys: 'Use las flechas para moverse entre los puntos.',
  pointLabel: (series, axis, value) => `${series}, ${axis}: ${value}`,
  readout: (series, axis, value) => `${series} — ${axis}: ${value}`,
  axisInGroup: (group, axis) => `${group}: ${axis}`,
  groupsNote: (groups) => `Los radios gruesos marcan dónde empieza cada grupo, en el sentido de las agujas del reloj desde arriba: ${list(groups, 'es')}.`,
  legend: 'Leyenda',
};

export const RADAR_STRINGS: Record<Lang, RadarStrings> = { en, es };
