import { css } from 'lit';

export const radarStyles = [
  css`
    :host {
      --_grid: var(--sos-radar-grid, #8a94a3);
      max-inline-size: var(--sos-radar-size, 45rem);
    }
    figure {
      margin: 0;
    }
    /* The title is the body text's face and size, made bold by a stroke of its own colour: a
       bold or larger face would be one more font the browser must look up (a round trip to the
       browser process each) before the chart's first layout, the largest part of it. */
    .title {
      margin: 0 0 .5em;
      line-height: 1.3;
      -webkit-text-stroke: .045em currentColor;
    }
    svg[part=chart] {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
      overflow: clip;
      font-family: var(--_font);
    }
    .ring,
    .spoke {
      fill: none;
      stroke: var(--_grid);
      stroke-width: 1;
    }
    .spoke.group-start {
      stroke-width: 3;
    }
    /* Every text in the drawing is 12px and regular, each text outside it the element's own size
       and weight: each other size or weight is one more font the browser must look up and load
       before the chart's first layout. */
    .tick {
      font-size: 12px;
      fill: var(--_muted);
      /* A halo in the surface colour keeps the value readable over outlines. */
      stroke: var(--_surface);
      stroke-width: 3;
      stroke-linejoin: round;
      paint-order: stroke;
    }
    /* The drawing and its labels: the labels box is the drawing's, whatever its scale. */
    .plot {
      position: relative;
      max-inline-size: max-content;
    }
    .axis-labels {
      position: absolute;
      inset: 0;
      /* The drawing leaves room for its labels at the width it was drawn for. Between a resize and
         the redraw it is scaled by CSS and the labels (HTML, not scaled) would stick out of it and
         make the page scroll sideways for a frame: keep them inside the drawing's box. */
      overflow: clip;
      pointer-events: none;
      font-size: 12px;
      line-height: 1.1;
    }
    .axis-label {
      position: absolute;
      white-space: nowrap;
      pointer-events: auto;
    }
    .series .outline {
      /* Later series' areas lie over earlier series' points: the pointer must still reach those. */
      pointer-events: none;
      fill: currentColor;
      fill-opacity: .08;
    }
    .series .outline,
    .legend line {
      stroke: currentColor;
      stroke-width: 2.5;
    }
    /* The point rings itself when focused from the keyboard (below), never with an outline. */
    .marks,
    .point {
      fill: currentColor;
      stroke: var(--_surface);
      stroke-width: 1.5;
      cursor: pointer;
      outline: none;
    }
    .point:focus-visible {
      /* The text colour, not the focus orange: that is series 2's own colour, so its ring would vanish. */
      stroke: var(--_text);
      stroke-width: 3;
    }
    .look-1 {
      color: var(--sos-radar-series-1, #005a9c);
    }
    .look-2 {
      color: var(--sos-radar-series-2, #b35c00);
    }
    .look-3 {
      color: var(--sos-radar-series-3, #2e7d32);
    }
    .look-4 {
      color: var(--sos-radar-series-4, #6a1b9a);
    }
    .readout {
      min-block-size: 1.5em;
      margin: .25em 0;
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: .5em 1.25em;
      list-style: none;
      margin: .5em 0;
      padding: 0;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: .4em;
    }
    .legend svg path {
      fill: currentColor;
    }
    .groups-note {
      margin: .25em 0 .5em;
      color: var(--_muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: .5em;
      margin-block: .5em;
    }
    .status {
      color: var(--_muted);
    }
    /* On paper the chart, its title and legend are the report; buttons do nothing there. Nor
       does a tooltip: a shortened axis label prints its full name (its title) instead, wrapped in
       the room the drawing leaves for labels, a little smaller so the longest (a sentence, as
       capacity roles are) stays inside the drawing. The short form, sized 0, prints nothing. */
    @media print {
      .actions,
      .readout {
        display: none;
      }
      /* A PDF keeps a stroked text as a second copy of its words: no stroke on paper. */
      .title {
        -webkit-text-stroke: 0;
        font-weight: 700;
      }
      .tick {
        stroke: none;
      }
      .axis-label[title] {
        font-size: 0;
        inline-size: 110px;
        white-space: normal;
      }
      .axis-label[title]:after {
        content: attr(title);
        font-size: 10px;
      }
    }
  `,
];
