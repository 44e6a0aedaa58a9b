/**
 * Records the workflow histories that the replay test checks new workflow code against. Run it
 * after a deliberate, compatible change to the lifecycle (or to add a scenario):
 *
 *   node scripts/run-ts.mjs test/replay/record-histories.ts
 *
 * It starts its own Temporal dev server and database, runs each scenario to completion and writes
 * `test/fixtures/histories/<scenario>.json`. To add one scenario without recording the others again,
 * name it: `node scripts/run-ts.mjs test/replay/record-histories.ts engagement-to-mql-then-won`.
 */
import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { Stage } from '@accord/governance';
import { EngagementEventEntity, EngagementSource, LeadEntity } from '@accord/db';
import {
  acceptLeadUpdate,
  convertLeadUpdate,
  disqualifyLeadUpdate,
  engagementRecordedSignal,
  leadDataChangedSignal,
  leadWorkflowId,
  pauseSlaUpdate,
  qualifyLeadUpdate,
  reassignLeadUpdate,
  rejectLeadUpdate,
  resumeSlaUpdate,
  startLeadLifecycle,
  winLeadUpdate,
} from '@accord/workflows';
import { startTemporalDevServer, stopTemporalDevServer } from '../setup/temporal-dev-server';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { openAllTeamCalendars, withAcceptanceSlaSeconds } from '../support/short-sla-model';
import { waitFor } from '../support/wait-for';

const repoRoot = path.resolve(__dirname, '..', '..');
const REPLAY_PAUSE_REASON = 'waiting on the buyer';
const outputDir = path.join(repoRoot, 'test', 'fixtures', 'histories');

async function routed(stack: LifecycleStack, email: string, fields: Parameters<typeof insertLead>[1] = { email }): Promise<LeadEntity> {
  const lead = await insertLead(stack.database.dataSource, { ...fields, email });
  await startLeadLifecycle(stack.client, lead.id);

  return waitFor(
    () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
    (row) => row.ownerId !== null,
    20_000,
    'routing',
  );
}

async function save(stack: LifecycleStack, name: string, leadId: string): Promise<void> {
  const handle = stack.client.workflow.getHandle(leadWorkflowId(leadId));
  await handle.result();
  fs.writeFileSync(path.join(outputDir, `${name}.json`), `${historyToJSON(await handle.fetchHistory())}\n`);
  console.log(`recorded ${name}`);
}

async function recordScenarios(stack: LifecycleStack): Promise<void> {
  const won = await routed(stack, 'replay-convert@example.com', { email: '', useCase: 'Fleet telemetry', employeeCount: 800 });
  const wonHandle = stack.client.workflow.getHandle(leadWorkflowId(won.id));
  const actor = { actorId: won.ownerId ?? '' };
  await wonHandle.executeUpdate(acceptLeadUpdate, { args: [actor] });
  await wonHandle.executeUpdate(qualifyLeadUpdate, { args: [actor] });
  await wonHandle.executeUpdate(convertLeadUpdate, { args: [actor] });
  await save(stack, 'accept-qualify-convert', won.id);

  const rejected = await routed(stack, 'replay-reject@example.com');
  const rejectedHandle = stack.client.workflow.getHandle(leadWorkflowId(rejected.id));
  await rejectedHandle
    .executeUpdate(rejectLeadUpdate, { args: [{ actorId: rejected.ownerId ?? '', reasonCode: '' }] })
    .catch(() => undefined);
  await rejectedHandle.executeUpdate(rejectLeadUpdate, {
    args: [{ actorId: rejected.ownerId ?? '', reasonCode: 'NO_FIT', note: 'Too small' }],
  });
  await save(stack, 'refused-then-rejected', rejected.id);

  const escalated = await routed(stack, 'replay-escalate@example.com');
  await waitFor(
    () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: escalated.id } }),
    (row) => row.escalationCount === 2 && row.slaState === 'BREACHED',
    60_000,
    'two escalations and a third breach',
  );
  const escalatedHandle = stack.client.workflow.getHandle(leadWorkflowId(escalated.id));
  const manager = await stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: escalated.id } });
  await escalatedHandle.executeUpdate(disqualifyLeadUpdate, { args: [{ actorId: manager.ownerId ?? '', reasonCode: 'SPAM' }] });
  await save(stack, 'sla-ladder-then-disqualified', escalated.id);

  const cold = await insertLead(stack.database.dataSource, { email: 'replay-cold@example.com', fitScore: 5, behaviourScore: 5 });
  await startLeadLifecycle(stack.client, cold.id);
  const coldHandle = stack.client.workflow.getHandle(leadWorkflowId(cold.id));
  const result = await coldHandle.executeUpdate(disqualifyLeadUpdate, {
    args: [{ actorId: manager.ownerId ?? '', reasonCode: 'STUDENT_JOB_SEEKER' }],
  });
  if (result.stage !== Stage.Disqualified) {
    throw new Error(`expected the cold lead to be disqualified, got ${result.stage}`);
  }
  await save(stack, 'cold-lead-disqualified', cold.id);

  await recordQueueWork(stack, manager.ownerId ?? '');
  await recordEngagementThenWon(stack);
}

/** Records a fitting lead that a demo request lifts from LEAD to MQL and that its owner takes to OPPORTUNITY and wins. */
async function recordEngagementThenWon(stack: LifecycleStack): Promise<void> {
  const lead = await insertLead(stack.database.dataSource, { email: 'replay-engaged@example.com', behaviourScore: 0, useCase: 'Fleet telemetry' });
  await startLeadLifecycle(stack.client, lead.id);
  const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));

  await waitFor(
    () => stack.database.dataSource.query(`SELECT 1 FROM sla_events WHERE lead_id = $1 AND kind = 'ARMED'`, [lead.id]),
    (rows: unknown[]) => rows.length > 0,
    20_000,
    'the enrichment clock',
  );
  const event = await stack.database.dataSource.manager.save(EngagementEventEntity, {
    leadId: lead.id,
    event: 'demo_request',
    occurredAt: new Date(),
    source: EngagementSource.User,
    recordedBy: null,
    idempotencyKey: `replay-${lead.id}`,
  });
  await handle.signal(engagementRecordedSignal, { eventId: event.id, occurredAt: event.occurredAt.toISOString() });

  const qualified = await waitFor(
    () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
    (row) => row.ownerId !== null,
    20_000,
    'routing after the demo request',
  );

  const actor = { actorId: qualified.ownerId ?? '' };
  await handle.executeUpdate(acceptLeadUpdate, { args: [actor] });
  await handle.executeUpdate(qualifyLeadUpdate, { args: [actor] });
  await handle.executeUpdate(convertLeadUpdate, { args: [actor] });
  await handle.executeUpdate(winLeadUpdate, { args: [actor] });
  await save(stack, 'engagement-to-mql-then-won', lead.id);
}

/** Reassignment, an SLA pause, the Lead stage's clock and a roll-over to a new run. */
async function recordQueueWork(stack: LifecycleStack, managerId: string): Promise<void> {
  const moved = await routed(stack, 'replay-reassign@example.com');
  const movedHandle = stack.client.workflow.getHandle(leadWorkflowId(moved.id));
  const others = await stack.database.dataSource.query(`SELECT id FROM users WHERE role = 'REP' AND team_id = $1 AND id <> $2`, [
    moved.teamId,
    moved.ownerId,
  ]);
  const newOwner: string = others[0].id;
  await movedHandle.executeUpdate(reassignLeadUpdate, { args: [{ actorId: managerId, toUserId: newOwner, reason: 'Knows the account' }] });
  await movedHandle.executeUpdate(pauseSlaUpdate, { args: [{ actorId: newOwner, reason: REPLAY_PAUSE_REASON }] });
  await movedHandle.executeUpdate(resumeSlaUpdate, { args: [{ actorId: newOwner }] });
  await movedHandle.executeUpdate(acceptLeadUpdate, { args: [{ actorId: newOwner }] });
  await movedHandle.executeUpdate(disqualifyLeadUpdate, { args: [{ actorId: newOwner, reasonCode: 'NO_BUDGET' }] });
  await save(stack, 'reassign-pause-resume-accept', moved.id);

  const enriched = await insertLead(stack.database.dataSource, { email: 'replay-enriched@example.com', fitScore: 20, behaviourScore: 70 });
  await startLeadLifecycle(stack.client, enriched.id, { historyEventLimit: 30 });
  const enrichedHandle = stack.client.workflow.getHandle(leadWorkflowId(enriched.id));
  await waitFor(
    () => stack.database.dataSource.query(`SELECT 1 FROM sla_events WHERE lead_id = $1 AND kind = 'ARMED'`, [enriched.id]),
    (rows: unknown[]) => rows.length > 0,
    20_000,
    'the enrichment clock',
  );
  for (let index = 0; index < 8; index += 1) {
    await enrichedHandle.signal(leadDataChangedSignal);
  }
  await stack.database.dataSource.manager.update(LeadEntity, { id: enriched.id }, { fitScore: 85 });
  await enrichedHandle.signal(leadDataChangedSignal);
  const qualified = await waitFor(
    () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: enriched.id } }),
    (row) => row.ownerId !== null,
    20_000,
    'routing after enrichment',
  );
  await enrichedHandle.executeUpdate(rejectLeadUpdate, { args: [{ actorId: qualified.ownerId ?? '', reasonCode: 'TIMING' }] });
  await save(stack, 'enrichment-clock-then-rejected', enriched.id);
}

/** Scenarios that can be recorded alone, so the histories recorded by older workflow code stay as they are. */
const SINGLE_SCENARIOS: Readonly<Record<string, (stack: LifecycleStack) => Promise<void>>> = {
  'engagement-to-mql-then-won': recordEngagementThenWon,
};

async function main(): Promise<void> {
  const only = process.argv[2];
  const single = only === undefined ? undefined : SINGLE_SCENARIOS[only];
  if (only !== undefined && single === undefined) {
    throw new Error(`unknown scenario "${only}"; name one of ${Object.keys(SINGLE_SCENARIOS).join(', ')}, or none to record every scenario`);
  }

  fs.mkdirSync(outputDir, { recursive: true });
  const server = await startTemporalDevServer(repoRoot);
  process.env.TEMPORAL_ADDRESS = server.address;
  const acceptanceSla = withAcceptanceSlaSeconds(2);
  const stack = await startLifecycleStack('record', {
    adjustModel: (model) => {
      const adjusted = acceptanceSla(model);

      return {
        ...adjusted,
        stages: adjusted.stages.map((stage) =>
          stage.stage === Stage.Sal && stage.sla.default !== null
            ? { ...stage, sla: { default: { ...stage.sla.default, pauseReasons: [REPLAY_PAUSE_REASON] } } }
            : stage,
        ),
      };
    },
  });
  try {
    await openAllTeamCalendars(stack.database.dataSource);
    await (single ?? recordScenarios)(stack);
  } finally {
    await stack.stop();
    await stopTemporalDevServer(server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.cause instanceof Error ? error.cause : error);
  process.exitCode = 1;
});
