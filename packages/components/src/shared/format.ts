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
