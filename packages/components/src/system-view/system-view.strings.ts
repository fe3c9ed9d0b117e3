// The interface words of <sos-system-view> in English and Spanish. Framework text (condition,
// element, role and capacity names) comes from the framework itself.
import type { Lang } from '@sos-kit/core';

export type TrendDirection = 'up' | 'down' | 'same';

export interface SystemViewStrings {
  caption: (year: string | undefined, previous: string | undefined) => string;
  organization: string;
  noData: string;
  noRows: string;
  loading: string;
  loadFailed: (what: string) => string;
  statistic: string;
  statistics: { median: string; mean: string };
  schoolYear: string;
  filter: string;
  columns: string;
  allColumns: string;
  parts: string;
  conditionsOnly: string;
  rolesOnly: string;
  expand: (group: string) => string;
  sortBy: (column: string) => string;
  downloadCsv: string;
  suppressed: string;
  suppressedLong: (minimum: number) => string;
  noScore: string;
  n: (n: number) => string;
  trend: Record<TrendDirection, string>;
  trendSince: (year: string) => string;
  trendNote: (year: string) => string;
  backToGrid: string;
  legend: string;
  legendNote: (minimum: number) => string;
  rowsShown: (first: number, last: number, total: number) => string;
  previousPage: string;
  nextPage: string;
  openTeam: (organization: string) => string;
  gridHelp: string;
  trends: (organization: string) => string;
  trendsHint: string;
  trendChart: (column: string) => string;
  trendDescription: (column: string, points: string) => string;
  trendTable: string;
  noTrend: string;
}

const en: SystemViewStrings = {
  caption: (year, previous) => (year ? `Scores by organization, ${year}${previous ? `, with the change since ${previous}` : ''}` : 'Scores by organization'),
  organization: 'Organization',
  noData: 'No results to show yet.',
  noRows: 'No organization matches this filter.',
  loading: 'Loading results…',
  loadFailed: (what) => `The results could not be shown: ${what}`,
  statistic: 'Show',
  statistics: { median: 'Median', mean: 'Mean' },
  schoolYear: 'School year',
  filter: 'Find organization',
  columns: 'Columns',
  allColumns: 'Conditions and roles',
  parts: 'Show elements and capacities',
  conditionsOnly: 'Conditions only',
  rolesOnly: 'Roles only',
  expand: (group) => `Show the parts of ${group}`,
  sortBy: (column) => `Sort by ${column}`,
  downloadCsv: 'Download CSV',
  suppressed: 'Too few',
  suppressedLong: (minimum) => `Not shown: fewer than ${minimum} ratings`,
  noScore: 'No score',
  n: (n) => `n = ${n}`,
  trend: { up: 'up', down: 'down', same: 'same' },
  trendSince: (year) => `change since ${year}`,
  trendNote: (year) => `▲ up, ▼ down: the change since ${year}; ▶ same: the score shown has not changed.`,
  backToGrid: 'Back to the table',
  legend: 'Scale',
  legendNote: (minimum) => `Darker cells score higher; the number is in every cell. “Too few” means fewer than ${minimum} ratings, so no score is shown.`,
  rowsShown: (first, last, total) => `Organizations ${first}–${last} of ${total}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  openTeam: (organization) => `Open the team results of ${organization}`,
  gridHelp: 'Arrow keys move between cells; Enter opens an organization.',
  trends: (organization) => `Trends: ${organization}`,
  trendsHint: 'Open an organization to see its scores across school years.',
  trendChart: (column) => `${column} across school years`,
  trendDescription: (column, points) => `${column}: ${points}`,
  trendTable: 'Show as a table',
  noTrend: 'no score',
};

const es: SystemViewStrings = {
  caption: (year, previous) => (year ? `Puntuaciones por organización, ${year}${previous ? `, con el cambio desde ${previous}` : ''}` : 'Puntuaciones por organización'),
  organization: 'Organización',
  noData: 'Todavía no hay resultados que mostrar.',
  noRows: 'Ninguna organización coincide con este filtro.',
  loading: 'Cargando resultados…',
  loadFailed: (what) => `No se pudieron mostrar los resultados: ${what}`,
  statistic: 'Mostrar',
  statistics: { median: 'Mediana', mean: 'Media' },
  schoolYear: 'Año escolar',
  filter: 'Buscar organización',
  columns: 'Columnas',
  allColumns: 'Condiciones y funciones',
  parts: 'Mostrar elementos y capacidades',
  conditionsOnly: 'Solo condiciones',
  rolesOnly: 'Solo funciones',
  expand: (group) => `Mostrar las partes de ${group}`,
  sortBy: (column) => `Ordenar por ${column}`,
  downloadCsv: 'Descargar CSV',
  suppressed: 'Muy pocas',
  suppressedLong: (minimum) => `No se muestra: menos de ${minimum} valoraciones`,
  noScore: 'Sin puntuación',
  n: (n) => `n = ${n}`,
  trend: { up: 'sube', down: 'baja', same: 'igual' },
  trendSince: (year) => `cambio desde ${year}`,
  trendNote: (year) => `▲ sube, ▼ baja: el cambio desde ${year}; ▶ igual: la puntuación mostrada no ha cambiado.`,
  backToGrid: 'Volver a la tabla',
  legend: 'Escala',
  legendNote: (minimum) => `Las celdas más oscuras puntúan más alto; cada celda lleva su número. «Muy pocas» significa menos de ${minimum} valoraciones, así que no se muestra la puntuación.`,
  rowsShown: (first, last, total) => `Organizaciones ${first}–${last} de ${total}`,
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  openTeam: (organization) => `Abrir los resultados del equipo de ${organization}`,
  gridHelp: 'Las flechas mueven entre celdas; Intro abre una organización.',
  trends: (organization) => `Tendencias: ${organization}`,
  trendsHint: 'Abra una organización para ver sus puntuaciones a lo largo de los años escolares.',
  trendChart: (column) => `${column} a lo largo de los años escolares`,
  trendDescription: (column, points) => `${column}: ${points}`,
  trendTable: 'Mostrar como tabla',
  noTrend: 'sin puntuación',
};

export const SYSTEM_VIEW_STRINGS: Record<Lang, SystemViewStrings> = { en, es };
