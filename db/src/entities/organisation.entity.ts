import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { BusinessCalendar } from '@accord/governance';

@Entity({ name: 'partners' })
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column('text')
  key!: string;

  @Column('text')
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'teams' })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column('text')
  key!: string;

  @Column('text')
  label!: string;

  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'teams_manager_id_fkey' })
  manager?: UserEntity | null;

  /** The team's business calendar; SLA time for its members runs on it unless they have their own. */
  @Column({ type: 'jsonb', nullable: true })
  calendar!: BusinessCalendar | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'users' })
@Check('users_role_check', `"role" IN ('ADMIN', 'MARKETING_OPS', 'MANAGER', 'REP', 'PARTNER')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored normalised (trimmed, lower case). */
  @Index({ unique: true })
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  /** One of ADMIN, MARKETING_OPS, MANAGER, REP, PARTNER. */
  @Column('text')
  role!: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'users_team_id_fkey' })
  team?: TeamEntity | null;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'users_partner_id_fkey' })
  partner?: PartnerEntity | null;

  /** argon2id hash; null for accounts that cannot sign in with a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  /** IANA time zone the portals show instants in. */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone!: string;

  /** A personal calendar that overrides the team's for SLA maths. */
  @Column({ type: 'jsonb', nullable: true })
  calendar!: BusinessCalendar | null;

  /** Deactivated users cannot sign in and are never picked by routing. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** While set and in the future, routing skips this user. */
  @Column({ name: 'out_of_office_until', type: 'timestamptz', nullable: true })
  outOfOfficeUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
