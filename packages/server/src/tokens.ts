/**
 * Secrets: respondent link tokens and API keys. Both carry 256 random bits. Only hashes are
 * stored; comparisons are constant-time.
 *
 * - A link token (`sosr_…`) is looked up by its SHA-256. Its entropy makes a slow hash
 *   unnecessary, and respondents submit through it on every request.
 * - An API key (`sosk_<key id>.<secret>`) is shown once at creation; the database keeps a salted
 *   scrypt hash of the secret, so a leaked table does not yield usable keys.
 */
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';

const LINK_PREFIX = 'sosr_';
const KEY_PREFIX = 'sosk_';
const SECRET_BYTES = 32;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A new id for a stored row. */
export const newId = (): string => randomUUID();

/** A new respondent link token and the hash to store. */
export function newLinkToken(): { token: string; hash: Buffer } {
  const token = LINK_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
  return { token, hash: linkTokenHash(token)! };
}

/** The stored hash of a link token, or undefined when the text cannot be a token. */
export function linkTokenHash(token: string): Buffer | undefined {
  if (!token.startsWith(LINK_PREFIX) || !TOKEN_PATTERN.test(token.slice(LINK_PREFIX.length))) return undefined;
  return createHash('sha256').update(token).digest();
}

function scryptAsync(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(secret, salt, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))));
}

/** A new API key: the text to show once, and what to store. */
export async function newApiKey(): Promise<{ id: string; key: string; salt: Buffer; hash: Buffer }> {
  const id = newId();
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  const salt = randomBytes(16);
  return { id, key: `${KEY_PREFIX}${id}.${secret}`, salt, hash: await scryptAsync(secret, salt) };
}

/** Splits an API key into its id and secret, or undefined when it is not shaped like one. */
export function parseApiKey(key: string): { id: string; secret: string } | undefined {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const [id, secret, extra] = key.slice(KEY_PREFIX.length).split('.');
  if (extra !== undefined || id === undefined || secret === undefined || !UUID_PATTERN.test(id) || !TOKEN_PATTERN.test(secret)) return undefined;
  return { id, secret };
}

/** True when `secret` hashes to `hash` with `salt`; the comparison takes the same time either way. */
export async function verifySecret(secret: string, salt: Buffer, hash: Buffer): Promise<boolean> {
  const candidate = await scryptAsync(secret, salt);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}

/** Constant-time equality of two hashes (a database index found the row; this confirms it). */
export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** SHA-256 of a text, hex: fingerprints request bodies for Idempotency-Key reuse checks. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
