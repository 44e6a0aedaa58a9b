import { buildDefaultGovernanceModel } from './default-model';
import { diffGovernanceModels, type GovernanceDiffEntry } from './diff-governance-models';
import {
  EscalationAction,
  Motion,
  ReasonKind,
  RoutingFallback,
  RoutingStrategy,
  Stage,
  type GovernanceModel,
  type SlaPolicy,
  type StageDefinition,
} from './model';

function model(): GovernanceModel {
  return buildDefaultGovernanceModel({
    teams: [{ key: 'sales', label: 'Sales' }],
    pools: [
      { key: 'emea-reps', label: 'EMEA reps', teamKey: 'sales', memberIds: ['u1', 'u2', 'u3'] },
      { key: 'americas', label: 'Americas reps', teamKey: 'sales', memberIds: ['u5'] },
    ],
  });
}

function at<T>(list: T[], index: number): T {
  const element = list[index];
  if (element === undefined) {
    throw new Error(`no element at index ${index}`);
  }

  return element;
}

function stage(target: GovernanceModel, name: Stage): StageDefinition {
  return at(
    target.stages,
    target.stages.findIndex((definition) => definition.stage === name),
  );
}

function salSla(target: GovernanceModel): SlaPolicy {
  const policy = stage(target, Stage.Sal).sla.default;
  if (policy === null) {
    throw new Error('the default model has an SAL SLA');
  }

  return policy;
}

/** Applies `change` to a copy of the default model and returns the diff from the default. */
function diffAfter(change: (after: GovernanceModel) => void, names?: Record<string, string>): GovernanceDiffEntry[] {
  const after = model();
  change(after);

  return diffGovernanceModels(model(), after, names);
}

/** Reorders an object's keys the way a jsonb round trip may. */
function reverseKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

describe('diffGovernanceModels', () => {
  it('returns nothing for identical models', () => {
    expect(diffGovernanceModels(model(), model())).toEqual([]);
  });

  it('ignores object key order', () => {
    const after = model();
    after.stages = after.stages.map((definition) => reverseKeys({ ...definition, sla: reverseKeys(definition.sla) }));
    after.routingPools = after.routingPools.map(reverseKeys);

    expect(diffGovernanceModels(model(), after)).toEqual([]);
  });

  describe('stages', () => {
    it.each<[string, (after: GovernanceModel) => void, GovernanceDiffEntry]>([
      [
        'a new label',
        (after) => {
          stage(after, Stage.Mql).label = 'Marketing qualified';
        },
        { path: 'stages[1].label', description: 'Stage MQL label: MQL → Marketing qualified', before: 'MQL', after: 'Marketing qualified' },
      ],
      [
        'a new owner',
        (after) => {
          stage(after, Stage.Mql).ownerTeam = 'Demand generation';
        },
        {
          path: 'stages[1].ownerTeam',
          description: 'Stage MQL owner: Marketing → Demand generation',
          before: 'Marketing',
          after: 'Demand generation',
        },
      ],
      [
        'a new order',
        (after) => {
          stage(after, Stage.Opportunity).order = 6;
        },
        { path: 'stages[4].order', description: 'Stage Opportunity order: 5 → 6', before: '5', after: '6' },
      ],
      [
        'a new primary KPI',
        (after) => {
          stage(after, Stage.Sal).primaryKpi = 'contact rate';
        },
        {
          path: 'stages[2].primaryKpi',
          description: 'Stage SAL primary KPI: speed-to-lead → contact rate',
          before: 'speed-to-lead',
          after: 'contact rate',
        },
      ],
      [
        'new entry criteria',
        (after) => {
          stage(after, Stage.Mql).entryCriteria = { all: [{ field: 'fitScore', op: 'gte', value: 50 }] };
        },
        {
          path: 'stages[1].entryCriteria',
          description:
            'MQL entry criteria: fit score ≥ motion fit threshold and behaviour score ≥ motion intent threshold → fit score ≥ 50',
          before: 'fit score ≥ motion fit threshold and behaviour score ≥ motion intent threshold',
          after: 'fit score ≥ 50',
        },
      ],
      [
        'criteria on a stage without them',
        (after) => {
          stage(after, Stage.Sal).entryCriteria = { field: 'phone', op: 'present' };
        },
        {
          path: 'stages[2].entryCriteria',
          description: 'SAL entry criteria: none (a rep action moves leads in) → phone is present',
          before: 'none (a rep action moves leads in)',
          after: 'phone is present',
        },
      ],
      [
        'fewer required fields',
        (after) => {
          stage(after, Stage.Sql).requiredFields = ['useCase'];
        },
        {
          path: 'stages[3].requiredFields',
          description: 'Stage SQL required fields: use case, employee count → use case',
          before: 'use case, employee count',
          after: 'use case',
        },
      ],
      [
        'no required fields',
        (after) => {
          stage(after, Stage.Opportunity).requiredFields = [];
        },
        {
          path: 'stages[4].requiredFields',
          description: 'Stage Opportunity required fields: annual revenue (USD) → none',
          before: 'annual revenue (USD)',
          after: 'none',
        },
      ],
      [
        'a shorter SLA target',
        (after) => {
          salSla(after).targetSeconds = 1800;
        },
        {
          path: 'stages[2].sla.default.targetSeconds',
          description: 'SAL SLA (default): 1 business hour → 30 business minutes',
          before: '1 business hour',
          after: '30 business minutes',
        },
      ],
      [
        'a new warning percent',
        (after) => {
          salSla(after).warnPercent = 50;
        },
        {
          path: 'stages[2].sla.default.warnPercent',
          description: 'SAL SLA (default) warning: at 75% → at 50%',
          before: 'at 75%',
          after: 'at 50%',
        },
      ],
      [
        'a new SLA calendar',
        (after) => {
          salSla(after).calendarKey = 'business-hours-new-york';
        },
        {
          path: 'stages[2].sla.default.calendarKey',
          description: 'SAL SLA (default) calendar: business-hours-berlin → business-hours-new-york',
          before: 'business-hours-berlin',
          after: 'business-hours-new-york',
        },
      ],
      [
        'an SLA for one motion',
        (after) => {
          stage(after, Stage.Sal).sla[Motion.Partner] = {
            targetSeconds: 7200,
            warnPercent: 80,
            calendarKey: 'business-hours-berlin',
            escalation: [],
          };
        },
        {
          path: 'stages[2].sla.PARTNER',
          description: 'SAL SLA (partner): none → 2 business hours, warn at 80%, calendar business-hours-berlin, escalation: no escalation',
          before: null,
          after: '2 business hours, warn at 80%, calendar business-hours-berlin, escalation: no escalation',
        },
      ],
      [
        'a removed SLA',
        (after) => {
          stage(after, Stage.Lead).sla.default = null;
        },
        {
          path: 'stages[0].sla.default',
          description:
            'Lead SLA (default): 8 business hours, warn at 75%, calendar business-hours-berlin, escalation: notify the manager at once → none',
          before: '8 business hours, warn at 75%, calendar business-hours-berlin, escalation: notify the manager at once',
          after: null,
        },
      ],
      [
        'a removed stage',
        (after) => {
          after.stages.splice(6, 1);
        },
        { path: 'stages[6]', description: 'Stage Recycled removed', before: 'Recycled', after: null },
      ],
    ])('reports %s', (_case, change, expected) => {
      expect(diffAfter(change)).toEqual([expected]);
    });

    it('reports a new escalation ladder', () => {
      // Both ladders are set here, so a change to the default ladder does not move this test.
      const before = model();
      salSla(before).escalation = [
        { action: EscalationAction.NotifyManager, delaySeconds: 0 },
        { action: EscalationAction.ReassignToManager, delaySeconds: 3600 },
      ];
      const after = model();
      salSla(after).escalation = [{ action: EscalationAction.NotifyOwner, delaySeconds: 900 }];

      expect(diffGovernanceModels(before, after)).toEqual([
        {
          path: 'stages[2].sla.default.escalation',
          description:
            'SAL SLA (default) escalation: notify the manager at once, then reassign to the manager after 1 business hour → notify the owner after 15 business minutes',
          before: 'notify the manager at once, then reassign to the manager after 1 business hour',
          after: 'notify the owner after 15 business minutes',
        },
      ]);
    });

    it('reports an added stage', () => {
      const before = model();
      const recycled = before.stages.splice(6, 1);

      expect(diffGovernanceModels(before, model())).toEqual([
        { path: 'stages[6]', description: 'Stage Recycled added', before: null, after: 'Recycled' },
      ]);
      expect(recycled).toHaveLength(1);
    });
  });

  describe('reason codes', () => {
    it.each<[string, (after: GovernanceModel) => void, GovernanceDiffEntry]>([
      [
        'a retired code',
        (after) => {
          at(after.reasonCodes, 7).active = false;
        },
        { path: 'reasonCodes[7].active', description: 'Reason code NO_BUDGET retired', before: 'active', after: 'retired' },
      ],
      [
        'an added code',
        (after) => {
          after.reasonCodes.push({
            code: 'PARTNER_CONFLICT',
            label: 'Partner conflict',
            kinds: [ReasonKind.Reject],
            noteRequired: false,
            active: true,
          });
        },
        { path: 'reasonCodes[10]', description: 'Reason code PARTNER_CONFLICT added', before: null, after: 'Partner conflict' },
      ],
      [
        'a removed code',
        (after) => {
          after.reasonCodes.splice(9, 1);
        },
        { path: 'reasonCodes[9]', description: 'Reason code SPAM removed', before: 'Spam', after: null },
      ],
      [
        'a new label',
        (after) => {
          at(after.reasonCodes, 1).label = 'Bad timing';
        },
        {
          path: 'reasonCodes[1].label',
          description: 'Reason code TIMING label: Timing → Bad timing',
          before: 'Timing',
          after: 'Bad timing',
        },
      ],
      [
        'fewer kinds',
        (after) => {
          at(after.reasonCodes, 7).kinds = [ReasonKind.Recycle];
        },
        {
          path: 'reasonCodes[7].kinds',
          description: 'Reason code NO_BUDGET kinds: recycle, disqualify, lost → recycle',
          before: 'recycle, disqualify, lost',
          after: 'recycle',
        },
      ],
      [
        'a required note',
        (after) => {
          at(after.reasonCodes, 9).noteRequired = true;
        },
        {
          path: 'reasonCodes[9].noteRequired',
          description: 'Reason code SPAM note: optional → required',
          before: 'optional',
          after: 'required',
        },
      ],
    ])('reports %s', (_case, change, expected) => {
      expect(diffAfter(change)).toEqual([expected]);
    });

    it('reports a reactivated code', () => {
      const before = model();
      at(before.reasonCodes, 7).active = false;

      expect(diffGovernanceModels(before, model())).toEqual([
        { path: 'reasonCodes[7].active', description: 'Reason code NO_BUDGET reactivated', before: 'retired', after: 'active' },
      ]);
    });
  });

  describe('motions', () => {
    it.each<[string, (after: GovernanceModel) => void, GovernanceDiffEntry]>([
      [
        'a higher fit threshold',
        (after) => {
          at(after.motions, 0).fitThreshold = 70;
        },
        { path: 'motions[0].fitThreshold', description: 'MQL fit threshold for inbound: 60 → 70', before: '60', after: '70' },
      ],
      [
        'a lower intent threshold',
        (after) => {
          at(after.motions, 3).intentThreshold = 45;
        },
        { path: 'motions[3].intentThreshold', description: 'MQL intent threshold for product-led: 60 → 45', before: '60', after: '45' },
      ],
      [
        'a new label',
        (after) => {
          at(after.motions, 4).label = 'ABM';
        },
        { path: 'motions[4].label', description: 'Motion ACCOUNT_BASED label: Account-based → ABM', before: 'Account-based', after: 'ABM' },
      ],
      [
        'a removed motion',
        (after) => {
          after.motions.splice(2, 1);
        },
        { path: 'motions[2]', description: 'Motion PARTNER removed', before: 'fit 50, intent 30', after: null },
      ],
    ])('reports %s', (_case, change, expected) => {
      expect(diffAfter(change)).toEqual([expected]);
    });

    it('keeps an acronym label upper-case', () => {
      const before = model();
      at(before.motions, 4).label = 'ABM';
      const after = model();
      at(after.motions, 4).label = 'ABM';
      at(after.motions, 4).fitThreshold = 80;

      expect(diffGovernanceModels(before, after)[0]?.description).toBe('MQL fit threshold for ABM: 70 → 80');
    });
  });

  describe('calendars', () => {
    it.each<[string, (after: GovernanceModel) => void, GovernanceDiffEntry]>([
      [
        'a new time zone',
        (after) => {
          Object.assign(after.calendars['business-hours-berlin'] ?? {}, { timeZone: 'Europe/London' });
        },
        {
          path: 'calendars.business-hours-berlin.timeZone',
          description: 'Calendar business-hours-berlin time zone: Europe/Berlin → Europe/London',
          before: 'Europe/Berlin',
          after: 'Europe/London',
        },
      ],
      [
        'shorter Friday hours',
        (after) => {
          const friday = after.calendars['business-hours-berlin']?.hours[4];
          Object.assign(friday ?? {}, { end: '13:00' });
        },
        {
          path: 'calendars.business-hours-berlin.hours',
          description: 'Calendar business-hours-berlin working hours: Mon–Fri 09:00–17:00 → Mon–Thu 09:00–17:00, Fri 09:00–13:00',
          before: 'Mon–Fri 09:00–17:00',
          after: 'Mon–Thu 09:00–17:00, Fri 09:00–13:00',
        },
      ],
      [
        'an added holiday',
        (after) => {
          after.calendars['business-hours-new-york']?.holidays.push('2026-11-26');
        },
        {
          path: 'calendars.business-hours-new-york.holidays',
          description: 'Calendar business-hours-new-york holidays: added 2026-11-26',
          before: 'none',
          after: '2026-11-26',
        },
      ],
      [
        'an added calendar',
        (after) => {
          after.calendars['business-hours-tokyo'] = {
            timeZone: 'Asia/Tokyo',
            hours: [
              { day: 1, start: '09:00', end: '18:00' },
              { day: 2, start: '09:00', end: '18:00' },
            ],
            holidays: ['2027-01-01'],
          };
        },
        {
          path: 'calendars.business-hours-tokyo',
          description: 'Calendar business-hours-tokyo added',
          before: null,
          after: 'Asia/Tokyo, Mon–Tue 09:00–18:00, 1 holiday',
        },
      ],
      [
        'a removed calendar',
        (after) => {
          delete after.calendars['business-hours-new-york'];
        },
        {
          path: 'calendars.business-hours-new-york',
          description: 'Calendar business-hours-new-york removed',
          before: 'America/New_York, Mon–Fri 09:00–17:00, 0 holidays',
          after: null,
        },
      ],
    ])('reports %s', (_case, change, expected) => {
      expect(diffAfter(change)).toEqual([expected]);
    });

    it('reports added and removed holidays together', () => {
      const before = model();
      before.calendars['business-hours-berlin']?.holidays.push('2026-01-01', '2026-12-25');
      const after = model();
      after.calendars['business-hours-berlin']?.holidays.push('2026-12-25', '2026-12-26');

      expect(diffGovernanceModels(before, after)).toEqual([
        {
          path: 'calendars.business-hours-berlin.holidays',
          description: 'Calendar business-hours-berlin holidays: added 2026-12-26; removed 2026-01-01',
          before: '2026-01-01, 2026-12-25',
          after: '2026-12-25, 2026-12-26',
        },
      ]);
    });

    it('ignores reordered working hours', () => {
      expect(
        diffAfter((after) => {
          after.calendars['business-hours-berlin']?.hours.reverse();
        }),
      ).toEqual([]);
    });
  });

  describe('teams and routing', () => {
    it.each<[string, (after: GovernanceModel) => void, GovernanceDiffEntry]>([
      [
        'an added team',
        (after) => after.teams.push({ key: 'sales-apac', label: 'Sales APAC' }),
        { path: 'teams[1]', description: 'Team sales-apac added', before: null, after: 'Sales APAC' },
      ],
      [
        'a relabelled team',
        (after) => {
          at(after.teams, 0).label = 'Inside sales';
        },
        { path: 'teams[0].label', description: 'Team sales label: Sales → Inside sales', before: 'Sales', after: 'Inside sales' },
      ],
      [
        'a removed member',
        (after) => {
          at(after.routingPools, 0).memberIds = ['u1', 'u3'];
        },
        {
          path: 'routingPools[0].memberIds',
          description: 'Routing pool emea-reps members: 3 → 2 (removed Bo)',
          before: 'Ana, Bo, u3',
          after: 'Ana, u3',
        },
      ],
      [
        'a swapped member',
        (after) => {
          at(after.routingPools, 0).memberIds = ['u1', 'u2', 'u4'];
        },
        {
          path: 'routingPools[0].memberIds',
          description: 'Routing pool emea-reps members: 3 → 3 (added Dana; removed u3)',
          before: 'Ana, Bo, u3',
          after: 'Ana, Bo, Dana',
        },
      ],
      [
        'a new rotation order',
        (after) => {
          at(after.routingPools, 0).memberIds = ['u2', 'u1', 'u3'];
        },
        {
          path: 'routingPools[0].memberIds',
          description: 'Routing pool emea-reps rotation order: Ana, Bo, u3 → Bo, Ana, u3',
          before: 'Ana, Bo, u3',
          after: 'Bo, Ana, u3',
        },
      ],
      [
        'a new pool label',
        (after) => {
          at(after.routingPools, 1).label = 'AMER reps';
        },
        {
          path: 'routingPools[1].label',
          description: 'Routing pool americas label: Americas reps → AMER reps',
          before: 'Americas reps',
          after: 'AMER reps',
        },
      ],
      [
        'a new pool team',
        (after) => {
          at(after.routingPools, 1).teamKey = 'sales-amer';
        },
        {
          path: 'routingPools[1].teamKey',
          description: 'Routing pool americas team: sales → sales-amer',
          before: 'sales',
          after: 'sales-amer',
        },
      ],
      [
        'a new strategy',
        (after) => {
          at(after.routingPools, 1).strategy = RoutingStrategy.LoadBalanced;
        },
        {
          path: 'routingPools[1].strategy',
          description: 'Routing pool americas strategy: round robin → load balanced',
          before: 'round robin',
          after: 'load balanced',
        },
      ],
      [
        'a new cap',
        (after) => {
          at(after.routingPools, 1).maxOpenLeadsPerRep = 25;
        },
        {
          path: 'routingPools[1].maxOpenLeadsPerRep',
          description: 'Routing pool americas cap per rep: no cap → 25 open leads',
          before: 'no cap',
          after: '25 open leads',
        },
      ],
      [
        'a new fallback',
        (after) => {
          at(after.routingPools, 1).fallback = RoutingFallback.TeamQueue;
        },
        {
          path: 'routingPools[1].fallback',
          description: 'Routing pool americas fallback: team manager → team queue',
          before: 'team manager',
          after: 'team queue',
        },
      ],
      [
        'a removed pool',
        (after) => {
          after.routingPools.splice(1, 1);
        },
        {
          path: 'routingPools[1]',
          description: 'Routing pool americas removed',
          before: '1 members, round robin, team sales',
          after: null,
        },
      ],
      [
        'a new rule condition',
        (after) => {
          at(after.routingRules, 0).condition = { field: 'region', op: 'eq', value: 'EMEA' };
        },
        {
          path: 'routingRules[0].condition',
          description: expect.stringMatching(/^Routing rule emea condition: country is one of "AT", .* → region is "EMEA"$/) as string,
          before: expect.stringMatching(/^country is one of "AT", /) as string,
          after: 'region is "EMEA"',
        },
      ],
      [
        'a new rule pool',
        (after) => {
          at(after.routingRules, 1).poolKey = 'emea-reps';
        },
        {
          path: 'routingRules[1].poolKey',
          description: 'Routing rule rest-of-world pool: americas → emea-reps',
          before: 'americas',
          after: 'emea-reps',
        },
      ],
      [
        'an added rule',
        (after) => {
          after.routingRules.splice(1, 0, {
            key: 'partners',
            condition: { field: 'motion', op: 'eq', value: Motion.Partner },
            poolKey: 'americas',
          });
        },
        {
          path: 'routingRules[1]',
          description: 'Routing rule partners added',
          before: null,
          after: 'motion is "PARTNER" to pool americas',
        },
      ],
      [
        'a removed catch-all rule',
        (after) => {
          after.routingRules.pop();
        },
        { path: 'routingRules[1]', description: 'Routing rule rest-of-world removed', before: 'every lead to pool americas', after: null },
      ],
      [
        'a new rule order',
        (after) => {
          after.routingRules.reverse();
        },
        {
          path: 'routingRules',
          description: 'Routing rule order: emea, rest-of-world → rest-of-world, emea',
          before: 'emea, rest-of-world',
          after: 'rest-of-world, emea',
        },
      ],
    ])('reports %s', (_case, change, expected) => {
      expect(diffAfter(change, { u1: 'Ana', u2: 'Bo', u4: 'Dana' })).toEqual([expected]);
    });

    it('reports an added member by id without names', () => {
      expect(
        diffAfter((after) => {
          at(after.routingPools, 0).memberIds.push('u4');
        }),
      ).toEqual([
        {
          path: 'routingPools[0].memberIds',
          description: 'Routing pool emea-reps members: 3 → 4 (added u4)',
          before: 'u1, u2, u3',
          after: 'u1, u2, u3, u4',
        },
      ]);
    });

    it('reports weights in member order', () => {
      const entries = diffAfter(
        (after) => {
          Object.assign(at(after.routingPools, 0), { strategy: RoutingStrategy.Weighted, weights: { u3: 1, u1: 2 } });
        },
        { u1: 'Ana' },
      );

      expect(entries).toEqual([
        {
          path: 'routingPools[0].strategy',
          description: 'Routing pool emea-reps strategy: round robin → weighted',
          before: 'round robin',
          after: 'weighted',
        },
        {
          path: 'routingPools[0].weights',
          description: 'Routing pool emea-reps weights: none → Ana 2, u3 1',
          before: 'none',
          after: 'Ana 2, u3 1',
        },
      ]);
    });

    it('treats a missing fallback as the team manager', () => {
      const before = model();
      delete at(before.routingPools, 0).fallback;
      delete at(before.routingPools, 0).maxOpenLeadsPerRep;

      expect(diffGovernanceModels(before, model())).toEqual([]);
    });
  });

  describe('scoring and consent', () => {
    it.each<[string, (after: GovernanceModel) => void, GovernanceDiffEntry]>([
      [
        'new fit points',
        (after) => {
          at(after.scoring.fitWeights, 1).points = 25;
        },
        {
          path: 'scoring.fitWeights[1].points',
          description: 'Fit weight industry is "Banking": 20 points → 25 points',
          before: '20 points',
          after: '25 points',
        },
      ],
      [
        'an added fit weight',
        (after) => after.scoring.fitWeights.push({ field: 'useCase', points: 10 }),
        { path: 'scoring.fitWeights[35]', description: 'Fit weight use case is present added', before: null, after: '10 points' },
      ],
      [
        'a removed fit weight',
        (after) => {
          after.scoring.fitWeights.splice(15, 1);
        },
        { path: 'scoring.fitWeights[15]', description: 'Fit weight employee count ≥ 1000 removed', before: '15 points', after: null },
      ],
      [
        'new behaviour points',
        (after) => {
          at(after.scoring.behaviourWeights ?? [], 0).points = 50;
        },
        {
          path: 'scoring.behaviourWeights[0].points',
          description: 'Behaviour weight demo_request: 40 points → 50 points',
          before: '40 points',
          after: '50 points',
        },
      ],
      [
        'an added behaviour weight',
        (after) => after.scoring.behaviourWeights?.push({ event: 'trial_started', points: 30 }),
        { path: 'scoring.behaviourWeights[5]', description: 'Behaviour weight trial_started added', before: null, after: '30 points' },
      ],
      [
        'a removed behaviour weight',
        (after) => after.scoring.behaviourWeights?.pop(),
        { path: 'scoring.behaviourWeights[4]', description: 'Behaviour weight unsubscribe removed', before: '-30 points', after: null },
      ],
      [
        'a shorter half-life',
        (after) => {
          after.scoring.decayHalfLifeDays = 14;
        },
        {
          path: 'scoring.decayHalfLifeDays',
          description: 'Behaviour score half-life: 30 days → 14 days',
          before: '30 days',
          after: '14 days',
        },
      ],
      [
        'no decay',
        (after) => {
          after.scoring.decayHalfLifeDays = null;
        },
        {
          path: 'scoring.decayHalfLifeDays',
          description: 'Behaviour score half-life: 30 days → no decay',
          before: '30 days',
          after: 'no decay',
        },
      ],
    ])('reports %s', (_case, change, expected) => {
      expect(diffAfter(change)).toEqual([expected]);
    });

    it('reports consent countries added and removed', () => {
      const entries = diffAfter((after) => {
        after.consentRequiredCountries = [...after.consentRequiredCountries.filter((country) => country !== 'CH'), 'BR'];
      });

      expect(entries).toHaveLength(1);
      expect(entries[0]?.path).toBe('consentRequiredCountries');
      expect(entries[0]?.description).toBe('Consent-required countries: added BR; removed CH');
      expect(entries[0]?.after).toMatch(/, BR$/);
    });
  });

  it('lists changes in model order', () => {
    const entries = diffAfter((after) => {
      after.scoring.decayHalfLifeDays = 7;
      at(after.routingPools, 0).memberIds.push('u4');
      at(after.motions, 0).fitThreshold = 70;
      at(after.reasonCodes, 7).active = false;
      salSla(after).targetSeconds = 1800;
    });

    expect(entries.map((entry) => entry.path)).toEqual([
      'stages[2].sla.default.targetSeconds',
      'reasonCodes[7].active',
      'motions[0].fitThreshold',
      'routingPools[0].memberIds',
      'scoring.decayHalfLifeDays',
    ]);
  });
});
