import { Stage } from '@accord/governance';
import { LeadActionError } from '@accord/workflows';
import { Client } from '@temporalio/client';

import { FakeTemporalConnection } from '../testing/fake-temporal-connection.fixture';
import { createTemporalLeadLifecycle } from './lead-lifecycle.gateway';

const leadId = '0b7e7d4e-1f7c-4c50-9a8e-4d2b5b0f3c11';
const input = { actorId: '6f1c1f36-8a51-4a0c-9a77-0d4c0a6b7a10', reasonCode: null, note: null };

function countTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

describe('Temporal lead lifecycle gateway', () => {
  it('throws UNAVAILABLE when the lifecycle does not answer in time', async () => {
    const connection = new FakeTemporalConnection();
    const lifecycle = createTemporalLeadLifecycle(new Client({ connection }), { actionTimeoutMs: 50 });

    const failure = await lifecycle.execute(leadId, 'ACCEPT', input).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(LeadActionError);
    expect(failure).toMatchObject({
      code: 'UNAVAILABLE',
      message:
        "the lead's lifecycle did not answer within 0.05 s; the worker may be down. " +
        'The request was queued and is applied when the worker returns; reload the lead before retrying.',
    });
    expect(connection.calls).toEqual(['UpdateWorkflowExecution']);
  });

  it('returns the result and leaves no timer behind', async () => {
    const connection = new FakeTemporalConnection();
    const result = { leadId, stage: Stage.Sal, ownerId: input.actorId };
    connection.updateBehaviour = { kind: 'COMPLETE', result };
    const lifecycle = createTemporalLeadLifecycle(new Client({ connection }));
    const timersBefore = countTimers();

    await expect(lifecycle.execute(leadId, 'ACCEPT', input)).resolves.toEqual(result);

    expect(countTimers()).toBe(timersBefore);
  });

  it('throws UNAVAILABLE when a reassignment gets no response in time', async () => {
    const connection = new FakeTemporalConnection();
    const lifecycle = createTemporalLeadLifecycle(new Client({ connection }), { actionTimeoutMs: 50 });

    const failure = await lifecycle
      .reassign(leadId, { actorId: input.actorId, toUserId: input.actorId, reason: 'Cover' })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(LeadActionError);
    expect(failure).toMatchObject({ code: 'UNAVAILABLE' });
    expect(connection.calls).toEqual(['UpdateWorkflowExecution']);
  });

  it('returns a pause’s result and leaves no timer behind', async () => {
    const connection = new FakeTemporalConnection();
    const result = { leadId, stage: Stage.Sal, ownerId: input.actorId };
    connection.updateBehaviour = { kind: 'COMPLETE', result };
    const lifecycle = createTemporalLeadLifecycle(new Client({ connection }));
    const timersBefore = countTimers();

    await expect(lifecycle.pauseSla(leadId, { actorId: input.actorId, reason: 'waiting on the buyer' })).resolves.toEqual(result);

    expect(countTimers()).toBe(timersBefore);
  });
});
