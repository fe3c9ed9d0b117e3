import { css } from 'lit';

/**
 * The public theme: custom properties every element reads, each with a fallback so an element
 * looks right with no theme at all. Host pages set them on the element or any ancestor.
 */
export const themeStyles = css`
  :host {
    --_font: var(--sos-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--sos-color-text, #1b1f24);
    --_muted: var(--sos-color-text-muted, #4a5360);
    --_surface: var(--sos-color-surface, #ffffff);
    --_surface-alt: var(--sos-color-surface-alt, #f4f6f8);
    --_border: var(--sos-color-border, #8a94a3);
    --_accent: var(--sos-color-accent, #005a9c);
    --_accent-text: var(--sos-color-accent-contrast, #ffffff);
    --_focus: var(--sos-color-focus, #b35c00);
    --_danger: var(--sos-color-danger, #b00020);
    --_radius: var(--sos-radius, 6px);
    --_space: var(--sos-space, 1rem);
    all: initial;
    display: block;
    font-family: var(--_font);
    font-size: var(--sos-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    box-sizing: border-box;
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
