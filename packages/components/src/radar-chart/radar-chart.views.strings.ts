// The words only the radar's bar view and data table say, in English and Spanish (our own
// translation). They load with those views (radar-chart.views.ts), which most visitors never open,
// so the chart's first download does not carry them; both languages together are a few lines.
import type { Lang } from '@sos-kit/core';
import { list } from './radar-chart.strings.js';

export interface RadarViewStrings {
  /** Description of the bar view (narrow screens), read before it. */
  barsSummary: (axes: number, series: string[]) => string;
  /** Column header of the data table's first column. */
  axis: string;
  /** A cell or bar without a value. */
  noValue: string;
  /** An axis name with its group, as the data table's row header shows it. */
  axisInGroup: (group: string, axis: string) => string;
  /** The scale's words for its values, under the data table's title: "Scale: 1 = …; 2 = …". */
  scaleLevels: (levels: { value: string; label: string }[]) => string;
}

const levels = (items: { value: string; label: string }[]) => items.map((level) => `${level.value} = ${level.label}`).join('; ');

export const RADAR_VIEW_STRINGS: Readonly<Record<Lang, RadarViewStrings>> = {
  en: {
    barsSummary: (axes, series) => `Bar chart of ${axes} axes comparing ${list(series, 'en')}. The same data is in the table that follows.`,
    axis: 'Axis',
    noValue: 'no value',
    axisInGroup: (group, axis) => `${group}: ${axis}`,
    scaleLevels: (items) => `Scale: ${levels(items)}.`,
  },
  es: {
    barsSummary: (axes, series) => `Gráfico de barras de ${axes} ejes que compara ${list(series, 'es')}. Los mismos datos están en la tabla que sigue.`,
    axis: 'Eje',
    noValue: 'sin valor',
    axisInGroup: (group, axis) => `${group}: ${axis}`,
    scaleLevels: (items) => `Escala: ${levels(items)}.`,
  },
};
