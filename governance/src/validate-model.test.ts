import { buildDefaultGovernanceModel } from './default-model';
import {
  EscalationAction,
  LEAD_FIELDS,
  Motion,
  ReasonKind,
  RoutingFallback,
  RoutingStrategy,
  Stage,
  type BusinessCalendar,
  type GovernanceModel,
} from './model';
import { validateGovernanceModel, type ModelValidationFacts } from './validate-model';

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

  it('accepts a model written before WON and LOST', () => {
    const model = validModel();
    model.stages = model.stages.filter((definition) => definition.stage !== Stage.Won && definition.stage !== Stage.Lost);

    expect(validateGovernanceModel(model)).toEqual([]);
  });

  it('accepts consent countries stored as names', () => {
    const model = validModel();
    model.consentRequiredCountries.push('GERMANY', 'United Kingdom', 'Österreich');

    expect(validateGovernanceModel(model)).toEqual([]);
  });

  it.each<[string, (model: GovernanceModel) => void, string, string]>([
    [
      'missing stage',
      (model) => model.stages.splice(stageIndex(model, Stage.Opportunity), 1),
      'stages',
      'stage OPPORTUNITY is missing; add a definition for it',
    ],
    [
      'duplicate stage',
      (model) => model.stages.push({ ...at(model.stages, 0) }),
      'stages',
      'stage LEAD is defined 2 times; keep one definition',
    ],
    [
      'unknown stage',
      (model) => model.stages.push({ ...at(model.stages, 0), stage: 'CLOSED' as Stage }),
      'stages[10].stage',
      'stages[10].stage "CLOSED" is not a stage; remove it',
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
    ['missing motion', (model) => model.motions.pop(), 'motions', 'motion ACCOUNT_BASED is missing; add a definition for it'],
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
      'no active lost code',
      (model) => {
        for (const reason of model.reasonCodes) {
          reason.kinds = reason.kinds.filter((kind) => kind !== ReasonKind.Lost);
        }
      },
      'reasonCodes',
      'no active reason code allows LOST; add or reactivate one',
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

describe('validateGovernanceModel problem paths and messages', () => {
  it.each<[string, (model: GovernanceModel) => void, string, string]>([
    [
      'MQL criteria above the score range',
      (model) => {
        at(model.stages, 1).entryCriteria = {
          all: [
            { field: 'fitScore', op: 'gte', value: 120 },
            { field: 'behaviourScore', op: 'gte', valueFrom: 'motionIntentThreshold' },
          ],
        };
      },
      'stages[1].entryCriteria.all[0].value',
      'stage MQL cannot be reached: fit score ≥ 120 never holds because scores run from 0 to 100 points; lower stages[1].entryCriteria.all[0].value to 100 or less',
    ],
    [
      'an unknown consent country',
      (model) => {
        model.consentRequiredCountries.push('Germny');
      },
      'consentRequiredCountries[32]',
      'consentRequiredCountries[32] "Germny" is not a known country; use an ISO 3166-1 alpha-2 code such as DE',
    ],
    [
      'MQL criteria with contradictory equals',
      (model) => {
        at(model.stages, 1).entryCriteria = {
          all: [
            { field: 'industry', op: 'eq', value: 'Banking' },
            { field: 'industry', op: 'eq', value: 'Retail' },
          ],
        };
      },
      'stages[1].entryCriteria.all[1]',
      'stage MQL cannot be reached: industry is "Banking" and industry is "Retail" never hold together; remove one of them or join them with any',
    ],
    [
      'stage order out of sequence',
      (model) => {
        at(model.stages, 2).order = 2;
      },
      'stages[2].order',
      'stages[2].order 2 is not after MQL (order 2); give SAL an order above 2',
    ],
    [
      'stage with an empty owner',
      (model) => {
        at(model.stages, 1).ownerTeam = '';
      },
      'stages[1].ownerTeam',
      'stage MQL has no owner team; set ownerTeam to the team accountable for the stage, such as Marketing',
    ],
    [
      'stage with a blank owner',
      (model) => {
        at(model.stages, 6).ownerTeam = '   ';
      },
      'stages[6].ownerTeam',
      'stage RECYCLED has no owner team; set ownerTeam to the team accountable for the stage, such as Marketing',
    ],
    [
      'SLA without a calendar',
      (model) => {
        salPolicy(model).calendarKey = 'business-hours-tokyo';
      },
      'stages[2].sla.default.calendarKey',
      'stages[2].sla.default.calendarKey "business-hours-tokyo" names no calendar; use one of: business-hours-berlin, business-hours-new-york',
    ],
    [
      'fit threshold above 100',
      (model) => {
        at(model.motions, 1).fitThreshold = 101;
      },
      'motions[1].fitThreshold',
      'motions[1].fitThreshold 101 is outside 0 to 100 points; set a threshold from 0 to 100',
    ],
    [
      'intent threshold below 0',
      (model) => {
        at(model.motions, 2).intentThreshold = -5;
      },
      'motions[2].intentThreshold',
      'motions[2].intentThreshold -5 is outside 0 to 100 points; set a threshold from 0 to 100',
    ],
    [
      'criterion on an unknown field',
      (model) => {
        at(model.stages, 1).entryCriteria = { all: [{ field: 'budget' as 'industry', op: 'present' }] };
      },
      'stages[1].entryCriteria.all[0].field',
      `stages[1].entryCriteria.all[0].field "budget" is not a lead field; use one of ${LEAD_FIELDS.join(', ')}`,
    ],
    [
      'routing rule on an unknown field',
      (model) => {
        at(model.routingRules, 0).condition = { field: 'territory' as 'country', op: 'eq', value: 'EMEA' };
      },
      'routingRules[0].condition.field',
      `routingRules[0].condition.field "territory" is not a lead field; use one of ${LEAD_FIELDS.join(', ')}`,
    ],
    [
      'duplicate reason code',
      (model) => model.reasonCodes.push({ ...at(model.reasonCodes, 4) }),
      'reasonCodes[10]',
      'reason code "COMPETITOR" is used more than once; give each a unique key',
    ],
    [
      'duplicate pool key',
      (model) => model.routingPools.push({ ...at(model.routingPools, 0), memberIds: ['u3'] }),
      'routingPools[2]',
      'pool key "emea" is used more than once; give each a unique key',
    ],
    [
      'duplicate team key',
      (model) => model.teams.push({ key: 'sales', label: 'Sales again' }),
      'teams[1]',
      'team key "sales" is used more than once; give each a unique key',
    ],
    [
      'duplicate behaviour event',
      (model) => model.scoring.behaviourWeights?.push({ event: 'email_click', points: 2 }),
      'scoring.behaviourWeights[5].event',
      'event "email_click" is already weighted at scoring.behaviourWeights[3]; keep one weight per event',
    ],
    [
      'empty behaviour event',
      (model) => model.scoring.behaviourWeights?.push({ event: ' ', points: 2 }),
      'scoring.behaviourWeights[5].event',
      'scoring.behaviourWeights[5].event " " is empty; set the event name senders report, such as demo_request',
    ],
    [
      'behaviour points above 100',
      (model) => model.scoring.behaviourWeights?.push({ event: 'contract_signed', points: 150 }),
      'scoring.behaviourWeights[5].points',
      'scoring.behaviourWeights[5].points 150 is outside -100 to 100; set the points one event adds, such as 15, or subtracts, such as -30',
    ],
    [
      'behaviour points below -100',
      (model) => model.scoring.behaviourWeights?.push({ event: 'spam_complaint', points: -101 }),
      'scoring.behaviourWeights[5].points',
      'scoring.behaviourWeights[5].points -101 is outside -100 to 100; set the points one event adds, such as 15, or subtracts, such as -30',
    ],
    [
      'zero decay half-life',
      (model) => {
        model.scoring.decayHalfLifeDays = 0;
      },
      'scoring.decayHalfLifeDays',
      'scoring.decayHalfLifeDays 0 is not a number of days above 0; set a half-life such as 30, or null for no decay',
    ],
    [
      'negative decay half-life',
      (model) => {
        model.scoring.decayHalfLifeDays = -7;
      },
      'scoring.decayHalfLifeDays',
      'scoring.decayHalfLifeDays -7 is not a number of days above 0; set a half-life such as 30, or null for no decay',
    ],
    [
      'weight of 0 in a weighted pool',
      (model) => {
        Object.assign(at(model.routingPools, 0), { strategy: RoutingStrategy.Weighted, weights: { u1: 0 } });
      },
      'routingPools[0].weights.u1',
      'routingPools[0].weights.u1 0 is not a whole number of 1 or more; set the slots per cycle, such as 2 for a double share',
    ],
    [
      'fractional weight in a weighted pool',
      (model) => {
        Object.assign(at(model.routingPools, 0), { strategy: RoutingStrategy.Weighted, weights: { u1: 1.5 } });
      },
      'routingPools[0].weights.u1',
      'routingPools[0].weights.u1 1.5 is not a whole number of 1 or more; set the slots per cycle, such as 2 for a double share',
    ],
    [
      'weight for a non-member',
      (model) => {
        Object.assign(at(model.routingPools, 0), { strategy: RoutingStrategy.Weighted, weights: { u1: 2, u9: 1 } });
      },
      'routingPools[0].weights.u9',
      'pool "emea" has a weight for u9, who is not a member; remove the weight or add u9 to memberIds',
    ],
    [
      'cap of 0 open leads',
      (model) => {
        at(model.routingPools, 1).maxOpenLeadsPerRep = 0;
      },
      'routingPools[1].maxOpenLeadsPerRep',
      'routingPools[1].maxOpenLeadsPerRep 0 is not a whole number of 1 or more; set the open leads a rep may hold, or null for no cap',
    ],
    [
      'fractional cap',
      (model) => {
        at(model.routingPools, 1).maxOpenLeadsPerRep = 2.5;
      },
      'routingPools[1].maxOpenLeadsPerRep',
      'routingPools[1].maxOpenLeadsPerRep 2.5 is not a whole number of 1 or more; set the open leads a rep may hold, or null for no cap',
    ],
    [
      'unknown routing strategy',
      (model) => {
        at(model.routingPools, 0).strategy = 'RANDOM' as RoutingStrategy;
      },
      'routingPools[0].strategy',
      'routingPools[0].strategy "RANDOM" is not a routing strategy; use one of ROUND_ROBIN, WEIGHTED, LOAD_BALANCED',
    ],
    [
      'unknown routing fallback',
      (model) => {
        at(model.routingPools, 0).fallback = 'DROP' as RoutingFallback;
      },
      'routingPools[0].fallback',
      'routingPools[0].fallback "DROP" is not a routing fallback; use one of TEAM_MANAGER, TEAM_QUEUE',
    ],
    [
      'negative escalation delay',
      (model) => {
        at(salPolicy(model).escalation, 1).delaySeconds = -60;
      },
      'stages[2].sla.default.escalation[1].delaySeconds',
      'stages[2].sla.default.escalation[1].delaySeconds -60 is not a whole number of 0 or more; set the business seconds to wait, or 0 to run the step at once',
    ],
    [
      'warn percent of 0',
      (model) => {
        salPolicy(model).warnPercent = 0;
      },
      'stages[2].sla.default.warnPercent',
      'stages[2].sla.default.warnPercent 0 is outside 1 to 99; set the percent of the target at which to warn',
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
      'zero SLA target',
      (model) => {
        salPolicy(model).targetSeconds = 0;
      },
      'stages[2].sla.default.targetSeconds',
      'stages[2].sla.default.targetSeconds 0 is not a whole number of business seconds above 0; set the target, such as 3600 for one business hour',
    ],
  ])('reports %s', (_case, mutate, path, message) => {
    const model = validModel();
    mutate(model);

    const problems = validateGovernanceModel(model);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toBe(message);
  });

  it('reports stages after a missing one as unreachable', () => {
    const model = validModel();
    model.stages.splice(stageIndex(model, Stage.Mql), 1);

    expect(validateGovernanceModel(model)).toEqual([
      { path: 'stages', message: 'stage MQL is missing; add a definition for it' },
      {
        path: 'stages[1]',
        message: 'stage SAL cannot be reached because stage MQL before it is missing; add a definition for MQL',
      },
      {
        path: 'stages[2]',
        message: 'stage SQL cannot be reached because stage MQL before it is missing; add a definition for MQL',
      },
      {
        path: 'stages[3]',
        message: 'stage OPPORTUNITY cannot be reached because stage MQL before it is missing; add a definition for MQL',
      },
    ]);
  });

  describe('with active users', () => {
    it.each<[string, string[], string, string]>([
      [
        'a pool whose only member is inactive',
        ['u2'],
        'routingPools[0].memberIds',
        'pool "emea" has no active member (u1 are inactive or unknown); add an active rep or reactivate one',
      ],
      [
        'a pool whose members are unknown',
        ['u1'],
        'routingPools[1].memberIds',
        'pool "americas" has no active member (u2, u3 are inactive or unknown); add an active rep or reactivate one',
      ],
    ])('reports %s', (_case, activeUserIds, path, message) => {
      const model = validModel();
      at(model.routingPools, 1).memberIds.push('u3');

      const problems = validateGovernanceModel(model, { activeUserIds });

      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe(path);
      expect(problems[0]?.message).toBe(message);
    });

    it('accepts a pool with one active member', () => {
      const model = validModel();
      at(model.routingPools, 1).memberIds.push('u3');

      expect(validateGovernanceModel(model, { activeUserIds: ['u1', 'u3'] })).toEqual([]);
    });

    it('skips the check without the fact', () => {
      expect(validateGovernanceModel(validModel(), {})).toEqual([]);
    });

    it('reports an empty pool once', () => {
      const model = validModel();
      at(model.routingPools, 0).memberIds = [];

      expect(validateGovernanceModel(model, { activeUserIds: ['u2'] })).toEqual([
        { path: 'routingPools[0].memberIds', message: 'pool "emea" has no members; add at least one rep' },
      ]);
    });
  });

  describe('with reason codes in use', () => {
    const facts: ModelValidationFacts = { reasonCodesInUse: ['NO_BUDGET', 'SPAM', 'NO_BUDGET'] };

    it('reports a removed code in use', () => {
      const model = validModel();
      model.reasonCodes.splice(7, 1);

      const problems = validateGovernanceModel(model, facts);

      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe('reasonCodes');
      expect(problems[0]?.message).toBe(
        'reason code NO_BUDGET is missing but open leads or rules still use it; restore it and set active to false to retire it instead',
      );
    });

    it('accepts a retired code in use', () => {
      const model = validModel();
      at(model.reasonCodes, 7).active = false;

      expect(validateGovernanceModel(model, facts)).toEqual([]);
    });

    it('accepts removing a code not in use', () => {
      const model = validModel();
      model.reasonCodes.splice(5, 1);

      expect(validateGovernanceModel(model, facts)).toEqual([]);
    });
  });

  it('ignores weights outside weighted pools', () => {
    const model = validModel();
    at(model.routingPools, 0).weights = { u1: 0, u7: 3 };

    expect(validateGovernanceModel(model)).toEqual([]);
  });

  it('accepts a valid weighted, capped pool', () => {
    const model = validModel();
    Object.assign(at(model.routingPools, 0), {
      memberIds: ['u1', 'u3'],
      strategy: RoutingStrategy.Weighted,
      weights: { u1: 2 },
      maxOpenLeadsPerRep: 25,
      fallback: RoutingFallback.TeamQueue,
    });

    expect(validateGovernanceModel(model)).toEqual([]);
  });

  it('accepts a model without behaviour weights or decay', () => {
    const model = validModel();
    delete model.scoring.behaviourWeights;
    model.scoring.decayHalfLifeDays = null;

    expect(validateGovernanceModel(model)).toEqual([]);
  });
});
