/** `@sos-kit/components/gap-table.js`: the gap table alone. Register it with `@sos-kit/components/define/gap-table.js`. */
export { SosGapTable, type GapSortKey } from './gap-table/gap-table.js';
export { SosRowActivateEvent } from './shared/events.js';
