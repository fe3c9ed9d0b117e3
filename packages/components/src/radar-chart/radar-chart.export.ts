// The radar's exports (SVG and PNG files), loaded only when someone downloads one: most visitors
// never do, so the chart itself stays small, and so does the code that offers the file.
import { downloadBlob, downloadText } from '../shared/download.js';
import { esc, legendSample, wrapLabel, type SosRadarChart } from './radar-chart.js';

/** The export is drawn at this width, whatever the screen. */
const EXPORT_WIDTH = 720;

// Styles of the export's own parts (title, legend, note); the chart's parts use the element's.
const EXPORT_CSS = `
  .export-stage { position: absolute; inset-inline-start: -100000px; inset-block-start: 0; visibility: hidden; }
  .export-background { fill: var(--_surface); }
  .export-title { font-size: 18px; font-weight: 700; fill: var(--_text); font-family: var(--_font); }
  .export-legend text, .export-note { font-size: 13px; fill: var(--_text); font-family: var(--_font); }
  .export-legend line { stroke: currentColor; stroke-width: 2.5; }
  .export-legend path { fill: currentColor; }
  .export .labels, .export .ticks { font-family: var(--_font); }
  .export .axis-label { font-size: 12px; fill: var(--_text); }
`;
const RESOLVED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'fill-opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'paint-order', 'stroke-linejoin'];
let sheet: CSSStyleSheet | undefined;

/** An axis label: its lines, the point it hangs from, and which way it grows from there. */
export interface AxisLabel {
  label: string;
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  side: 'above' | 'beside' | 'below';
}

/** The axis labels as SVG text (the element draws them as HTML; a file needs them in the SVG). */
function svgLabels(labels: AxisLabel[]): string {
  let out = '<g class="labels">';
  for (const { label, lines, x, y, anchor, side } of labels) {
    const extra = lines.length - 1;
    const dy = side === 'above' ? -1.1 * extra : side === 'beside' ? 0.35 - 0.55 * extra : 0.8;
    out += `<text class="axis-label" x="${x}" y="${y}" text-anchor="${anchor}"><title>${label}</title>`;
    lines.forEach((line, k) => (out += `<tspan x="${x}" dy="${k === 0 ? dy.toFixed(2) : '1.1'}em">${line}</tspan>`));
    out += '</text>';
  }
  return `${out}</g>`;
}

/** The parts of an export, as markup (every text in it already escaped). */
export interface ExportParts {
  width: number;
  /** Height of the chart alone; the title goes above it, the legend and the note below. */
  chartHeight: number;
  heading: string;
  chart: string;
  labels: AxisLabel[];
  legend: { look: number; sample: string; label: string }[];
  /** The note on the thick spokes, in lines. */
  note: string[];
}

/** The export as one SVG: title, chart at a fixed size, legend and note. */
export function exportMarkup({ width, chartHeight, heading, chart, labels, legend, note }: ExportParts): string {
  const titleHeight = 44;
  const legendTop = titleHeight + chartHeight + 8;
  const height = legendTop + legend.length * 24 + note.length * 18 + 16;
  let out = `<svg xmlns="http://www.w3.org/2000/svg" class="export" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect class="export-background" width="100%" height="100%"/><text class="export-title" x="16" y="30">${heading}</text><g transform="translate(0 ${titleHeight})">${chart}${svgLabels(labels)}</g>`;
  legend.forEach((entry, k) => (out += `<g class="export-legend look-${entry.look + 1}" transform="translate(16 ${legendTop + k * 24})">${entry.sample}<text x="52" y="8" dy="0.35em">${entry.label}</text></g>`));
  note.forEach((line, k) => (out += `<text class="export-note" x="16" y="${legendTop + legend.length * 24 + 12 + k * 18}">${line}</text>`));
  return `${out}</svg>`;
}

/**
 * Draws the `<svg>` markup in a stage inside `root`, off screen, so the element's theme resolves
 * its colours and fonts, and returns it as a standalone SVG document with those values inlined.
 * A constructed style sheet, not a <style> element, so it works under a strict CSP.
 */
export function svgDocument(root: ShadowRoot, markup: string): string {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(EXPORT_CSS);
  }
  const sheets = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...sheets, sheet];
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  root.append(stage);
  try {
    stage.innerHTML = markup;
    const source = stage.querySelector('svg')!;
    const clone = source.cloneNode(true) as SVGSVGElement;
    const originals = source.querySelectorAll<SVGElement>('*');
    clone.querySelectorAll<SVGElement>('*').forEach((node, i) => {
      const computed = getComputedStyle(originals[i]!);
      for (const property of RESOLVED) node.style.setProperty(property, computed.getPropertyValue(property));
    });
    return new XMLSerializer().serializeToString(clone);
  } finally {
    stage.remove();
    root.adoptedStyleSheets = sheets;
  }
}

/** Draws an SVG document on a canvas at twice its size, as a PNG image. */
export async function pngOf(document: Document, markup: string): Promise<Blob> {
  const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup)!.map(Number) as [number, number, number];
  const image = new Image();
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The chart as a standalone SVG document: its title, the radar (never an enlarged focused point)
 * and its legend, with the theme's colours and fonts written in.
 */
export function svgMarkup(el: SosRadarChart): string {
  const g = el.geometry(EXPORT_WIDTH);
  const looks = el.looks();
  const groups = el.groups();
  return svgDocument(
    el.shadowRoot!,
    exportMarkup({
      width: g.width,
      chartHeight: g.height,
      heading: esc(el.heading),
      chart: el.radarMarkup(g, false),
      labels: el.axisLabels(g).map((l) => ({ ...l, label: esc(l.label), lines: l.lines.map(esc) })),
      legend: el.drawnSeries.map((entry, k) => ({ look: looks[k]!, sample: legendSample(looks[k]!), label: esc(entry.label) })),
      note: groups.length > 1 ? wrapLabel(el.strings.groupsNote(groups), 96, 4).map(esc) : [],
    }),
  );
}

/** Downloads the chart, with its title and legend, as an SVG file. */
export function downloadSvg(el: SosRadarChart): Blob {
  return downloadText(el.ownerDocument, `${el.filename}.svg`, svgMarkup(el), 'image/svg+xml');
}

/** Downloads the chart, with its title and legend, as a PNG image at twice its size. */
export async function downloadPng(el: SosRadarChart): Promise<Blob> {
  return downloadBlob(el.ownerDocument, `${el.filename}.png`, await pngOf(el.ownerDocument, svgMarkup(el)));
}
