// The interface words of <sos-gap-table> in English and Spanish. Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself.
import type { Lang } from '@sos-kit/core';

export interface GapTableStrings {
  gapCaption: string;
  columns: { item: string; group: string; difference: string; priority: string };
  priority: (p: 'high' | 'medium' | 'low') => string;
  noComparison: string;
  filterGroup: string;
  allGroups: string;
  minimumGap: string;
  noRows: string;
  noReport: string;
  downloadCsv: string;
  rowsShown: (shown: number, total: number) => string;
  showMore: (count: number) => string;
  showAll: (count: number) => string;
  sortBy: (column: string) => string;
  respondents: (n: number) => string;
}

const en: GapTableStrings = {
  gapCaption: 'Gaps by item',
  columns: { item: 'Item', group: 'Condition or role', difference: 'Difference', priority: 'Priority' },
  priority: (p) => ({ high: 'High', medium: 'Medium', low: 'Low' })[p],
  noComparison: 'Not compared',
  filterGroup: 'Condition or role',
  allGroups: 'All',
  minimumGap: 'Minimum gap (scale points)',
  noRows: 'No gaps match these filters.',
  noReport: 'No comparison to show yet.',
  downloadCsv: 'Download CSV',
  rowsShown: (shown, total) => `Showing ${shown} of ${total} items`,
  showMore: (count) => `Show ${count} more`,
  showAll: (count) => `Show all ${count}`,
  sortBy: (column) => `Sort by ${column}`,
  respondents: (n) => `n = ${n}`,
};

const es: GapTableStrings = {
  gapCaption: 'Brechas por elemento',
  columns: { item: 'Elemento', group: 'Condición o función', difference: 'Diferencia', priority: 'Prioridad' },
  priority: (p) => ({ high: 'Alta', medium: 'Media', low: 'Baja' })[p],
  noComparison: 'Sin comparar',
  filterGroup: 'Condición o función',
  allGroups: 'Todas',
  minimumGap: 'Brecha mínima (puntos de la escala)',
  noRows: 'Ninguna brecha coincide con estos filtros.',
  noReport: 'Todavía no hay una comparación para mostrar.',
  downloadCsv: 'Descargar CSV',
  rowsShown: (shown, total) => `Se muestran ${shown} de ${total} elementos`,
  showMore: (count) => `Mostrar ${count} más`,
  showAll: (count) => `Mostrar los ${count}`,
  sortBy: (column) => `Ordenar por ${column}`,
  respondents: (n) => `n = ${n}`,
};

export const GAP_TABLE_STRINGS: Record<Lang, GapTableStrings> = { en, es };
