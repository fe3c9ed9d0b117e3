// custom-elements.json is generated from the classes' JSDoc, which is the API contract: every
// public property, attribute and event is documented, and internal state is not. The analyzer
// also lists internal reactive state and events it guesses from dispatchEvent calls; only
// documented entries are kept.
import { readFileSync } from 'node:fs';

/**
 * The shared theme's custom properties, from the documenting comment after each one in
 * src/shared/theme.styles.ts, with its fallback as the default.
 */
function sharedThemeProperties() {
  const source = readFileSync(new URL('./src/shared/theme.styles.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/var\((--sos-[\w-]+),\s*(.+?)\);\s*\/\*\s*(.+?)\s*\*\//g)].map(([, name, fallback, description]) => ({ name, description, default: fallback }));
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // Every element reads the shared theme; list it on each, so controls and docs show it.
      name: 'shared-theme-properties',
      packageLinkPhase({ customElementsManifest }) {
        const shared = sharedThemeProperties();
        if (shared.length === 0) throw new Error('no documented --sos-* properties found in src/shared/theme.styles.ts');
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            const own = new Set((declaration.cssProperties ?? []).map((p) => p.name));
            declaration.cssProperties = [...(declaration.cssProperties ?? []), ...shared.filter((p) => !own.has(p.name))];
          }
        }
      },
    },
    {
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
            if (!declaration.customElement) continue;
            const documented = (entry) => Boolean(entry.description);
            declaration.attributes = (declaration.attributes ?? [])
              .map((attribute) => (attribute.name === 'lang' ? { ...attribute, description: 'Language of the interface ("en" or "es"); inherited from the nearest ancestor or the page when absent.' } : attribute))
              .filter(documented);
            declaration.members = (declaration.members ?? []).filter((member) => member.privacy !== 'private' && (documented(member) || member.kind === 'method' && !member.name.startsWith('on') && member.privacy !== 'protected'));
          }
        }
      },
    },
  ],
};
