// Screenshots of the widget's steps for reviewers, regenerated from the BUILT demo:
// 1280 px and 360 px, English and Spanish, the default look, one county branding and dark.
//   npm run build && node scripts/screenshots.mjs      → docs/screenshots/*.png
// Viewport shots (not whole pages) keep the files few and small; each starts at the step's heading.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../test/journeys/people.mjs';
import { DROP_IN, startStaticServer } from '../test/journeys/static-server.mjs';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
if (!existsSync(DROP_IN)) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };
// [viewport, language, theme, steps]: every step in the default look in both sizes and languages;
// the county branding and dark on the rating and results steps.
const SHOTS = [
  ...['desktop', 'phone'].flatMap((viewport) => ['en', 'es'].map((lang) => [viewport, lang, 'default', ['rate', 'results', 'review']])),
  ['desktop', 'en', 'costa', ['rate', 'results']],
  ['desktop', 'en', 'dark', ['rate', 'results']],
  ['phone', 'es', 'costa', ['rate', 'review']],
  ['phone', 'en', 'dark', ['rate', 'results']],
];
const THEMES = { default: '', costa: 'theme-costa', dark: 'theme-dark' };

await mkdir(out, { recursive: true });
for (const file of await readdir(out)) if (file.endsWith('.png')) await rm(new URL(file, `file://${out}`));
const server = await startStaticServer();
const browser = await launch();
let count = 0;
try {
  for (const [viewport, lang, theme, steps] of SHOTS) {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], deviceScaleFactor: 1, ...(viewport === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
    const page = await context.newPage();
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
    // A realistic draft: about two thirds answered, one with evidence, restored as a person would see it.
    await page.evaluate(() => {
      const widget = document.querySelector('sos-self-assessment');
      const rubric = widget.shadowRoot.querySelector('sos-rubric');
      const ids = [...rubric.shadowRoot.querySelectorAll('fieldset[data-item]')].map((set) => set.dataset.item);
      const assessment = structuredClone(rubric.value);
      ids.slice(0, 30).forEach((id, i) => (assessment.ratings[id] = { value: 1 + ((i * 7 + 2) % 5), ...(i === 1 ? { evidence: 'Board minutes, March; staff survey' } : {}) }));
      localStorage.setItem('sos-kit:draft:demo-district', JSON.stringify({ savedAt: new Date().toISOString(), assessment }));
    });
    await page.reload({ waitUntil: 'load' });
    await page.locator('sos-self-assessment fieldset[data-item]').first().waitFor({ state: 'attached' });
    await page.evaluate(([lang, theme]) => {
      document.documentElement.lang = lang;
      document.getElementById('lang').value = lang;
      document.body.className = theme;
    }, [lang, THEMES[theme]]);
    for (const step of steps) {
      await page.evaluate((step) => document.querySelector('sos-self-assessment').goTo(step), step);
      await page.waitForTimeout(400); // the chart settles at its width
      await page.evaluate(() => {
        document.activeElement?.blur?.();
        document.querySelector('sos-self-assessment').scrollIntoView({ block: 'start' });
      });
      const name = `${step}-${viewport}-${lang}-${theme}.png`;
      await page.screenshot({ path: `${out}${name}` });
      count++;
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in docs/screenshots/`);
