// The interface words of <sos-gap-table> in English and Spanish. Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself; everything the table itself says is here, including
// what screen readers hear.
import type { Lang } from '@sos-kit/core';

export interface GapTableStrings {
  gapCaption: string;
  columns: { item: string; group: string; difference: string; priority: string };
  priority: (p: 'high' | 'medium' | 'low') => string;
  /** Priority of a row whose sides do not differ in the direction that counts. */
  noGap: string;
  noComparison: string;
  filterGroup: string;
  allGroups: string;
  minimumGap: string;
  noRows: string;
  noReport: string;
  downloadCsv: string;
  /** The download button while a filter is on: the file has only the rows shown. */
  downloadFilteredCsv: (shown: number, total: number) => string;
  rowsShown: (shown: number, total: number) => string;
  showMore: (count: number) => string;
  showAll: (count: number) => string;
  sortBy: (column: string) => string;
  /** The sort menu of the narrow (card) layout. */
  sortLabel: string;
  sortOption: (column: string, direction: 'ascending' | 'descending', kind: 'text' | 'number') => string;
  respondents: (n: number) => string;
  /** How to use the item names when they are buttons. */
  rowActionHint: string;
}

const en: GapTableStrings = {
  gapCaption: 'Gaps by item',
  columns: { item: 'Item', group: 'Condition or role', difference: 'Difference', priority: 'Priority' },
  priority: (p) => ({ high: 'High', medium: 'Medium', low: 'Low' })[p],
  noGap: 'None',
  noComparison: 'Not compared',
  filterGroup: 'Condition or role',
  allGroups: 'All',
  minimumGap: 'Minimum gap (scale points)',
  noRows: 'No gaps match these filters.',
  noReport: 'No comparison to show yet.',
  downloadCsv: 'Download CSV',
  downloadFilteredCsv: (shown, total) => `Download CSV (filtered: ${shown} of ${total} items)`,
  rowsShown: (shown, total) => `Showing ${shown} of ${total} items`,
  showMore: (count) => `Show ${count} more`,
  showAll: (count) => `Show all ${count}`,
  sortBy: (column) => `Sort by ${column}`,
  sortLabel: 'Sort by',
  sortOption: (column, direction, kind) => `${column}, ${kind === 'text' ? (direction === 'ascending' ? 'A to Z' : 'Z to A') : direction === 'ascending' ? 'lowest first' : 'highest first'}`,
  respondents: (n) => `n = ${n}`,
  rowActionHint: 'Select an item to go to it. Up and down arrow keys move between items.',
};

const es: GapTableStrings = {
  gapCaption: 'Brechas por elemento',
  columns: { item: 'Elemento', group: 'Condición o función', difference: 'Diferencia', priority: 'Prioridad' },
  priority: (p) => ({ high: 'Alta', medium: 'Media', low: 'Baja' })[p],
  noGap: 'Ninguna',
  noComparison: 'Sin comparar',
  filterGroup: 'Condición o función',
  allGroups: 'Todas',
  minimumGap: 'Brecha mínima (puntos de la escala)',
  noRows: 'Ninguna brecha coincide con estos filtros.',
  noReport: 'Todavía no hay una comparación para mostrar.',
  downloadCsv: 'Descargar CSV',
  downloadFilteredCsv: (shown, total) => `Descargar CSV (filtrado: ${shown} de ${total} elementos)`,
  rowsShown: (shown, total) => `Se muestran ${shown} de ${total} elementos`,
  showMore: (count) => `Mostrar ${count} más`,
  showAll: (count) => `Mostrar los ${count}`,
  sortBy: (column) => `Ordenar por ${column}`,
  sortLabel: 'Ordenar por',
  sortOption: (column, direction, kind) => `${column}, ${kind === 'text' ? (direction === 'ascending' ? 'de la A a la Z' : 'de la Z a la A') : direction === 'ascending' ? 'de menor a mayor' : 'de mayor a menor'}`,
  respondents: (n) => `n = ${n}`,
  rowActionHint: 'Seleccione un elemento para ir a él. Las flechas arriba y abajo pasan de un elemento a otro.',
};

export const GAP_TABLE_STRINGS: Record<Lang, GapTableStrings> = { en, es };
