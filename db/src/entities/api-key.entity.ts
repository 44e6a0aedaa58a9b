import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './organisation.entity';

/** Permissions of an API key. A password session of a partner account has every scope. */
export enum ApiKeyScope {
  SubmitLeads = 'SUBMIT_LEADS',
  ReadLeads = 'READ_LEADS',
}

/**
 * A partner's API key. The key itself (`acc_<publicId>_<secret>`) is shown once when it is created;
 * only the SHA-256 hash of its secret part is stored. Rows are never deleted: a revoked key keeps
 * its row so the admin portal can show who created and revoked it.
 */
@Entity({ name: 'api_keys' })
@Index('api_keys_partner_user_id', ['partnerUserId', 'createdAt'])
@Check('api_keys_scopes_check', `"scopes" <@ ARRAY['SUBMIT_LEADS', 'READ_LEADS']::text[] AND cardinality("scopes") > 0`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 16 lower-case base32 characters, the part of the key that finds this row. */
  @Index('api_keys_public_id', { unique: true })
  @Column({ name: 'public_id', type: 'text' })
  publicId!: string;

  /** The partner account (a user with role PARTNER) the key signs in as. */
  @Column({ name: 'partner_user_id', type: 'uuid' })
  partnerUserId!: string;

  @ManyToOne(() => UserEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_user_id', foreignKeyConstraintName: 'api_keys_partner_user_id_fkey' })
  partnerUser?: UserEntity;

  /** Purpose of the key, such as "CRM sync", chosen by the admin who created it. */
  @Column('text')
  name!: string;

  @Column({ type: 'text', array: true })
  scopes!: ApiKeyScope[];

  /** SHA-256 of the secret part of the key, 32 bytes. */
  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash!: Buffer;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Updated at most once a minute per key, so a busy key does not write on every request. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'api_keys_created_by_fkey' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
