import type { DataSource } from 'typeorm';
import { Motion, normalizeEmail, Stage } from '@accord/governance';
import { ActorKind, LeadEntity, StageTransitionEntity, loadPublishedVersion } from '@accord/db';

export interface TestLeadFields {
  email: string;
  country?: string;
  industry?: string;
  title?: string;
  motion?: Motion;
  fitScore?: number;
  behaviourScore?: number;
  employeeCount?: number | null;
  useCase?: string | null;
}

/**
 * Stores a lead at stage LEAD with its creation transition, the way the API's create path does, for
 * tests of the lifecycle alone. Defaults describe a lead that meets the inbound MQL criteria.
 */
export async function insertLead(dataSource: DataSource, fields: TestLeadFields): Promise<LeadEntity> {
  const published = await loadPublishedVersion(dataSource.manager);

  return dataSource.transaction(async (manager) => {
    const lead = await manager.save(LeadEntity, {
      email: fields.email,
      emailNormalized: normalizeEmail(fields.email),
      firstName: 'Test',
      lastName: 'Lead',
      title: fields.title ?? 'VP Operations',
      phone: null,
      company: 'Example Manufacturing',
      companyDomain: fields.email.split('@')[1] ?? null,
      industry: fields.industry ?? 'Manufacturing',
      employeeCount: fields.employeeCount === undefined ? 500 : fields.employeeCount,
      annualRevenueUsd: '25000000',
      country: fields.country ?? 'US',
      region: null,
      city: null,
      source: 'Web',
      sourceStatus: null,
      motion: fields.motion ?? Motion.Inbound,
      useCase: fields.useCase === undefined ? null : fields.useCase,
      consent: true,
      partnerId: null,
      submittedBy: null,
      importJobId: null,
      fitScore: fields.fitScore ?? 80,
      behaviourScore: fields.behaviourScore ?? 70,
      scoreBreakdown: [],
      stage: Stage.Lead,
      reasonCode: null,
      ownerId: null,
      teamId: null,
      routingPool: null,
      routingTrace: [],
      governanceVersion: published.version,
      arrivedAt: new Date(),
    });
    await manager.insert(StageTransitionEntity, {
      leadId: lead.id,
      fromStage: null,
      toStage: Stage.Lead,
      actorKind: ActorKind.System,
      actorId: null,
      reasonCode: null,
      note: null,
      governanceVersion: published.version,
      occurredAt: lead.arrivedAt,
      idempotencyKey: `lead-${lead.id}:created`,
    });

    return lead;
  });
}
