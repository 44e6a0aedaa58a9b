import { checkLeadTexts, mergeTextProblems } from './check-lead-text';
import { checkReason } from './check-reason';
import { findStageDefinition } from './closed-stage-definitions';
import { describeCondition, evaluateCondition } from './evaluate-condition';
import { findMissingFields } from './lead-field';
import {
  ReasonKind,
  Stage,
  type FieldProblem,
  type GovernanceModel,
  type LeadAttributes,
  type LeadField,
  type MotionDefinition,
  type StageDefinition,
} from './model';

/** A rep's action on a lead. Each action moves the lead from one of its source stages to one target stage. */
export enum LeadAction {
  Accept = 'ACCEPT',
  Reject = 'REJECT',
  Qualify = 'QUALIFY',
  Convert = 'CONVERT',
  Disqualify = 'DISQUALIFY',
  Recycle = 'RECYCLE',
  /** Closes an opportunity as won. */
  Win = 'WIN',
  /** Closes an opportunity as lost, with a LOST reason code. */
  Lose = 'LOSE',
}

export interface LeadActionRule {
  from: readonly Stage[];
  to: Stage;
  /** Kind of reason code the action takes, or null when it takes none. */
  reasonKind: ReasonKind | null;
  reasonRequired: boolean;
  /** Accepting a hand-off means a named rep takes it, so the lead must have an owner first. */
  ownerRequired: boolean;
}

export const LEAD_ACTION_RULES: Readonly<Record<LeadAction, LeadActionRule>> = {
  [LeadAction.Accept]: {
    from: [Stage.Mql],
    to: Stage.Sal,
    reasonKind: ReasonKind.Accept,
    reasonRequired: false,
    ownerRequired: true,
  },
  [LeadAction.Reject]: {
    from: [Stage.Mql],
    to: Stage.Rejected,
    reasonKind: ReasonKind.Reject,
    reasonRequired: true,
    ownerRequired: false,
  },
  [LeadAction.Qualify]: {
    from: [Stage.Sal],
    to: Stage.Sql,
    reasonKind: null,
    reasonRequired: false,
    ownerRequired: false,
  },
  [LeadAction.Convert]: {
    from: [Stage.Sql],
    to: Stage.Opportunity,
    reasonKind: null,
    reasonRequired: false,
    ownerRequired: false,
  },
  [LeadAction.Disqualify]: {
    from: [Stage.Lead, Stage.Mql, Stage.Sal, Stage.Sql, Stage.Opportunity],
    to: Stage.Disqualified,
    reasonKind: ReasonKind.Disqualify,
    reasonRequired: true,
    ownerRequired: false,
  },
  [LeadAction.Recycle]: {
    from: [Stage.Mql, Stage.Sal, Stage.Sql, Stage.Opportunity],
    to: Stage.Recycled,
    reasonKind: ReasonKind.Recycle,
    reasonRequired: true,
    ownerRequired: false,
  },
  [LeadAction.Win]: {
    from: [Stage.Opportunity],
    to: Stage.Won,
    reasonKind: null,
    reasonRequired: false,
    ownerRequired: false,
  },
  [LeadAction.Lose]: {
    from: [Stage.Opportunity],
    to: Stage.Lost,
    reasonKind: ReasonKind.Lost,
    reasonRequired: true,
    ownerRequired: false,
  },
};

const ACTIONS: readonly string[] = Object.values(LeadAction);

export interface LeadActionRequest {
  action: LeadAction;
  reasonCode?: string | null;
  note?: string | null;
}

export type LeadActionCheck =
  { ok: true; to: Stage } | { ok: false; code: 'BAD_USER_INPUT' | 'CONFLICT'; problems: FieldProblem[] };

export interface StageEntryCheck {
  requiredMissing: LeadField[];
  criteriaMet: boolean;
}

export function nextStageFor(action: LeadAction): Stage {
  return LEAD_ACTION_RULES[action].to;
}

/** Lists the actions a rep may take on a lead in `stage`, in enum order. */
export function actionsAvailableIn(stage: Stage): LeadAction[] {
  return Object.values(LeadAction).filter((action) => LEAD_ACTION_RULES[action].from.includes(stage));
}

/** Checks a lead against a stage's required fields and entry criteria. Null criteria are always met. */
export function checkStageEntry(
  lead: LeadAttributes,
  stageDefinition: StageDefinition,
  motionDefinition: MotionDefinition | null,
): StageEntryCheck {
  const criteria = stageDefinition.entryCriteria;

  return {
    requiredMissing: findMissingFields(lead, stageDefinition.requiredFields),
    criteriaMet: criteria === null || evaluateCondition(criteria, lead, motionDefinition),
  };
}

function listStages(stages: readonly Stage[]): string {
  return stages.length === 1 ? `${stages[0]}` : `${stages.slice(0, -1).join(', ')} or ${stages[stages.length - 1]}`;
}

function conflict(field: string, value: string | null, message: string): LeadActionCheck {
  return { ok: false, code: 'CONFLICT', problems: [{ field, value, message }] };
}

function checkReasonFor(
  action: LeadAction,
  rule: LeadActionRule,
  request: LeadActionRequest,
  model: GovernanceModel,
): FieldProblem[] {
  const word = action.toLowerCase();
  const reasonCode = request.reasonCode ?? null;
  const hasCode = reasonCode !== null && reasonCode.trim() !== '';

  if (rule.reasonKind === null) {
    return hasCode
      ? [
          {
            field: 'reasonCode',
            value: reasonCode,
            message: `reasonCode "${reasonCode}" does not apply to ${word}; leave reasonCode empty`,
          },
        ]
      : [];
  }
  if (!rule.reasonRequired && !hasCode) {
    return [];
  }

  return checkReason(request, rule.reasonKind, model.reasonCodes, word);
}

function checkEntry(
  action: LeadAction,
  rule: LeadActionRule,
  lead: LeadAttributes,
  model: GovernanceModel,
): FieldProblem[] {
  const definition = findStageDefinition(model, rule.to);
  if (definition === undefined) {
    throw new Error(
      `governance model has no definition for stage ${rule.to}; publish a model that passes validateGovernanceModel`,
    );
  }

  const motion = model.motions.find((candidate) => candidate.motion === lead.motion) ?? null;
  const entry = checkStageEntry(lead, definition, motion);
  const problems: FieldProblem[] = entry.requiredMissing.map((field) => ({
    field,
    value: null,
    message: `${field} is missing; stage ${rule.to} requires it, so fill it in on the lead before you ${action.toLowerCase()}`,
  }));

  if (!entry.criteriaMet && definition.entryCriteria !== null) {
    problems.push({
      field: 'stage',
      value: rule.to,
      message: `lead does not meet the entry criteria of stage ${rule.to} (${describeCondition(definition.entryCriteria)}); update the lead until it does`,
    });
  }

  return problems;
}

/**
 * Decides whether a rep's action may move a lead, and to which stage. A lead in the wrong stage, or
 * without the owner an accept needs, is a CONFLICT. Reason and note problems, missing required fields
 * and unmet entry criteria of the target stage are BAD_USER_INPUT, reported together. A reason code
 * or note that is too long or contains a control character (see `checkLeadText`) is reported first,
 * in place of the other problems on that field.
 */
export function checkLeadAction(params: {
  stage: Stage;
  ownerId: string | null;
  lead: LeadAttributes;
  model: GovernanceModel;
  request: LeadActionRequest;
}): LeadActionCheck {
  const { stage, ownerId, lead, model, request } = params;
  const action = request.action;

  if (!ACTIONS.includes(action)) {
    const message = `action "${action}" is not a known action; send one of ${ACTIONS.join(', ')}`;

    return { ok: false, code: 'BAD_USER_INPUT', problems: [{ field: 'action', value: action, message }] };
  }

  const rule = LEAD_ACTION_RULES[action];
  const word = action.toLowerCase();

  if (!rule.from.includes(stage)) {
    return conflict(
      'stage',
      stage,
      `lead is in stage ${stage}; ${word} applies to leads in stage ${listStages(rule.from)}`,
    );
  }
  if (rule.ownerRequired && (ownerId === null || ownerId.trim() === '')) {
    return conflict('ownerId', ownerId, `lead has no owner; assign it to a rep before you ${word} it`);
  }

  const textProblems = checkLeadTexts({ reasonCode: request.reasonCode ?? null, note: request.note ?? null });
  const problems = mergeTextProblems(textProblems, [
    ...checkReasonFor(action, rule, request, model),
    ...checkEntry(action, rule, lead, model),
  ]);

  return problems.length === 0 ? { ok: true, to: rule.to } : { ok: false, code: 'BAD_USER_INPUT', problems };
}
