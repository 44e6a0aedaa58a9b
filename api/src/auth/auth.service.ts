import { UserEntity } from '@accord/db';
import { normalizeEmail } from '@accord/governance';
import { hash, verify } from '@node-rs/argon2';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { AuthFailure } from '../context/request-context';
import { AccordError } from '../errors/accord-error';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { looksLikeApiKey } from './api-key-format';
import { readBearerToken, signAccessToken, verifyAccessToken, type AccessTokenOptions, type SignedAccessToken } from './access-token';
import { ALL_API_KEY_SCOPES, isRole, type Caller } from './caller';
import { isUuid } from './is-uuid';

export interface SignInResult extends SignedAccessToken {
  user: UserEntity;
}

export interface CallerResolution {
  caller: Caller | null;
  authFailure: AuthFailure | null;
}

const SIGN_IN_FAILED_MESSAGE = 'The e-mail address or password is incorrect.';

/** Signs users in with a password and turns bearer tokens back into callers. */
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take as long as a real check. */
  private placeholderHash: Promise<string> | null = null;
  private readonly apiKeys: ApiKeyAuthenticator;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokenOptions: AccessTokenOptions,
    private readonly logger: Logger,
  ) {
    this.apiKeys = new ApiKeyAuthenticator(dataSource, logger);
  }

  /** Returns a token for an active user whose argon2 password hash matches, and throws UNAUTHENTICATED otherwise. */
  async signIn(email: string, password: string): Promise<SignInResult> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normalizeEmail(email) });

    const passwordHash = user?.passwordHash ?? (await this.getPlaceholderHash());
    const passwordMatches = await verify(passwordHash, password).catch(() => false);

    if (user === null || user.passwordHash === null || !user.active || !passwordMatches) {
      this.logger.info({ userId: user?.id ?? null }, 'Sign-in rejected.');
      throw AccordError.unauthenticated(SIGN_IN_FAILED_MESSAGE);
    }

    this.logger.info({ userId: user.id }, 'User signed in.');

    return { ...signAccessToken(user.id, this.tokenOptions), user };
  }

  /**
   * Reads the caller of a request from its Authorization header: an access token from `signIn` or a
   * partner API key (`acc_…`). A request without the header is anonymous.
   */
  async resolveCaller(authorization: string | undefined): Promise<CallerResolution> {
    const token = readBearerToken(authorization);
    if (token === null) {
      return { caller: null, authFailure: authorization === undefined ? null : 'invalid' };
    }
    if (looksLikeApiKey(token)) {
      return this.apiKeys.resolve(token);
    }

    const check = verifyAccessToken(token, this.tokenOptions.secret);
    if (!check.ok) {
      return { caller: null, authFailure: check.reason };
    }
    if (!isUuid(check.userId)) {
      return { caller: null, authFailure: 'invalid' };
    }

    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: check.userId });
    if (user === null || !user.active || !isRole(user.role)) {
      return { caller: null, authFailure: 'inactive' };
    }

    const caller = { id: user.id, role: user.role, teamId: user.teamId, partnerId: user.partnerId, apiKeyId: null, scopes: ALL_API_KEY_SCOPES };

    return { caller, authFailure: null };
  }

  private getPlaceholderHash(): Promise<string> {
    this.placeholderHash ??= hash('placeholder password that no account has');

    return this.placeholderHash;
  }
}
