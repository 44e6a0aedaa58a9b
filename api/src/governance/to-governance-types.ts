import {
  Motion,
  describeCondition,
  type GovernanceModel,
  type ReasonCode as ReasonCodeModel,
  type SlaPolicy,
  type StageDefinition as StageDefinitionModel,
} from '@accord/governance';

import type { GovernanceVersionRecord } from './governance.service';
import type { GovernanceVersion, ReasonCode, StageDefinition } from './governance.types';

const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_MINUTE = 60;

/** Renders business seconds as the largest whole unit, such as `1 business hour` or `90 business minutes`. */
export function formatBusinessDuration(seconds: number): string {
  const [amount, unit] =
    seconds % SECONDS_PER_HOUR === 0
      ? [seconds / SECONDS_PER_HOUR, 'hour']
      : seconds % SECONDS_PER_MINUTE === 0
        ? [seconds / SECONDS_PER_MINUTE, 'minute']
        : [seconds, 'second'];

  return `${amount} business ${unit}${amount === 1 ? '' : 's'}`;
}

function describePolicy(policy: SlaPolicy): string {
  return `${formatBusinessDuration(policy.targetSeconds)}, warning at ${policy.warnPercent}%`;
}

/** Describes a stage's SLA: the default first, then each motion whose policy differs. Null without any SLA. */
export function describeSla(sla: StageDefinitionModel['sla']): string | null {
  const parts: string[] = [];
  if (sla.default !== null) {
    parts.push(describePolicy(sla.default));
  }

  for (const motion of Object.values(Motion)) {
    const policy = sla[motion];
    if (policy !== undefined) {
      parts.push(`${motion}: ${describePolicy(policy)}`);
    }
  }

  return parts.length === 0 ? null : parts.join('; ');
}

export function toStageDefinition(definition: StageDefinitionModel): StageDefinition {
  return {
    stage: definition.stage,
    label: definition.label,
    order: definition.order,
    description: definition.description,
    entryCriteria: definition.entryCriteria === null ? null : describeCondition(definition.entryCriteria),
    requiredFields: [...definition.requiredFields],
    ownerTeam: definition.ownerTeam,
    primaryKpi: definition.primaryKpi,
    slaTargetSeconds: definition.sla.default?.targetSeconds ?? null,
    slaSummary: describeSla(definition.sla),
  };
}

export function toReasonCode(reason: ReasonCodeModel): ReasonCode {
  return {
    code: reason.code,
    label: reason.label,
    kinds: [...reason.kinds],
    noteRequired: reason.noteRequired,
    active: reason.active,
  };
}

export function toStageDefinitions(model: GovernanceModel): StageDefinition[] {
  return [...model.stages].sort((left, right) => left.order - right.order).map(toStageDefinition);
}

export function toGovernanceVersion(governance: GovernanceVersionRecord): GovernanceVersion {
  return {
    version: governance.version,
    status: governance.status,
    publishedAt: governance.publishedAt,
    createdAt: governance.createdAt,
    basedOn: governance.basedOn,
    stages: toStageDefinitions(governance.model),
    reasonCodes: governance.model.reasonCodes.map(toReasonCode),
    motions: governance.model.motions.map((motion) => ({ ...motion })),
    createdById: governance.createdBy,
    publishedById: governance.publishedBy,
    document: governance.model,
  };
}
