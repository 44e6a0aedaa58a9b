import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 's1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts list cursors (AES-256-GCM) for callers who may not read what a cursor holds: a lead
 * cursor carries the lead's SLA due time, which partners may not see. The key is derived from the
 * access-token secret, so sealed cursors stay valid across restarts of an API with a fixed
 * JWT_SECRET. A cursor that does not open (changed, or sealed under another secret) is refused.
 */
export class CursorSeal {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHash('sha256').update(`accord lead cursor seal\u0000${secret}`).digest();
  }

  seal(cursor: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const encrypted = Buffer.concat([cipher.update(cursor, 'utf8'), cipher.final()]);

    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64url');
  }

  /** Returns the cursor inside a sealed one, or null when the value was not sealed with this key. */
  open(sealed: string): string | null {
    if (!sealed.startsWith(PREFIX)) {
      return null;
    }
    const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) {
      return null;
    }

    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));

      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
