// Every story renders inside a frame that carries the chosen theme (a class from demo/themes.css,
// the same file the demo uses) and language (a lang attribute the elements inherit).
import type { Preview, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../packages/components/custom-elements.json';
import '../packages/components/src/define.js';
import '../demo/themes.css';
import './preview.css';

// Controls and the docs tables (attributes, properties, events, slots, parts, CSS custom
// properties) come from the manifest generated from the classes' JSDoc.
setCustomElementsManifest(manifest);

/**
 * Picks each control from the manifest's type text: booleans get a toggle, numbers a number
 * field, strings and unions of string literals a text field or a select, CSS custom properties a
 * colour picker or text field. Objects (frameworks, reports) stay JSON editors; parts and events
 * have no control. Stories override where they know better (e.g. the list of levels).
 */
const controlsFromManifestTypes: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]): [string, StrictInputType] => {
      if (argType.control !== undefined) return [name, argType];
      const category = argType.table?.category;
      const type = (argType.table?.type?.summary ?? '').replace(/\s*\|\s*undefined/g, '').trim();
      if (category === 'css custom properties') return [name, { ...argType, control: { type: name.includes('color') || name.includes('series') || name.includes('grid') ? 'color' : 'text' } }];
      if (category === 'css shadow parts' || category === 'events' || category === 'slots') return [name, { ...argType, control: false }];
      if (type === 'boolean') return [name, { ...argType, control: { type: 'boolean' } }];
      if (type === 'number') return [name, { ...argType, control: { type: 'number' } }];
      if (type === 'string') return [name, { ...argType, control: { type: 'text' } }];
      const literals = type.split('|').map((part) => part.trim());
      if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))) return [name, { ...argType, control: { type: 'select' }, options: literals.map((part) => part.slice(1, -1)) }];
      return [name, argType];
    }),
  );

export const THEMES = {
  default: { title: 'Default', className: '', background: '#ffffff' },
  sierra: { title: 'Sierra County (demo branding)', className: 'theme-sierra', background: '#f7f5f0' },
  costa: { title: 'Costa County (demo branding)', className: 'theme-costa', background: '#f7f5f0' },
  dark: { title: 'Dark', className: 'theme-dark', background: '#121417' },
} as const;

const preview: Preview = {
  argTypesEnhancers: [controlsFromManifestTypes],
  globalTypes: {
    theme: {
      description: 'Theme: default, the two county brandings of the demo, or dark',
      toolbar: { title: 'Theme', icon: 'paintbrush', dynamicTitle: true, items: Object.entries(THEMES).map(([value, theme]) => ({ value, title: theme.title })) },
    },
    locale: {
      description: 'Language of the interface',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'en' },
  decorators: [
    (story, context) => {
      const theme = THEMES[(context.globals['theme'] as keyof typeof THEMES) ?? 'default'] ?? THEMES.default;
      const lang = (context.parameters['lang'] as string | undefined) ?? (context.globals['locale'] as string | undefined) ?? 'en';
      document.documentElement.lang = lang;
      document.body.style.background = theme.background;
      return html`<div class="sos-story ${theme.className}" lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    // A newcomer lands on Getting started, then reads the elements in the order a page uses them.
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Theming', 'Framework browser', 'Scoring method', 'Interchange', 'Reading team results', 'The system view', 'From gaps to a plan'], 'Widget', 'Elements', ['Rubric', 'Radar chart', 'Gap table', 'Team results', 'System view'], 'Improvement plan'],
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone360: { name: 'Phone, 360 px', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        phone414: { name: 'Large phone, 414 px', styles: { width: '414px', height: '896px' }, type: 'mobile' },
        tablet: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop, 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    docs: { toc: true },
  },
};
export default preview;
