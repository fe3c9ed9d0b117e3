// The interface words of <sos-radar-chart> in Spanish (our own translation), including what
// screen readers hear. Loaded only by pages that speak Spanish (see loadRadarStrings).
import { list, type RadarStrings } from './radar-chart.strings.js';

export const RADAR_STRINGS_ES: RadarStrings = {
  radarSummary: (axes, series) => `Gráfico radial de ${axes} ejes que compara ${list(series, 'es')}. Las flechas recorren sus puntos; «Mostrar tabla de datos» da los mismos datos en una tabla.`,
  showTable: 'Mostrar tabla de datos',
  hideTable: 'Ocultar tabla de datos',
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  noData: 'Todavía no hay datos para graficar.',
  partFailed: 'No se pudo cargar esta parte del gráfico. Revise su conexión y vuelva a intentarlo.',
  chartKeys: 'Use las flechas para moverse entre los puntos.',
  pointLabel: (series, axis, value) => `${series}, ${axis}: ${value}`,
  readout: (series, axis, value) => `${series} — ${axis}: ${value}`,
  groupsNote: (groups) => `Los radios gruesos marcan dónde empieza cada grupo, en el sentido de las agujas del reloj desde arriba: ${list(groups, 'es')}.`,
  legend: 'Leyenda',
};
