// The chart's marks, shared by the radar (drawn up front) and the bar view (loaded when needed).

// Four looks at most, each with its own dash pattern and marker, so none relies on colour.
export const DASHES = ['', '8 5', '2 4', '12 4 3 4'];
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];

/** The lowest value sits on a ring this far out (share of the radius): the centre means "no value". */
export const INNER = 0.3;

/** A coordinate rounded to a tenth of a pixel: finer is invisible and only lengthens the markup. */
export const px = (v: number): number => Math.round(v * 10) / 10;

/** A marker's path centred on x,y with radius r: one shape per look. */
export function markerPath(kind: Marker, x: number, y: number, r: number): string {
  const n = px;
  switch (kind) {
    case 'circle':
      return `M${n(x - r)} ${n(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square':
      return `M${n(x - r)} ${n(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${n(x)} ${n(y - r * 1.2)}l${n(r * 1.1)} ${n(r * 2)}h${n(-r * 2.2)}Z`;
    case 'diamond':
      return `M${n(x)} ${n(y - r * 1.3)}l${n(r * 1.3)} ${n(r * 1.3)}l${n(-r * 1.3)} ${n(r * 1.3)}l${n(-r * 1.3)} ${n(-r * 1.3)}Z`;
  }
}

