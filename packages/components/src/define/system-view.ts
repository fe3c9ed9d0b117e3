/**
 * Registers `<sos-system-view>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/system-view.js'`.
 */
import { SosSystemView } from '../system-view/system-view.js';

if (!customElements.get('sos-system-view')) customElements.define('sos-system-view', SosSystemView);
