/**
 * Name-based UUIDs (RFC 9562 version 5) without any host crypto API, so core runs anywhere.
 * SHA-1 is used here only as the standard's fixed derivation from a name, not for security.
 */
/** SHA-1 of UTF-8 text as hex; exported for its test vectors. */
export declare function sha1Hex(text: string): string;
/**
 * A version 5 UUID for `name` in `namespace`, lowercase.
 * @example
 * uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'); // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export declare function uuidV5(name: string, namespace: string): string;
