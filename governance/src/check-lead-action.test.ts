import { LeadAction, actionsAvailableIn, type LeadActionCheck, checkLeadAction, checkStageEntry, nextStageFor } from './check-lead-action';
import { makeLead } from './lead.fixture';
import { Motion, ReasonKind, Stage, type GovernanceModel, type LeadAttributes, type LeadField, type StageDefinition } from './model';

function stageDefinition(stage: Stage, requiredFields: LeadField[] = []): StageDefinition {
  return {
    stage,
    label: stage,
    order: 1,
    description: '',
    entryCriteria: null,
    requiredFields,
    ownerTeam: 'Sales',
    primaryKpi: '',
    sla: { default: null },
  };
}

function makeModel(overrides: Partial<Record<Stage, Partial<StageDefinition>>> = {}): GovernanceModel {
  return {
    stages: Object.values(Stage).map((stage) => ({ ...stageDefinition(stage), ...overrides[stage] })),
    reasonCodes: [
      { code: 'ACCEPTED_MEETS_ICP', label: 'Meets ICP', kinds: [ReasonKind.Accept], noteRequired: false, active: true },
      {
        code: 'NO_FIT',
        label: 'No fit',
        kinds: [ReasonKind.Reject, ReasonKind.Disqualify],
        noteRequired: false,
        active: true,
      },
      {
        code: 'SPAM',
        label: 'Spam',
        kinds: [ReasonKind.Reject, ReasonKind.Disqualify],
        noteRequired: false,
        active: true,
      },
      {
        code: 'TIMING',
        label: 'Timing',
        kinds: [ReasonKind.Recycle, ReasonKind.Reject],
        noteRequired: false,
        active: true,
      },
      { code: 'COMPETITOR', label: 'Competitor', kinds: [ReasonKind.Disqualify], noteRequired: true, active: true },
      { code: 'OLD_REASON', label: 'Old', kinds: [ReasonKind.Reject], noteRequired: false, active: false },
      { code: 'NO_BUDGET', label: 'No budget', kinds: [ReasonKind.Lost], noteRequired: false, active: true },
      { code: 'LOST_TO_RIVAL', label: 'Lost to a rival', kinds: [ReasonKind.Lost], noteRequired: true, active: true },
    ],
    motions: [{ motion: Motion.Inbound, label: 'Inbound', fitThreshold: 60, intentThreshold: 40 }],
    calendars: {},
    teams: [],
    routingPools: [],
    routingRules: [],
    scoring: { fitWeights: [] },
    consentRequiredCountries: [],
  };
}

const completeLead = makeLead({ useCase: 'Fleet tracking', employeeCount: 300, annualRevenueUsd: 5_000_000 });

function check(
  stage: Stage,
  request: { action: LeadAction; reasonCode?: string | null; note?: string | null },
  options: { ownerId?: string | null; lead?: LeadAttributes; model?: GovernanceModel } = {},
) {
  return checkLeadAction({
    stage,
    ownerId: options.ownerId === undefined ? 'rep-1' : options.ownerId,
    lead: options.lead ?? completeLead,
    model: options.model ?? makeModel(),
    request,
  });
}

/** Returns the failure of a check, or throws so that the test fails with the unexpected success. */
function failureOf(result: LeadActionCheck): Extract<LeadActionCheck, { ok: false }> {
  if (result.ok) {
    throw new Error(`expected a failed check, got a move to ${result.to}`);
  }

  return result;
}

describe('checkLeadAction', () => {
  it.each<[LeadAction, Stage, string | undefined, Stage]>([
    [LeadAction.Accept, Stage.Mql, undefined, Stage.Sal],
    [LeadAction.Accept, Stage.Mql, 'ACCEPTED_MEETS_ICP', Stage.Sal],
    [LeadAction.Reject, Stage.Mql, 'NO_FIT', Stage.Rejected],
    [LeadAction.Qualify, Stage.Sal, undefined, Stage.Sql],
    [LeadAction.Convert, Stage.Sql, undefined, Stage.Opportunity],
    [LeadAction.Disqualify, Stage.Lead, 'SPAM', Stage.Disqualified],
    [LeadAction.Disqualify, Stage.Mql, 'NO_FIT', Stage.Disqualified],
    [LeadAction.Disqualify, Stage.Sal, 'NO_FIT', Stage.Disqualified],
    [LeadAction.Disqualify, Stage.Sql, 'NO_FIT', Stage.Disqualified],
    [LeadAction.Recycle, Stage.Mql, 'TIMING', Stage.Recycled],
    [LeadAction.Recycle, Stage.Sal, 'TIMING', Stage.Recycled],
    [LeadAction.Recycle, Stage.Sql, 'TIMING', Stage.Recycled],
    [LeadAction.Disqualify, Stage.Opportunity, 'NO_FIT', Stage.Disqualified],
    [LeadAction.Recycle, Stage.Opportunity, 'TIMING', Stage.Recycled],
  ])('allows %s from %s with %p', (action, stage, reasonCode, to) => {
    expect(check(stage, { action, reasonCode })).toEqual({ ok: true, to });
  });

  it.each<[LeadAction, Stage, string]>([
    [LeadAction.Accept, Stage.Lead, 'lead is in stage LEAD; accept applies to leads in stage MQL'],
    [LeadAction.Accept, Stage.Sal, 'lead is in stage SAL; accept applies to leads in stage MQL'],
    [LeadAction.Reject, Stage.Sal, 'lead is in stage SAL; reject applies to leads in stage MQL'],
    [LeadAction.Qualify, Stage.Mql, 'lead is in stage MQL; qualify applies to leads in stage SAL'],
    [LeadAction.Convert, Stage.Sal, 'lead is in stage SAL; convert applies to leads in stage SQL'],
    [
      LeadAction.Disqualify,
      Stage.Rejected,
      'lead is in stage REJECTED; disqualify applies to leads in stage LEAD, MQL, SAL, SQL or OPPORTUNITY',
    ],
    [LeadAction.Recycle, Stage.Lead, 'lead is in stage LEAD; recycle applies to leads in stage MQL, SAL, SQL or OPPORTUNITY'],
    [LeadAction.Recycle, Stage.Recycled, 'lead is in stage RECYCLED; recycle applies to leads in stage MQL, SAL, SQL or OPPORTUNITY'],
  ])('refuses %s from stage %s', (action, stage, message) => {
    expect(check(stage, { action, reasonCode: 'NO_FIT' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      problems: [{ field: 'stage', value: stage, message }],
    });
  });

  it.each([null, ' '])('refuses accept without owner (%p)', (ownerId) => {
    expect(check(Stage.Mql, { action: LeadAction.Accept }, { ownerId })).toEqual({
      ok: false,
      code: 'CONFLICT',
      problems: [{ field: 'ownerId', value: ownerId, message: 'lead has no owner; assign it to a rep before you accept it' }],
    });
  });

  it('allows reject without owner', () => {
    expect(check(Stage.Mql, { action: LeadAction.Reject, reasonCode: 'SPAM' }, { ownerId: null }).ok).toBe(true);
  });

  it.each<[string, LeadAction, Stage, string | null, string, string]>([
    [
      'missing reject reason',
      LeadAction.Reject,
      Stage.Mql,
      null,
      'reasonCode',
      'reasonCode is missing; reject needs a reason code, so send one of the active REJECT codes: NO_FIT, SPAM, TIMING',
    ],
    [
      'unknown reason',
      LeadAction.Reject,
      Stage.Mql,
      'BORED',
      'reasonCode',
      'reasonCode "BORED" is not a known reason code; send one of the active REJECT codes: NO_FIT, SPAM, TIMING',
    ],
    [
      'retired reason',
      LeadAction.Reject,
      Stage.Mql,
      'OLD_REASON',
      'reasonCode',
      'reasonCode "OLD_REASON" is retired; send one of the active REJECT codes: NO_FIT, SPAM, TIMING',
    ],
    [
      'reason of wrong kind',
      LeadAction.Recycle,
      Stage.Sal,
      'NO_FIT',
      'reasonCode',
      'reasonCode "NO_FIT" does not allow RECYCLE; send one of the active RECYCLE codes: TIMING',
    ],
    [
      'missing disqualify reason',
      LeadAction.Disqualify,
      Stage.Sql,
      null,
      'reasonCode',
      'reasonCode is missing; disqualify needs a reason code, so send one of the active DISQUALIFY codes: NO_FIT, SPAM, COMPETITOR',
    ],
    [
      'wrong accept reason',
      LeadAction.Accept,
      Stage.Mql,
      'SPAM',
      'reasonCode',
      'reasonCode "SPAM" does not allow ACCEPT; send one of the active ACCEPT codes: ACCEPTED_MEETS_ICP',
    ],
    [
      'reason on qualify',
      LeadAction.Qualify,
      Stage.Sal,
      'NO_FIT',
      'reasonCode',
      'reasonCode "NO_FIT" does not apply to qualify; leave reasonCode empty',
    ],
    [
      'missing required note',
      LeadAction.Disqualify,
      Stage.Sal,
      'COMPETITOR',
      'note',
      'note is missing; reason code COMPETITOR requires a note, so add one that explains the choice',
    ],
  ])('refuses %s', (_case, action, stage, reasonCode, field, message) => {
    const failure = failureOf(check(stage, { action, reasonCode }));

    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.problems).toHaveLength(1);
    expect(failure.problems[0]?.field).toBe(field);
    expect(failure.problems[0]?.message).toBe(message);
  });

  it.each<[string, LeadAction, Stage, string | null, string | null, string, string]>([
    [
      'a note over 2,000 characters',
      LeadAction.Reject,
      Stage.Mql,
      'NO_FIT',
      'n'.repeat(2001),
      'note',
      'note is 2001 characters long, more than the maximum of 2000; shorten it to 2000 characters or fewer',
    ],
    [
      'a long note on an action without reason',
      LeadAction.Qualify,
      Stage.Sal,
      null,
      'n'.repeat(2001),
      'note',
      'note is 2001 characters long, more than the maximum of 2000; shorten it to 2000 characters or fewer',
    ],
    [
      'NUL in a note',
      LeadAction.Disqualify,
      Stage.Sal,
      'COMPETITOR',
      'Acme\u0000',
      'note',
      'note contains a control character (U+0000) at position 5; remove it',
    ],
    [
      'an escape character in a note',
      LeadAction.Reject,
      Stage.Mql,
      'NO_FIT',
      '\u001B[31m',
      'note',
      'note contains a control character (U+001B) at position 1; remove it',
    ],
    [
      'NUL in a reason code',
      LeadAction.Reject,
      Stage.Mql,
      'NO_FIT\u0000',
      null,
      'reasonCode',
      'reasonCode contains a control character (U+0000) at position 7; remove it',
    ],
    [
      'a line feed in a reason code',
      LeadAction.Reject,
      Stage.Mql,
      'NO\nFIT',
      null,
      'reasonCode',
      'reasonCode contains a control character (U+000A) at position 3; remove it',
    ],
    [
      'a reason code over 200 characters',
      LeadAction.Reject,
      Stage.Mql,
      'X'.repeat(201),
      null,
      'reasonCode',
      'reasonCode is 201 characters long, more than the maximum of 200; shorten it to 200 characters or fewer',
    ],
  ])('refuses %s', (_case, action, stage, reasonCode, note, field, message) => {
    const failure = failureOf(check(stage, { action, reasonCode, note }));

    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.problems).toHaveLength(1);
    expect(failure.problems[0]?.field).toBe(field);
    expect(failure.problems[0]?.message).toBe(message);
  });

  it.each<[string, string]>([
    ['a note of 2,000 characters', 'n'.repeat(2000)],
    ['line breaks and tabs in a note', 'Chose Acme.\r\n\tRevisit in Q3.'],
  ])('accepts %s', (_case, note) => {
    expect(check(Stage.Mql, { action: LeadAction.Reject, reasonCode: 'NO_FIT', note })).toEqual({
      ok: true,
      to: Stage.Rejected,
    });
  });

  it('reports a note problem with field problems', () => {
    const model = makeModel({ [Stage.Rejected]: { requiredFields: ['country'] } });
    const result = check(Stage.Mql, { action: LeadAction.Reject, reasonCode: 'NO_FIT', note: '\u0000' }, { model });

    expect(failureOf(result).problems.map((problem) => problem.field)).toEqual(['note', 'country']);
  });

  it('accepts a required note', () => {
    const result = check(Stage.Sal, { action: LeadAction.Disqualify, reasonCode: 'COMPETITOR', note: 'Chose Acme' });

    expect(result).toEqual({ ok: true, to: Stage.Disqualified });
  });

  it('names each missing required field', () => {
    const model = makeModel({ [Stage.Sql]: { requiredFields: ['useCase', 'employeeCount', 'industry'] } });
    const lead = makeLead({ useCase: '', employeeCount: null, industry: 'Energy' });
    const result = check(Stage.Sal, { action: LeadAction.Qualify }, { lead, model });

    expect(result).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      problems: [
        {
          field: 'useCase',
          value: null,
          message: 'useCase is missing; stage SQL requires it, so fill it in on the lead before you qualify',
        },
        {
          field: 'employeeCount',
          value: null,
          message: 'employeeCount is missing; stage SQL requires it, so fill it in on the lead before you qualify',
        },
      ],
    });
  });

  it('reports reason and field problems together', () => {
    const model = makeModel({ [Stage.Rejected]: { requiredFields: ['country'] } });
    const result = check(Stage.Mql, { action: LeadAction.Reject }, { model });

    expect(failureOf(result).problems.map((problem) => problem.field)).toEqual(['reasonCode', 'country']);
  });

  it('refuses unmet entry criteria', () => {
    const model = makeModel({
      [Stage.Opportunity]: { entryCriteria: { field: 'annualRevenueUsd', op: 'gte', value: 10_000_000 } },
    });
    const result = check(Stage.Sql, { action: LeadAction.Convert }, { model });

    expect(result).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      problems: [
        {
          field: 'stage',
          value: Stage.Opportunity,
          message:
            'lead does not meet the entry criteria of stage OPPORTUNITY (annual revenue (USD) ≥ 10000000); update the lead until it does',
        },
      ],
    });
  });

  it('refuses an unknown action', () => {
    const failure = failureOf(check(Stage.Mql, { action: 'ESCALATE' as LeadAction }));

    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.problems[0]?.field).toBe('action');
    expect(failure.problems[0]?.message).toBe(
      'action "ESCALATE" is not a known action; send one of ACCEPT, REJECT, QUALIFY, CONVERT, DISQUALIFY, RECYCLE, WIN, LOSE',
    );
  });

  it('throws when the model lacks the target stage', () => {
    const model = makeModel();
    model.stages = model.stages.filter((definition) => definition.stage !== Stage.Sql);

    expect(() => check(Stage.Sal, { action: LeadAction.Qualify }, { model })).toThrow('governance model has no definition for stage SQL');
  });
});

describe('checkLeadAction on opportunity outcomes', () => {
  it('moves an opportunity to WON without a reason', () => {
    expect(check(Stage.Opportunity, { action: LeadAction.Win })).toEqual({ ok: true, to: Stage.Won });
  });

  it('refuses a reason code on win', () => {
    const failure = failureOf(check(Stage.Opportunity, { action: LeadAction.Win, reasonCode: 'NO_BUDGET' }));

    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.problems[0]?.field).toBe('reasonCode');
  });

  it('moves an opportunity to LOST with a LOST reason', () => {
    expect(check(Stage.Opportunity, { action: LeadAction.Lose, reasonCode: 'NO_BUDGET' })).toEqual({ ok: true, to: Stage.Lost });
  });

  it.each<[string, string | null, string | null, string]>([
    ['a missing reason', null, null, 'reasonCode'],
    ['a reason of another kind', 'SPAM', null, 'reasonCode'],
    ['a reason without its required note', 'LOST_TO_RIVAL', null, 'note'],
  ])('refuses lose with %s', (_case, reasonCode, note, field) => {
    const failure = failureOf(check(Stage.Opportunity, { action: LeadAction.Lose, reasonCode, note }));

    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.problems.map((problem) => problem.field)).toContain(field);
  });

  it.each([Stage.Sql, Stage.Won, Stage.Lost])('refuses win from %s as a conflict', (stage) => {
    expect(failureOf(check(stage, { action: LeadAction.Win })).code).toBe('CONFLICT');
  });

  it('uses default WON and LOST definitions when the model has none', () => {
    const model = makeModel();
    model.stages = model.stages.filter((definition) => definition.stage !== Stage.Won && definition.stage !== Stage.Lost);

    expect(check(Stage.Opportunity, { action: LeadAction.Win }, { model })).toEqual({ ok: true, to: Stage.Won });
    expect(check(Stage.Opportunity, { action: LeadAction.Lose, reasonCode: 'NO_BUDGET' }, { model })).toEqual({
      ok: true,
      to: Stage.Lost,
    });
  });
});

describe('checkStageEntry', () => {
  const mql: StageDefinition = {
    ...stageDefinition(Stage.Mql, ['industry', 'country', 'title']),
    entryCriteria: { field: 'fitScore', op: 'gte', valueFrom: 'motionFitThreshold' },
  };
  const inbound = { motion: Motion.Inbound, label: 'Inbound', fitThreshold: 60, intentThreshold: 40 };

  it('lists missing fields and evaluates criteria', () => {
    const result = checkStageEntry(makeLead({ fitScore: 59, country: 'DE' }), mql, inbound);

    expect(result).toEqual({ requiredMissing: ['industry', 'title'], criteriaMet: false });
  });

  it('meets criteria at the threshold', () => {
    const lead = makeLead({ fitScore: 60, country: 'DE', industry: 'Banking', title: 'CFO' });

    expect(checkStageEntry(lead, mql, inbound)).toEqual({ requiredMissing: [], criteriaMet: true });
  });

  it('treats null criteria as met', () => {
    expect(checkStageEntry(makeLead(), stageDefinition(Stage.Sal), null).criteriaMet).toBe(true);
  });
});

describe('nextStageFor', () => {
  it.each([
    [LeadAction.Accept, Stage.Sal],
    [LeadAction.Reject, Stage.Rejected],
    [LeadAction.Qualify, Stage.Sql],
    [LeadAction.Convert, Stage.Opportunity],
    [LeadAction.Disqualify, Stage.Disqualified],
    [LeadAction.Recycle, Stage.Recycled],
    [LeadAction.Win, Stage.Won],
    [LeadAction.Lose, Stage.Lost],
  ])('maps %s to %s', (action, stage) => {
    expect(nextStageFor(action)).toBe(stage);
  });
});

describe('actionsAvailableIn', () => {
  it.each<[Stage, LeadAction[]]>([
    [Stage.Lead, [LeadAction.Disqualify]],
    [Stage.Mql, [LeadAction.Accept, LeadAction.Reject, LeadAction.Disqualify, LeadAction.Recycle]],
    [Stage.Sal, [LeadAction.Qualify, LeadAction.Disqualify, LeadAction.Recycle]],
    [Stage.Sql, [LeadAction.Convert, LeadAction.Disqualify, LeadAction.Recycle]],
    [Stage.Opportunity, [LeadAction.Disqualify, LeadAction.Recycle, LeadAction.Win, LeadAction.Lose]],
    [Stage.Rejected, []],
    [Stage.Won, []],
    [Stage.Lost, []],
  ])('lists actions in %s', (stage, actions) => {
    expect(actionsAvailableIn(stage)).toEqual(actions);
  });
});
