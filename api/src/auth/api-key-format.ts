import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every Accord API key starts with this prefix, which distinguishes a key from an access token in the same header. */
export const API_KEY_PREFIX = 'acc_';

const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const PUBLIC_ID_BYTES = 10;
const SECRET_BYTES = 32;

/** `acc_`, 16 lower-case base32 characters, `_`, then 43 base64url characters (32 bytes without padding). */
const API_KEY_PATTERN = /^acc_([a-z2-7]{16})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  /** The whole key, shown to the admin once and never stored. */
  key: string;
  publicId: string;
  secretHash: Buffer;
}

export interface ParsedApiKey {
  publicId: string;
  secret: string;
}

/** Generates a key: a 10-byte public id that finds the row and a 32-byte random secret. */
export function generateApiKey(): GeneratedApiKey {
  const publicId = encodeBase32(randomBytes(PUBLIC_ID_BYTES));
  const secret = randomBytes(SECRET_BYTES).toString('base64url');

  return { key: `${API_KEY_PREFIX}${publicId}_${secret}`, publicId, secretHash: hashApiKeySecret(secret) };
}

/** Returns whether a bearer token is meant as an API key, well-formed or not. */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** Splits a key into its public id and secret, or returns null when it does not have the key format. */
export function parseApiKey(token: string): ParsedApiKey | null {
  const match = API_KEY_PATTERN.exec(token);
  if (match === null) {
    return null;
  }

  return { publicId: match[1] ?? '', secret: match[2] ?? '' };
}

/**
 * Hashes the secret part of a key with SHA-256. A slow password hash (argon2, bcrypt) protects
 * low-entropy secrets that people choose against guessing. This secret is 256 random bits, so
 * guessing it from a stolen hash is already out of reach, and a fast hash keeps the check that runs
 * on every request cheap.
 */
export function hashApiKeySecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Compares the secret with the stored hash in constant time, so response times reveal nothing about the hash. */
export function secretMatchesHash(secret: string, storedHash: Buffer): boolean {
  const candidate = hashApiKeySecret(secret);

  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}

/** RFC 4648 base32 without padding, in lower case. 10 bytes become exactly 16 characters. */
function encodeBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let output = '';

  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) {
    output += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  }

  return output;
}
