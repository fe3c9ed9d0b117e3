/**
 * Registers `<sos-gap-table>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/gap-table.js'`.
 */
import { SosGapTable } from '../gap-table/gap-table.js';

if (!customElements.get('sos-gap-table')) customElements.define('sos-gap-table', SosGapTable);

declare global {
  interface HTMLElementTagNameMap {
    'sos-gap-table': SosGapTable;
  }
}
