import { buildDefaultGovernanceModel } from './default-model';
import { EscalationAction, Motion, ReasonKind, Stage, type BusinessCalendar, type GovernanceModel } from './model';
import { validateGovernanceModel } from './validate-model';

function validModel(): GovernanceModel {
  return buildDefaultGovernanceModel({
    teams: [{ key: 'sales', label: 'Sales' }],
    pools: [
      { key: 'emea', label: 'EMEA', teamKey: 'sales', memberIds: ['u1'] },
      { key: 'americas', label: 'Americas', teamKey: 'sales', memberIds: ['u2'] },
    ],
  });
}

/** Returns the element at `index`, or throws so that a test built on a wrong index fails loudly. */
function at<T>(list: T[], index: number): T {
  const element = list[index];
  if (element === undefined) {
    throw new Error(`no element at index ${index}`);
  }

  return element;
}

function weekdaysCalendar(): BusinessCalendar {
  return { timeZone: 'Europe/Berlin', hours: [{ day: 1, start: '09:00', end: '17:00' }], holidays: [] };
}

function stageIndex(model: GovernanceModel, stage: Stage): number {
  return model.stages.findIndex((definition) => definition.stage === stage);
}

function salPolicy(model: GovernanceModel) {
  const policy = model.stages[stageIndex(model, Stage.Sal)]?.sla.default;
  if (policy === null || policy === undefined) {
    throw new Error('the default model has an SAL SLA');
  }

  return policy;
}

describe('validateGovernanceModel', () => {
  it('accepts the default model', () => {
    expect(validateGovernanceModel(validModel())).toEqual([]);
  });

  it.each<[string, (model: GovernanceModel) => void, string, string]>([
    [
      'missing stage',
      (model) => model.stages.splice(stageIndex(model, Stage.Sql), 1),
      'stages',
      'stage SQL is missing; add a definition for it',
    ],
    [
      'duplicate stage',
      (model) => model.stages.push({ ...at(model.stages, 0) }),
      'stages',
      'stage LEAD is defined 2 times; keep one definition',
    ],
    [
      'unknown stage',
      (model) => model.stages.push({ ...at(model.stages, 0), stage: 'WON' as Stage }),
      'stages[8].stage',
      'stages[8].stage "WON" is not a stage; remove it',
    ],
    [
      'unknown required field',
      (model) => at(model.stages, stageIndex(model, Stage.Sql)).requiredFields.push('budget' as 'useCase'),
      'stages[3].requiredFields[2]',
      '"budget" is not a lead field',
    ],
    [
      'unknown criteria field',
      (model) => {
        at(model.stages, 0).entryCriteria = { all: [{ field: 'salary' as 'email', op: 'present' }] };
      },
      'stages[0].entryCriteria.all[0].field',
      'stages[0].entryCriteria.all[0].field "salary" is not a lead field; use one of',
    ],
    [
      'unknown calendar',
      (model) => {
        salPolicy(model).calendarKey = 'business-hours-tokyo';
      },
      'stages[2].sla.default.calendarKey',
      'stages[2].sla.default.calendarKey "business-hours-tokyo" names no calendar; use one of: business-hours-berlin, business-hours-new-york',
    ],
    [
      'zero SLA target',
      (model) => {
        salPolicy(model).targetSeconds = 0;
      },
      'stages[2].sla.default.targetSeconds',
      'stages[2].sla.default.targetSeconds 0 is not a whole number of business seconds above 0',
    ],
    [
      'warn percent of 100',
      (model) => {
        salPolicy(model).warnPercent = 100;
      },
      'stages[2].sla.default.warnPercent',
      'stages[2].sla.default.warnPercent 100 is outside 1 to 99; set the percent of the target at which to warn',
    ],
    [
      'negative escalation delay',
      (model) => {
        at(salPolicy(model).escalation, 2).delaySeconds = -5;
      },
      'stages[2].sla.default.escalation[2].delaySeconds',
      'stages[2].sla.default.escalation[2].delaySeconds -5 is not a whole number of 0 or more',
    ],
    [
      'unknown escalation action',
      (model) => {
        at(salPolicy(model).escalation, 0).action = 'PAGE_CEO' as EscalationAction;
      },
      'stages[2].sla.default.escalation[0].action',
      'stages[2].sla.default.escalation[0].action "PAGE_CEO" is not an escalation action',
    ],
    [
      'per-motion SLA with unknown calendar',
      (model) => {
        at(model.stages, 2).sla[Motion.Partner] = { ...salPolicy(model), calendarKey: 'partner-hours' };
      },
      'stages[2].sla.PARTNER.calendarKey',
      'stages[2].sla.PARTNER.calendarKey "partner-hours" names no calendar',
    ],
    [
      'invalid calendar',
      (model) => {
        model.calendars['business-hours-berlin'] = { ...weekdaysCalendar(), timeZone: 'Europe/Atlantis' };
      },
      'calendars.business-hours-berlin.timeZone',
      'timeZone "Europe/Atlantis" is not a valid IANA time zone; send a name such as Europe/Berlin',
    ],
    [
      'threshold above 100',
      (model) => {
        at(model.motions, 0).fitThreshold = 101;
      },
      'motions[0].fitThreshold',
      'motions[0].fitThreshold 101 is outside 0 to 100 points',
    ],
    [
      'negative threshold',
      (model) => {
        at(model.motions, 4).intentThreshold = -1;
      },
      'motions[4].intentThreshold',
      'motions[4].intentThreshold -1 is outside 0 to 100 points',
    ],
    [
      'missing motion',
      (model) => model.motions.pop(),
      'motions',
      'motion ACCOUNT_BASED is missing; add a definition for it',
    ],
    [
      'rule naming an unknown pool',
      (model) => {
        at(model.routingRules, 1).poolKey = 'apac';
      },
      'routingRules[1].poolKey',
      'routing rule "rest-of-world" names unknown pool "apac"; use one of: emea, americas',
    ],
    [
      'duplicate rule key',
      (model) => model.routingRules.push({ ...at(model.routingRules, 1) }),
      'routingRules[2]',
      'routing rule key "rest-of-world" is used more than once; give each a unique key',
    ],
    [
      'pool without members',
      (model) => {
        at(model.routingPools, 0).memberIds = [];
      },
      'routingPools[0].memberIds',
      'pool "emea" has no members; add at least one rep',
    ],
    [
      'pool with unknown team',
      (model) => {
        at(model.routingPools, 1).teamKey = 'support';
      },
      'routingPools[1].teamKey',
      'pool "americas" names unknown team "support"',
    ],
    [
      'duplicate reason code',
      (model) => model.reasonCodes.push({ ...at(model.reasonCodes, 2) }),
      'reasonCodes[10]',
      'reason code "NO_FIT" is used more than once; give each a unique key',
    ],
    [
      'reason code without kinds',
      (model) => {
        at(model.reasonCodes, 0).kinds = [];
      },
      'reasonCodes[0].kinds',
      'reason code "ACCEPTED_MEETS_ICP" needs one or more known kinds',
    ],
    [
      'no active recycle code',
      (model) => {
        for (const reason of model.reasonCodes) {
          reason.kinds = reason.kinds.filter((kind) => kind !== ReasonKind.Recycle);
          reason.kinds = reason.kinds.length === 0 ? [ReasonKind.Lost] : reason.kinds;
        }
      },
      'reasonCodes',
      'no active reason code allows RECYCLE; add or reactivate one',
    ],
    [
      'weight on a score',
      (model) => model.scoring.fitWeights.push({ field: 'fitScore', min: 50, points: 10 }),
      'scoring.fitWeights[35].field',
      'scoring.fitWeights[35].field "fitScore" is not a lead field that fit scoring reads',
    ],
    [
      'weight with min above max',
      (model) => model.scoring.fitWeights.push({ field: 'employeeCount', min: 500, max: 100, points: 10 }),
      'scoring.fitWeights[35]',
      'scoring.fitWeights[35] has min 500 above max 100; swap them',
    ],
  ])('reports %s', (_case, mutate, path, message) => {
    const model = validModel();
    mutate(model);

    const problems = validateGovernanceModel(model);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(message);
  });
});
