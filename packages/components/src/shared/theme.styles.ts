import { css } from 'lit';

/**
 * The public theme: custom properties every element reads, each with a fallback so an element
 * looks right with no theme at all. Host pages set them on the element or any ancestor. The
 * comment after each one is its documentation: the manifest build copies it into every element's
 * cssProperties (see custom-elements-manifest.config.mjs).
 */
export const themeStyles = css`
  :host {
    --_font: var(--sos-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif); /* Typeface of all text. */
    --_text: var(--sos-color-text, #1b1f24); /* Body text. */
    --_muted: var(--sos-color-text-muted, #4a5360); /* Secondary text: hints, counts, tick labels. */
    --_surface: var(--sos-color-surface, #ffffff); /* Background of the element. */
    --_surface-alt: var(--sos-color-surface-alt, #f4f6f8); /* Background of panels and headers. */
    --_border: var(--sos-color-border, #8a94a3); /* Borders and table rules. */
    --_accent: var(--sos-color-accent, #005a9c); /* Buttons, links and the selected state. */
    --_accent-text: var(--sos-color-accent-contrast, #ffffff); /* Text on accent-coloured buttons. */
    --_focus: var(--sos-color-focus, #b35c00); /* Focus outline. */
    --_danger: var(--sos-color-danger, #b00020); /* Errors and warnings (always shown with words too). */
    --_radius: var(--sos-radius, 6px); /* Corner radius of buttons and fields. */
    --_space: var(--sos-space, 1rem); /* Base spacing unit. */
    all: initial;
    display: block;
    font-family: var(--_font);
    font-size: var(--sos-font-size, 1rem); /* Base text size. */
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    box-sizing: border-box;
  }
  /* A page's own rules on the host element (a CMS theme's "* { … }" or "div p, … { … }") would
     otherwise pass inherited text styles into the shadow tree. Inside-the-shadow !important wins
     over the page's, even its !important: brand through the custom properties above instead. */
  :host {
    font-family: var(--_font) !important;
    line-height: 1.5 !important;
    color: var(--_text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    font-style: normal !important;
    font-weight: 400 !important;
    white-space: normal !important;
    box-sizing: border-box !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.4em 0.9em;
    min-height: 44px;
    cursor: pointer;
  }
  button.secondary {
    color: var(--_accent);
    background: var(--_surface);
  }
`;
