import { ApiKeyEntity, UserEntity } from '@accord/db';
import { Role } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { AuthFailure } from '../context/request-context';
import { describeErrorForLog } from '../errors/log-internal-errors';
import { parseApiKey, secretMatchesHash } from './api-key-format';
import type { Caller } from './caller';

/** `last_used_at` is written at most once per key in this many milliseconds. */
const LAST_USED_WRITE_INTERVAL_MS = 60_000;

export type ApiKeyResolution = { caller: Caller; authFailure: null } | { caller: null; authFailure: AuthFailure };

const MALFORMED_MESSAGE =
  'The API key is malformed: a key looks like acc_<16 characters>_<43 characters>. Copy the whole key, with no spaces or line breaks.';
const UNKNOWN_MESSAGE = 'The API key is not known. Check that you copied the whole key, or ask an Accord admin for a new one.';
const REVOKED_MESSAGE = 'The API key was revoked. Ask an Accord admin for a new key.';

/** Turns `Authorization: Bearer acc_…` into the partner account's caller, with the key's scopes. */
export class ApiKeyAuthenticator {
  /** When this process last wrote `last_used_at` per key id, so a busy key does not write on every request. */
  private readonly lastUsedWrites = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async resolve(token: string): Promise<ApiKeyResolution> {
    const parsed = parseApiKey(token);
    if (parsed === null) {
      return rejected(MALFORMED_MESSAGE);
    }

    const key = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ publicId: parsed.publicId });
    // A key whose secret does not match is treated as unknown, so the public id alone reveals
    // neither whether the key exists nor whether it expired or was revoked.
    if (key === null || !secretMatchesHash(parsed.secret, key.secretHash)) {
      this.logger.info({ apiKeyPublicId: parsed.publicId }, 'API key rejected: unknown key or wrong secret.');

      return rejected(UNKNOWN_MESSAGE);
    }

    const now = this.now();
    if (key.revokedAt !== null) {
      this.logger.info({ apiKeyId: key.id }, 'API key rejected: revoked.');

      return rejected(REVOKED_MESSAGE);
    }
    if (key.expiresAt.getTime() <= now.getTime()) {
      this.logger.info({ apiKeyId: key.id }, 'API key rejected: expired.');

      return rejected(`The API key expired at ${key.expiresAt.toISOString()}. Ask an Accord admin for a new key.`);
    }

    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: key.partnerUserId });
    if (user === null || !user.active || user.role !== Role.Partner) {
      return { caller: null, authFailure: 'inactive' };
    }

    await this.recordUse(key, now);

    return {
      caller: { id: user.id, role: Role.Partner, teamId: user.teamId, partnerId: user.partnerId, apiKeyId: key.id, scopes: key.scopes },
      authFailure: null,
    };
  }

  /**
   * Writes `last_used_at` when this process has not written it for the key in the last minute. The
   * SQL condition keeps several API processes from writing more often than that together.
   */
  private async recordUse(key: ApiKeyEntity, now: Date): Promise<void> {
    const lastWrite = this.lastUsedWrites.get(key.id);
    if (lastWrite !== undefined && now.getTime() - lastWrite < LAST_USED_WRITE_INTERVAL_MS) {
      return;
    }

    this.lastUsedWrites.set(key.id, now.getTime());
    try {
      await this.dataSource.query(
        `UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $2::timestamptz - interval '1 minute')`,
        [key.id, now],
      );
    } catch (error) {
      // The request may go on: a stale last-used time is not worth refusing a valid key for.
      this.logger.warn({ err: describeErrorForLog(error), apiKeyId: key.id }, 'Last use of an API key could not be recorded.');
    }
  }
}

function rejected(message: string): ApiKeyResolution {
  return { caller: null, authFailure: { kind: 'API_KEY', message } };
}
