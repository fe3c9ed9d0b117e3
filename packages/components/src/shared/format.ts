/**
 * Number formatters per language and style. Constructing an Intl.NumberFormat is expensive; a
 * chart or table formats hundreds of values per render, so formatters are made once and reused.
 */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    cache.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date (and time) in the user's language, e.g. "Nov 23, 2026, 11:05 AM". Returns the input
 * unchanged when it is not a date, so a malformed stored value shows as written instead of
 * throwing "Invalid time value".
 */
export function formatDateTime(lang: string, iso: string, style: 'date' | 'date-time' = 'date-time'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${lang}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** A share (0–1) as a whole percentage in the user's language, e.g. "67%" or "67 %". */
export function formatPercent(lang: string, share: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
