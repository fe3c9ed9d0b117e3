// Renders an element from a story's args the way a page would use it. The args and their
// controls come from custom-elements.json: properties by name, attributes by their property,
// `--sos-*` custom properties as inline styles, and `on…` event args as listeners (the actions
// panel). Story-specific data (frameworks, reports) comes from loaders as plain properties.
import { html, type TemplateResult } from 'lit';
import manifest from '../../packages/components/custom-elements.json';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind: string }[];
  events?: { name: string }[];
}

function declarationOf(tag: string): Declaration {
  for (const module of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  throw new Error(`${tag} is not in custom-elements.json; run "npm run manifest"`);
}

const eventArg = (name: string) => `on${name.replace(/(-|_|:|\.|\s)+(.)?/g, (_m, _s, chr: string | undefined) => (chr ? chr.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase())}`;

/** Creates `tag` with `args` (from controls) and `properties` (from the story's loaders). */
export function renderElement<K extends keyof HTMLElementTagNameMap>(tag: K, args: Record<string, unknown>, properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const declaration = declarationOf(tag);
  const attributes = new Map((declaration.attributes ?? []).map((a) => [a.name, a.fieldName]));
  const events = new Map((declaration.events ?? []).map((e) => [eventArg(e.name), e.name]));
  const fields = new Set((declaration.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name));
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    if (key.startsWith('--')) element.style.setProperty(key, String(value));
    else if (events.has(key)) {
      if (typeof value === 'function') element.addEventListener(events.get(key)!, value as EventListener);
    } else if (attributes.has(key)) {
      const field = attributes.get(key);
      if (field) (element as unknown as Record<string, unknown>)[field] = value;
      else element.setAttribute(key, String(value));
    } else if (fields.has(key)) (element as unknown as Record<string, unknown>)[key] = value;
  }
  Object.assign(element, properties);
  return element;
}

/** What a closing "Accessibility" story documents next to the live element. */
export interface AccessibilityNotes {
  keyboard: [keys: string, action: string][];
  screenReader: string[];
  beyondColour: string[];
}

/** The notes of an Accessibility story, as a real table and lists. */
export function accessibilityNotes(element: string, notes: AccessibilityNotes, live: Node | TemplateResult): TemplateResult {
  return html`<section class="a11y-notes" aria-labelledby="a11y-notes-heading">
    <h2 id="a11y-notes-heading">Accessibility of &lt;${element}&gt;</h2>
    <table>
      <caption>
        Keyboard map
      </caption>
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What happens</th>
        </tr>
      </thead>
      <tbody>
        ${notes.keyboard.map(([keys, action]) => html`<tr><th scope="row"><kbd>${keys}</kbd></th><td>${action}</td></tr>`)}
      </tbody>
    </table>
    <h3>What a screen reader announces</h3>
    <ul>
      ${notes.screenReader.map((line) => html`<li>${line}</li>`)}
    </ul>
    <h3>Meaning carried besides colour</h3>
    <ul>
      ${notes.beyondColour.map((line) => html`<li>${line}</li>`)}
    </ul>
    <h3>Try it</h3>
    ${live}
  </section>`;
}
