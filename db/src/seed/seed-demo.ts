import { createHash } from 'node:crypto';

import { hash } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { ALWAYS_OPEN_CALENDAR, buildDefaultGovernanceModel, type GovernanceModel, Role, Stage } from '@accord/governance';
import { ApiKeyEntity, ApiKeyScope, GovernanceStatus, GovernanceVersionEntity, PartnerEntity, TeamEntity, UserEntity } from '../entities';
import { insertGovernanceVersion, publishGovernanceVersion } from '../governance/publish-version';
import { DEMO_ADMIN, DEMO_MARKETING_OPS, DEMO_PARTNER, DEMO_PARTNER_API_KEY, DEMO_PASSWORD, DEMO_TEAMS } from './demo-organisation';

export interface DemoSignIn {
  role: Role;
  email: string;
  team: string | null;
}

export interface SeedResult {
  /** Version published by this run, or null when a version was already published. */
  publishedVersion: number | null;
  signIns: DemoSignIn[];
  /** The demo partner's API key, `acc_<publicId>_<secret>`. */
  partnerApiKey: string;
}

async function upsertUser(
  manager: EntityManager,
  user: { email: string; name: string; timeZone: string },
  role: Role,
  links: { teamId?: string; partnerId?: string },
  passwordHash: string,
): Promise<UserEntity> {
  const existing = await manager.findOne(UserEntity, { where: { email: user.email } });
  if (existing !== null) {
    return existing;
  }

  return manager.save(UserEntity, {
    email: user.email,
    name: user.name,
    role,
    teamId: links.teamId ?? null,
    partnerId: links.partnerId ?? null,
    passwordHash,
    timeZone: user.timeZone,
    calendar: null,
    active: true,
    outOfOfficeUntil: null,
  });
}

/**
 * Stores the demo partner's API key (all scopes, one year) unless a key with its public id exists.
 * Like the API, it stores only the SHA-256 hash of the secret. An existing key is kept as it is, so
 * a key an admin revoked in the demo stays revoked.
 */
async function upsertDemoApiKey(manager: EntityManager, partnerUserId: string, adminId: string): Promise<string> {
  const { publicId, secret, name } = DEMO_PARTNER_API_KEY;
  const existing = await manager.findOne(ApiKeyEntity, { where: { publicId } });
  if (existing === null) {
    const expiresAt = new Date();
    expiresAt.setUTCFullYear(expiresAt.getUTCFullYear() + 1);
    await manager.save(ApiKeyEntity, {
      publicId,
      partnerUserId,
      name,
      scopes: Object.values(ApiKeyScope),
      secretHash: createHash('sha256').update(secret, 'utf8').digest(),
      expiresAt,
      revokedAt: null,
      lastUsedAt: null,
      createdBy: adminId,
    });
  }

  return `acc_${publicId}_${secret}`;
}

async function upsertTeam(manager: EntityManager, key: string, label: string, calendar: TeamEntity['calendar']): Promise<TeamEntity> {
  const existing = await manager.findOne(TeamEntity, { where: { key } });

  return existing ?? manager.save(TeamEntity, { key, label, calendar, managerId: null });
}

/**
 * Seeds the demo organisation (two teams of three reps with a manager each, one admin, one partner)
 * and publishes the default governance model as the first version. Safe to run again: existing rows
 * are kept and nothing is published twice.
 */
export interface SeedOptions {
  adjustModel?: (model: GovernanceModel) => GovernanceModel;
  /**
   * Demo drill: the acceptance SLA becomes this many minutes of round-the-clock time, and the teams'
   * calendars are always open, so a breach and its escalation can be watched in one sitting. Applies
   * only when this run publishes the first version (a fresh database).
   */
  demoSlaMinutes?: number;
}

function withDemoAcceptanceSla(model: GovernanceModel, minutes: number): GovernanceModel {
  return {
    ...model,
    calendars: { ...model.calendars, 'always-open': ALWAYS_OPEN_CALENDAR },
    stages: model.stages.map((stage) => {
      const policy = stage.sla.default;
      if (stage.stage !== Stage.Sal || policy === null) {
        return stage;
      }

      return { ...stage, sla: { default: { ...policy, targetSeconds: minutes * 60, calendarKey: 'always-open' } } };
    }),
  };
}

export async function seedDemo(dataSource: DataSource, options: SeedOptions = {}): Promise<SeedResult> {
  const passwordHash = await hash(DEMO_PASSWORD);

  return dataSource.transaction(async (manager) => {
    const signIns: DemoSignIn[] = [];
    const admin = await upsertUser(manager, DEMO_ADMIN, Role.Admin, {}, passwordHash);
    signIns.push({ role: Role.Admin, email: admin.email, team: null });
    const marketingOps = await upsertUser(manager, DEMO_MARKETING_OPS, Role.MarketingOps, {}, passwordHash);
    signIns.push({ role: Role.MarketingOps, email: marketingOps.email, team: null });

    const pools = [];
    for (const demoTeam of DEMO_TEAMS) {
      const calendar = options.demoSlaMinutes === undefined ? demoTeam.calendar : ALWAYS_OPEN_CALENDAR;
      const team = await upsertTeam(manager, demoTeam.key, demoTeam.label, calendar);
      const teamManager = await upsertUser(manager, demoTeam.manager, Role.Manager, { teamId: team.id }, passwordHash);
      if (team.managerId === null) {
        await manager.update(TeamEntity, { id: team.id }, { managerId: teamManager.id });
      }
      signIns.push({ role: Role.Manager, email: teamManager.email, team: team.label });

      const memberIds: string[] = [];
      for (const rep of demoTeam.reps) {
        const user = await upsertUser(manager, { ...rep, timeZone: demoTeam.calendar.timeZone }, Role.Rep, { teamId: team.id }, passwordHash);
        memberIds.push(user.id);
        signIns.push({ role: Role.Rep, email: user.email, team: team.label });
      }
      pools.push({ key: `${demoTeam.key}-reps`, label: `${demoTeam.label} reps`, teamKey: demoTeam.key, memberIds });
    }

    const partner =
      (await manager.findOne(PartnerEntity, { where: { key: DEMO_PARTNER.key } })) ??
      (await manager.save(PartnerEntity, { key: DEMO_PARTNER.key, name: DEMO_PARTNER.name }));
    const partnerUser = await upsertUser(manager, DEMO_PARTNER.user, Role.Partner, { partnerId: partner.id }, passwordHash);
    signIns.push({ role: Role.Partner, email: partnerUser.email, team: null });
    const partnerApiKey = await upsertDemoApiKey(manager, partnerUser.id, admin.id);

    const published = await manager.count(GovernanceVersionEntity);
    if (published > 0) {
      return { publishedVersion: null, signIns, partnerApiKey };
    }

    const baseModel = buildDefaultGovernanceModel({
      teams: DEMO_TEAMS.map((team) => ({ key: team.key, label: team.label })),
      pools,
    });
    const drillModel = options.demoSlaMinutes === undefined ? baseModel : withDemoAcceptanceSla(baseModel, options.demoSlaMinutes);
    const model = options.adjustModel ? options.adjustModel(drillModel) : drillModel;
    const version = await insertGovernanceVersion(manager, { model, status: GovernanceStatus.InReview, createdBy: admin.id, basedOn: null });
    const snapshot = await publishGovernanceVersion(manager, version, admin.id);

    return { publishedVersion: snapshot.version, signIns, partnerApiKey };
  });
}
