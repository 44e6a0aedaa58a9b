import { ActorKind, StageTransitionEntity } from '@accord/db';
import type { GovernanceModel, SlaPolicy } from '@accord/governance';
import type { DataSource } from 'typeorm';

import { AccordError } from '../errors/accord-error';

/** Returns a deep copy of the model, changed by `edit`, as the admin portal would send it. */
export function editModel(model: GovernanceModel, edit: (draft: GovernanceModel) => void): GovernanceModel {
  const draft = structuredClone(model);
  edit(draft);

  return draft;
}

/** Awaits a promise that must fail with an AccordError and returns that error. */
export async function accordErrorOf(promise: Promise<unknown>): Promise<AccordError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AccordError) {
      return error;
    }

    throw error;
  }

  throw new Error('expected an AccordError, but the promise resolved');
}

let transitionCount = 0;

/** Stores one stage transition of a lead directly, with a reason code when given. */
export async function insertTransitionRow(
  dataSource: DataSource,
  fields: { leadId: string; fromStage: string | null; toStage: string; reasonCode?: string | null; occurredAt?: Date },
): Promise<void> {
  transitionCount += 1;
  await dataSource.getRepository(StageTransitionEntity).insert({
    leadId: fields.leadId,
    fromStage: fields.fromStage,
    toStage: fields.toStage,
    actorKind: ActorKind.System,
    actorId: null,
    reasonCode: fields.reasonCode ?? null,
    note: null,
    governanceVersion: 1,
    occurredAt: fields.occurredAt ?? new Date('2026-03-02T09:00:00Z'),
    idempotencyKey: `test-transition-${transitionCount}-${Date.now()}`,
  });
}

/** Returns `items[index]`, or throws when the list is shorter, so a test names the missing item. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`the list has no item at index ${index}`);
  }

  return item;
}

/** Returns the default SLA policy of the stage at `index`, or throws when the stage has none. */
export function defaultSlaOf(model: GovernanceModel, index: number): SlaPolicy {
  const policy = itemAt(model.stages, index).sla.default;
  if (policy === null) {
    throw new Error(`stage ${index} of the model has no default SLA`);
  }

  return policy;
}
