// custom-elements.json is generated from the classes' JSDoc, which is the API contract: every
// public property, attribute and event is documented, and internal state is not. The analyzer
// also lists internal reactive state and events it guesses from dispatchEvent calls; only
// documented entries are kept.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
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
