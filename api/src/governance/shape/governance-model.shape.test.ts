import { buildDefaultGovernanceModel, type GovernanceModel } from '@accord/governance';

import { checkCalendarShape, checkGovernanceModelShape } from './governance-model.shape';

function defaultModel(): GovernanceModel {
  return buildDefaultGovernanceModel({
    teams: [{ key: 'emea', label: 'Sales EMEA' }],
    pools: [{ key: 'emea-reps', label: 'EMEA reps', teamKey: 'emea', memberIds: ['u1', 'u2'] }],
  });
}

/** Returns the default model as JSON, changed by `edit`, as a client would send it. */
function editedModel(edit: (model: Record<string, unknown> & GovernanceModel) => void): unknown {
  const model = JSON.parse(JSON.stringify(defaultModel())) as Record<string, unknown> & GovernanceModel;
  edit(model);

  return model;
}

describe('checkGovernanceModelShape', () => {
  it('accepts the default model', () => {
    expect(checkGovernanceModelShape(defaultModel())).toEqual([]);
  });

  it('accepts unknown keys below the top level', () => {
    const model = editedModel((draft) => Object.assign(draft.stages[0] as object, { colour: 'red' }));

    expect(checkGovernanceModelShape(model)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['a string', 'not a model', ''],
    ['an array', [], ''],
    ['null', null, ''],
    ['an unknown top-level key', editedModel((draft) => Object.assign(draft, { stagez: [] })), 'stagez'],
    ['a missing top-level key', editedModel((draft) => Reflect.deleteProperty(draft, 'scoring')), 'scoring'],
    ['stages as an object', editedModel((draft) => Object.assign(draft, { stages: {} })), 'stages'],
    ['a stage that is a number', editedModel((draft) => Object.assign(draft, { stages: [1] })), 'stages[0]'],
    [
      'a calendar key that is a number',
      editedModel((draft) => Object.assign(draft.stages[2]?.sla.default ?? {}, { calendarKey: 7 })),
      'stages[2].sla.default.calendarKey',
    ],
    [
      'calendar hours as text',
      editedModel((draft) => Object.assign(draft.calendars['business-hours-berlin'] ?? {}, { hours: 'mon-fri' })),
      'calendars.business-hours-berlin.hours',
    ],
    [
      'a weight that is text',
      editedModel((draft) => Object.assign(draft.routingPools[0] ?? {}, { weights: { u1: 'two' } })),
      'routingPools[0].weights.u1',
    ],
    ['a null threshold', editedModel((draft) => Object.assign(draft.motions[0] ?? {}, { fitThreshold: null })), 'motions[0].fitThreshold'],
  ])('reports %s at its path', (_case, value, path) => {
    const problems = checkGovernanceModelShape(value);

    expect(problems.map((problem) => problem.path)).toEqual([path]);
    expect(problems[0]?.message).toMatch(/send|remove it/);
  });

  it('names the known keys for an unknown top-level key', () => {
    const [problem] = checkGovernanceModelShape(editedModel((draft) => Object.assign(draft, { stagez: [] })));

    expect(problem?.message).toContain('stagez is not a known key');
    expect(problem?.message).toContain('routingPools');
  });
});

describe('checkCalendarShape', () => {
  const calendar = { timeZone: 'Europe/Berlin', hours: [{ day: 1, start: '09:00', end: '17:00' }], holidays: [] };

  it('accepts a calendar', () => {
    expect(checkCalendarShape(calendar)).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ['an unknown key', { ...calendar, weekends: true }, ['weekends']],
    ['missing holidays', { timeZone: 'UTC', hours: [] }, ['holidays']],
    ['an hour without a day', { ...calendar, hours: [{ start: '09:00', end: '17:00' }] }, ['hours[0].day']],
  ])('reports %s', (_case, value, paths) => {
    expect(checkCalendarShape(value).map((problem) => problem.path)).toEqual(paths);
  });
});
