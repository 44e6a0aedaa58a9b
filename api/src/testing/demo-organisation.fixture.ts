import { LeadEntity, UserEntity, seedDemo } from '@accord/db';
import { Motion, Stage } from '@accord/governance';
import type { DataSource } from 'typeorm';

import { isRole, type Caller } from '../auth/caller';

/** Seeds the demo organisation and published governance version 1 into a throwaway database. */
export async function seedDemoOrganisation(dataSource: DataSource): Promise<void> {
  await seedDemo(dataSource);
}

/** Returns the caller of a seeded demo account, such as `anna@accord.example`. */
export async function callerOf(dataSource: DataSource, email: string): Promise<Caller> {
  const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ email });
  if (!isRole(user.role)) {
    throw new Error(`demo user ${email} has the unknown role ${user.role}`);
  }

  return { id: user.id, role: user.role, teamId: user.teamId, partnerId: user.partnerId };
}

/** Stores a lead row directly, without the intake service, for tests of reading and acting. */
export async function insertLeadRow(dataSource: DataSource, fields: Partial<LeadEntity> & { email: string }): Promise<LeadEntity> {
  const leads = dataSource.getRepository(LeadEntity);

  return leads.save(
    leads.create({
      emailNormalized: fields.email.toLowerCase(),
      motion: Motion.Inbound,
      source: 'Web',
      stage: Stage.Lead,
      scoreBreakdown: [],
      routingTrace: [],
      governanceVersion: 1,
      arrivedAt: new Date('2026-03-02T09:00:00Z'),
      ...fields,
    }),
  );
}
