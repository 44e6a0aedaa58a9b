import {
  describeEscalation,
  describeList,
  describeOptionalCondition,
  describeSlaPolicy,
  formatBusinessDuration,
  inSentence,
} from './describe-governance-values';
import type { GovernanceDiffEntry } from './diff-governance-models';
import { describeChange, isSameValue, pairByKey, pairPath } from './diff-helpers';
import { describeField } from './lead-field';
import { Motion, type GovernanceModel, type SlaPolicy, type StageDefinition } from './model';

const NO_CRITERIA = 'none (a rep action moves leads in)';
const SLA_KEYS: readonly string[] = ['default', ...Object.values(Motion)];

function motionName(key: string, models: readonly GovernanceModel[]): string {
  if (key === 'default') {
    return 'default';
  }

  for (const model of models) {
    const label = model.motions.find((motion) => motion.motion === key)?.label;
    if (label !== undefined) {
      return inSentence(label);
    }
  }

  return key;
}

function diffSlaPolicy(
  path: string,
  subject: string,
  before: SlaPolicy | null | undefined,
  after: SlaPolicy | null | undefined,
): GovernanceDiffEntry[] {
  if (before === null || before === undefined || after === null || after === undefined) {
    const beforeText = before === null || before === undefined ? null : describeSlaPolicy(before);
    const afterText = after === null || after === undefined ? null : describeSlaPolicy(after);
    if (beforeText === afterText) {
      return [];
    }

    return [{ path, description: `${subject}: ${beforeText ?? 'none'} → ${afterText ?? 'none'}`, before: beforeText, after: afterText }];
  }

  return [
    ...describeChange(
      `${path}.targetSeconds`,
      subject,
      formatBusinessDuration(before.targetSeconds),
      formatBusinessDuration(after.targetSeconds),
    ),
    ...describeChange(`${path}.warnPercent`, `${subject} warning`, `at ${before.warnPercent}%`, `at ${after.warnPercent}%`),
    ...describeChange(`${path}.calendarKey`, `${subject} calendar`, before.calendarKey, after.calendarKey),
    ...describeChange(
      `${path}.escalation`,
      `${subject} escalation`,
      describeEscalation(before.escalation),
      describeEscalation(after.escalation),
    ),
  ];
}

function diffStageFields(
  path: string,
  before: StageDefinition,
  after: StageDefinition,
  models: { before: GovernanceModel; after: GovernanceModel },
): GovernanceDiffEntry[] {
  const name = after.label;
  const entries = [
    ...describeChange(`${path}.label`, `Stage ${after.stage} label`, before.label, after.label),
    ...describeChange(`${path}.order`, `Stage ${name} order`, String(before.order), String(after.order)),
    ...describeChange(`${path}.description`, `Stage ${name} description`, before.description, after.description),
    ...describeChange(`${path}.ownerTeam`, `Stage ${name} owner`, before.ownerTeam, after.ownerTeam),
    ...describeChange(`${path}.primaryKpi`, `Stage ${name} primary KPI`, before.primaryKpi, after.primaryKpi),
  ];

  if (!isSameValue(before.entryCriteria, after.entryCriteria)) {
    const beforeText = describeOptionalCondition(before.entryCriteria, NO_CRITERIA);
    const afterText = describeOptionalCondition(after.entryCriteria, NO_CRITERIA);
    entries.push({
      path: `${path}.entryCriteria`,
      description: `${name} entry criteria: ${beforeText} → ${afterText}`,
      before: beforeText,
      after: afterText,
    });
  }

  entries.push(
    ...describeChange(
      `${path}.requiredFields`,
      `Stage ${name} required fields`,
      describeList(before.requiredFields.map(describeField)),
      describeList(after.requiredFields.map(describeField)),
    ),
  );

  const slaBefore = before.sla as Record<string, SlaPolicy | null | undefined>;
  const slaAfter = after.sla as Record<string, SlaPolicy | null | undefined>;
  for (const key of SLA_KEYS) {
    const subject = `${name} SLA (${motionName(key, [models.after, models.before])})`;
    entries.push(...diffSlaPolicy(`${path}.sla.${key}`, subject, slaBefore[key], slaAfter[key]));
  }

  return entries;
}

/** Lists the changes to stage definitions: each added or removed stage, and each changed field of the others. */
export function diffStages(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  return pairByKey(before.stages, after.stages, (definition) => definition.stage).flatMap((pair): GovernanceDiffEntry[] => {
    const path = pairPath('stages', pair);
    if (pair.before === null || pair.after === null) {
      const definition = (pair.after ?? pair.before) as StageDefinition;
      const added = pair.after !== null;

      return [
        {
          path,
          description: `Stage ${definition.label} ${added ? 'added' : 'removed'}`,
          before: added ? null : definition.label,
          after: added ? definition.label : null,
        },
      ];
    }

    return diffStageFields(path, pair.before, pair.after, { before, after });
  });
}
