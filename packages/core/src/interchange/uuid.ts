/**
 * Name-based UUIDs (RFC 9562 version 5) without any host crypto API, so core runs anywhere.
 * SHA-1 is used here only as the standard's fixed derivation from a name, not for security.
 *
 * Exports of large frameworks derive hundreds of thousands of identifiers, so the hashing works
 * on reused typed arrays: no per-hash arrays of numbers, no intermediate strings. A host's native
 * SHA-1 (e.g. node:crypto) can be passed in wherever speed matters more than portability.
 */

/** A SHA-1 implementation: the 20-byte digest of `bytes[0, length)`. */
export type Sha1 = (bytes: Uint8Array, length: number) => Uint8Array;

const W = new Uint32Array(80);
let padded = new Uint8Array(128);

/**
 * SHA-1 (FIPS 180-4) in plain JavaScript over typed arrays.
 * @example
 * sha1(new TextEncoder().encode('abc'), 3); // a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d
 */
export const sha1: Sha1 = (bytes, length) => {
  const blocks = ((length + 8) >>> 6) + 1;
  const size = blocks * 64;
  if (padded.length < size) padded = new Uint8Array(Math.max(size, padded.length * 2));
  const buffer = padded;
  buffer.set(bytes.subarray(0, length));
  buffer.fill(0, length, size);
  buffer[length] = 0x80;
  const bits = length * 8;
  const high = Math.floor(bits / 0x100000000);
  buffer[size - 8] = high >>> 24;
  buffer[size - 7] = (high >>> 16) & 0xff;
  buffer[size - 6] = (high >>> 8) & 0xff;
  buffer[size - 5] = high & 0xff;
  buffer[size - 4] = bits >>> 24;
  buffer[size - 3] = (bits >>> 16) & 0xff;
  buffer[size - 2] = (bits >>> 8) & 0xff;
  buffer[size - 1] = bits & 0xff;

  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = W;
  for (let offset = 0; offset < size; offset += 64) {
    for (let t = 0, k = offset; t < 16; t++, k += 4) w[t] = (buffer[k]! << 24) | (buffer[k + 1]! << 16) | (buffer[k + 2]! << 8) | buffer[k + 3]!;
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    // Four rounds of 20 steps, written out so that no step allocates or branches on the round.
    for (let t = 0; t < 20; t++) {
      const temp = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    for (let t = 20; t < 40; t++) {
      const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    for (let t = 40; t < 60; t++) {
      const temp = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + 0x8f1bbcdc + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    for (let t = 60; t < 80; t++) {
      const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0xca62c1d6 + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  const words = [h0, h1, h2, h3, h4];
  for (let i = 0; i < 5; i++) {
    const h = words[i]!;
    out[i * 4] = h >>> 24;
    out[i * 4 + 1] = (h >>> 16) & 0xff;
    out[i * 4 + 2] = (h >>> 8) & 0xff;
    out[i * 4 + 3] = h & 0xff;
  }
  return out;
};

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Writes the UTF-8 bytes of `text` into `target` from `offset`, growing it when needed (lone
 * surrogates become U+FFFD, as TextEncoder does). Returns the buffer used and the end offset.
 */
function encodeUtf8(text: string, target: Uint8Array, offset: number): { bytes: Uint8Array; end: number } {
  let bytes = target;
  let k = offset;
  for (let i = 0; i < text.length; i++) {
    if (k + 4 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, k + 4 * (text.length - i)));
      grown.set(bytes.subarray(0, k));
      bytes = grown;
    }
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    }
    if (code < 0x80) bytes[k++] = code;
    else if (code < 0x800) {
      bytes[k++] = 0xc0 | (code >> 6);
      bytes[k++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      bytes[k++] = 0xe0 | (code >> 12);
      bytes[k++] = 0x80 | ((code >> 6) & 63);
      bytes[k++] = 0x80 | (code & 63);
    } else {
      bytes[k++] = 0xf0 | (code >> 18);
      bytes[k++] = 0x80 | ((code >> 12) & 63);
      bytes[k++] = 0x80 | ((code >> 6) & 63);
      bytes[k++] = 0x80 | (code & 63);
    }
  }
  return { bytes, end: k };
}

/** SHA-1 of UTF-8 text as hex; exported for its test vectors. */
export function sha1Hex(text: string, hash: Sha1 = sha1): string {
  const { bytes, end } = encodeUtf8(text, new Uint8Array(text.length * 3 + 4), 0);
  let hex = '';
  for (const byte of hash(bytes, end)) hex += HEX[byte]!;
  return hex;
}

function parseUuid(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new RangeError(`"${uuid.slice(0, 80)}" is not a UUID`);
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/**
 * A function deriving version 5 UUIDs in one namespace; reuses its buffers, so deriving many
 * identifiers (as a CASE export does) costs one hash each and no garbage beyond the result.
 * @example
 * const idOf = uuidV5Namespace('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
 * idOf('www.example.com'); // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5Namespace(namespace: string, hash: Sha1 = sha1): (name: string) => string {
  let input: Uint8Array = new Uint8Array(256);
  input.set(parseUuid(namespace));
  return (name) => {
    const { bytes, end } = encodeUtf8(name, input, 16);
    input = bytes;
    const digest = hash(input, end);
    const h = HEX;
    const b6 = (digest[6]! & 0x0f) | 0x50;
    const b8 = (digest[8]! & 0x3f) | 0x80;
    return (
      h[digest[0]!]! + h[digest[1]!]! + h[digest[2]!]! + h[digest[3]!]! + '-' + h[digest[4]!]! + h[digest[5]!]! + '-' + h[b6]! + h[digest[7]!]! + '-' + h[b8]! + h[digest[9]!]! + '-' +
      h[digest[10]!]! + h[digest[11]!]! + h[digest[12]!]! + h[digest[13]!]! + h[digest[14]!]! + h[digest[15]!]!
    );
  };
}

/**
 * A version 5 UUID for `name` in `namespace`, lowercase.
 * @example
 * uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'); // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(name: string, namespace: string, hash: Sha1 = sha1): string {
  return uuidV5Namespace(namespace, hash)(name);
}
