import { ApiKeyEntity, AuditAction, PartnerEntity, UserEntity } from '@accord/db';
import { Role } from '@accord/governance';
import type { Logger } from 'pino';
import { In, type DataSource } from 'typeorm';

import { AuditTargetType, recordAudit } from '../audit/record-audit';
import { generateApiKey } from '../auth/api-key-format';
import type { Caller } from '../auth/caller';
import { isUuid } from '../auth/is-uuid';
import { AccordError } from '../errors/accord-error';
import { toUser, type User } from '../organisation/user.type';
import { toApiKey, toPartner, type ApiKey, type CreateApiKeyInput, type CreatedApiKey, type Partner } from './api-key.types';

/** Lists, creates and revokes partner API keys for admins. Each change is written to the audit log. */
export class ApiKeyAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async listPartners(): Promise<Partner[]> {
    const rows = await this.dataSource.getRepository(PartnerEntity).find({ order: { name: 'ASC' } });

    return rows.map(toPartner);
  }

  /** Returns each partner's accounts (users with role PARTNER), by name. */
  async listPartnerAccounts(partnerIds: readonly string[]): Promise<Map<string, User[]>> {
    const rows = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { partnerId: In([...partnerIds]), role: Role.Partner }, order: { name: 'ASC' } });
    const accounts = new Map<string, User[]>();
    for (const row of rows) {
      const list = accounts.get(row.partnerId ?? '') ?? [];
      list.push(toUser(row));
      accounts.set(row.partnerId ?? '', list);
    }

    return accounts;
  }

  /** Returns the keys of every account of the partner, newest first; NOT_FOUND for an unknown partner. */
  async listKeys(partnerId: string): Promise<ApiKey[]> {
    if (!isUuid(partnerId) || !(await this.dataSource.getRepository(PartnerEntity).existsBy({ id: partnerId }))) {
      throw AccordError.notFound('Partner', partnerId);
    }

    const rows = await this.dataSource
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('key')
      .innerJoin(UserEntity, 'account', 'account.id = key.partnerUserId')
      .where('account.partnerId = :partnerId', { partnerId })
      .orderBy('key.createdAt', 'DESC')
      .addOrderBy('key.id', 'ASC')
      .getMany();

    return rows.map(toApiKey);
  }

  /** Creates a key and returns it with its secret, which is stored only as a hash and never returned again. */
  async create(actor: Caller, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const name = input.name.trim();
    this.checkExpiry(input.expiresAt);
    if (name === '') {
      throw AccordError.badUserInput([{ field: 'name', value: input.name, message: 'name must not be blank; say what the key is for, such as "CRM sync"' }]);
    }

    const generated = generateApiKey();
    const saved = await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(UserEntity, { id: input.partnerUserId });
      if (account === null || account.role !== Role.Partner || account.partnerId === null) {
        throw AccordError.badUserInput([
          {
            field: 'partnerUserId',
            value: input.partnerUserId,
            message: `partnerUserId ${input.partnerUserId} is not a partner account; pick a user with role PARTNER from the partners query`,
          },
        ]);
      }
      if (!account.active) {
        throw AccordError.badUserInput([
          {
            field: 'partnerUserId',
            value: input.partnerUserId,
            message: `partnerUserId ${input.partnerUserId} is a deactivated account, and its keys would not work; reactivate it first or pick an active account`,
          },
        ]);
      }

      const key = await manager.save(
        manager.create(ApiKeyEntity, {
          publicId: generated.publicId,
          partnerUserId: account.id,
          name,
          scopes: [...input.scopes],
          secretHash: generated.secretHash,
          expiresAt: input.expiresAt,
          revokedAt: null,
          lastUsedAt: null,
          createdBy: actor.id,
        }),
      );
      await recordAudit(manager, {
        action: AuditAction.ApiKeyCreated,
        actorId: actor.id,
        targetType: AuditTargetType.ApiKey,
        targetId: key.id,
        before: null,
        after: { name, prefix: `acc_${key.publicId}`, partnerUserId: account.id, scopes: key.scopes, expiresAt: key.expiresAt.toISOString() },
        summary: `Created API key "${name}" (acc_${key.publicId}) for partner account ${account.name}.`,
      });

      return key;
    });

    this.logger.info({ apiKeyId: saved.id, partnerUserId: saved.partnerUserId, userId: actor.id }, 'API key created.');

    return { key: generated.key, apiKey: toApiKey(saved) };
  }

  /**
   * Revokes a key. The next request with it is rejected, because every request reads the key's row.
   * Revoking a revoked key returns it unchanged and writes no second audit entry.
   */
  async revoke(actor: Caller, id: string): Promise<ApiKey> {
    const key = await this.dataSource.transaction(async (manager) => {
      const row = isUuid(id) ? await manager.findOne(ApiKeyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (row === null) {
        throw AccordError.notFound('API key', id);
      }
      if (row.revokedAt !== null) {
        return row;
      }

      row.revokedAt = this.now();
      await manager.save(row);
      await recordAudit(manager, {
        action: AuditAction.ApiKeyRevoked,
        actorId: actor.id,
        targetType: AuditTargetType.ApiKey,
        targetId: row.id,
        before: { revokedAt: null },
        after: { revokedAt: row.revokedAt.toISOString() },
        summary: `Revoked API key "${row.name}" (acc_${row.publicId}).`,
      });

      return row;
    });

    this.logger.info({ apiKeyId: key.id, userId: actor.id }, 'API key revoked.');

    return toApiKey(key);
  }

  private checkExpiry(expiresAt: Date): void {
    const now = this.now();
    const latest = new Date(now);
    latest.setUTCFullYear(latest.getUTCFullYear() + 1);

    if (expiresAt.getTime() <= now.getTime() || expiresAt.getTime() > latest.getTime()) {
      throw AccordError.badUserInput([
        {
          field: 'expiresAt',
          value: expiresAt.toISOString(),
          message: `expiresAt ${expiresAt.toISOString()} is invalid; pick an instant after now and no later than ${latest.toISOString()} (one year ahead)`,
        },
      ]);
    }
  }
}
