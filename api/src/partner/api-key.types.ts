import { ApiKeyScope, type ApiKeyEntity, type PartnerEntity } from '@accord/db';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { ApiKeyScopeEnum } from '../schema/graphql-enums';

@ObjectType('ApiKey', { description: 'A partner’s API key as admins see it: never the key itself or its hash.' })
export class ApiKey {
  @Field(() => ID, { description: 'Key id (UUID); revokeApiKey takes it.' })
  id!: string;

  @Field(() => String, { description: 'The start of the key, acc_<publicId>, to tell keys apart; the secret part is never shown again.' })
  prefix!: string;

  @Field(() => String, { description: 'What the key is for, such as "CRM sync".' })
  name!: string;

  @Field(() => [ApiKeyScopeEnum], { description: 'What the key may do.' })
  scopes!: ApiKeyScope[];

  @Field(() => Date, { description: 'When the key stops being accepted.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an admin revoked the key; null while it is not revoked.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was last used, to the minute; null when it was never used.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { description: 'When the key was created.' })
  createdAt!: Date;

  /** Resolved to `partnerUser` by the API key resolver. */
  partnerUserId!: string;

  /** Resolved to `createdBy` by the API key resolver. */
  createdById!: string | null;
}

@ObjectType('CreatedApiKey', { description: 'A new API key. The key is returned only here and is never shown again.' })
export class CreatedApiKey {
  @Field(() => String, { description: 'The whole key: acc_<publicId>_<secret>. Send it as "Authorization: Bearer <key>".' })
  key!: string;

  @Field(() => ApiKey, { description: 'The stored key.' })
  apiKey!: ApiKey;
}

@ObjectType('Partner', { description: 'A reseller, agency or lead vendor that submits leads through the API.' })
export class Partner {
  @Field(() => ID, { description: 'Partner id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'Stable key, such as northwind.' })
  key!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;
}

export const MAX_API_KEY_NAME_LENGTH = 100;

@InputType('CreateApiKeyInput', { description: 'A new API key for a partner account.' })
export class CreateApiKeyInput {
  @IsUUID('all', { message: 'partnerUserId must be a user id (UUID)' })
  @Field(() => ID, { description: 'The partner account (a user with role PARTNER) the key signs in as.' })
  partnerUserId!: string;

  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(MAX_API_KEY_NAME_LENGTH, { message: `name must be at most ${MAX_API_KEY_NAME_LENGTH} characters` })
  @Field(() => String, { description: `What the key is for, 1 to ${MAX_API_KEY_NAME_LENGTH} characters.` })
  name!: string;

  @ArrayMinSize(1, { message: 'scopes must name at least one scope: SUBMIT_LEADS or READ_LEADS' })
  @ArrayMaxSize(Object.values(ApiKeyScope).length, { message: 'scopes lists a scope more than once' })
  @ArrayUnique({ message: 'scopes lists a scope more than once' })
  @Field(() => [ApiKeyScopeEnum], { description: 'What the key may do, at least one scope.' })
  scopes!: ApiKeyScope[];

  @Field(() => Date, { description: 'When the key stops being accepted: in the future and at most one year ahead (the same instant next year).' })
  expiresAt!: Date;
}

export function toApiKey(entity: ApiKeyEntity): ApiKey {
  return {
    id: entity.id,
    prefix: `acc_${entity.publicId}`,
    name: entity.name,
    scopes: [...entity.scopes],
    expiresAt: entity.expiresAt,
    revokedAt: entity.revokedAt,
    lastUsedAt: entity.lastUsedAt,
    createdAt: entity.createdAt,
    partnerUserId: entity.partnerUserId,
    createdById: entity.createdBy,
  };
}

export function toPartner(entity: PartnerEntity): Partner {
  return { id: entity.id, key: entity.key, name: entity.name };
}
