/**
 * Reads a user-keyed record safely. Ids come from documents, and a plain `record[id]` returns
 * `Object.prototype`'s members for ids such as `constructor`; only own properties count here.
 * @example
 * ownValue({}, 'constructor'); // undefined, not Object
 * ownValue({ constructor: 3 }, 'constructor'); // 3
 */
export function ownValue<T>(record: { readonly [key: string]: T } | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets `record[key]` as an own data property. A plain assignment to `__proto__` would replace
 * the object's prototype instead of storing the value, and the key would vanish.
 * @example
 * const ratings = setOwn({}, '__proto__', { value: 2 });
 * Object.keys(ratings); // ['__proto__']
 */
export function setOwn<T, R extends { [key: string]: T }>(record: R, key: string, value: T): R {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  return record;
}
