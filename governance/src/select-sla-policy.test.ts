import { Motion, Stage, type BusinessCalendar, type GovernanceModel, type SlaPolicy } from './model';
import { selectSlaCalendar, selectSlaPolicy, slaStageWhileIn } from './select-sla-policy';

const inboundPolicy: SlaPolicy = { targetSeconds: 1800, warnPercent: 75, calendarKey: 'berlin', escalation: [] };
const defaultPolicy: SlaPolicy = { targetSeconds: 3600, warnPercent: 75, calendarKey: 'berlin', escalation: [] };
const berlin: BusinessCalendar = { timeZone: 'Europe/Berlin', hours: [{ day: 1, start: '09:00', end: '17:00' }], holidays: [] };
const newYork: BusinessCalendar = { timeZone: 'America/New_York', hours: [{ day: 1, start: '09:00', end: '17:00' }], holidays: [] };

const model = {
  stages: [
    {
      stage: Stage.Sal,
      label: 'SAL',
      order: 3,
      description: '',
      entryCriteria: null,
      requiredFields: [],
      ownerTeam: 'Sales',
      primaryKpi: 'speed-to-lead',
      sla: { default: defaultPolicy, [Motion.Inbound]: inboundPolicy },
    },
  ],
  calendars: { berlin },
} as unknown as GovernanceModel;

describe('selectSlaPolicy', () => {
  it('prefers the motion policy', () => {
    expect(selectSlaPolicy(model, Stage.Sal, Motion.Inbound)).toBe(inboundPolicy);
  });

  it('falls back to the stage default', () => {
    expect(selectSlaPolicy(model, Stage.Sal, Motion.Outbound)).toBe(defaultPolicy);
  });

  it('returns null for a stage without definition', () => {
    expect(selectSlaPolicy(model, Stage.Sql, Motion.Inbound)).toBeNull();
  });
});

describe('selectSlaCalendar', () => {
  it('prefers the owner calendar', () => {
    expect(selectSlaCalendar(model, defaultPolicy, newYork, null)).toBe(newYork);
  });

  it('uses the team calendar next', () => {
    expect(selectSlaCalendar(model, defaultPolicy, null, newYork)).toBe(newYork);
  });

  it('falls back to the policy calendar', () => {
    expect(selectSlaCalendar(model, defaultPolicy, null, null)).toBe(berlin);
  });
});

describe('slaStageWhileIn', () => {
  it.each([
    [Stage.Lead, Stage.Lead],
    [Stage.Mql, Stage.Sal],
    [Stage.Sal, null],
    [Stage.Sql, Stage.Sql],
    [Stage.Opportunity, Stage.Opportunity],
    [Stage.Rejected, null],
  ])('maps %s to %s', (stage, expected) => {
    expect(slaStageWhileIn(stage)).toBe(expected);
  });
});
