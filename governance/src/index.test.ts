import * as governance from './index';

describe('@accord/governance index', () => {
  it.each([
    'evaluateCondition',
    'describeCondition',
    'conditionFields',
    'isValidEmail',
    'normalizeEmail',
    'normalizeCountry',
    'checkLeadText',
    'validateLeadInput',
    'toLeadAttributes',
    'toUnscoredLead',
    'scoreFit',
    'checkLeadAction',
    'checkStageEntry',
    'nextStageFor',
    'addBusinessSeconds',
    'businessSecondsBetween',
    'validateCalendar',
    'chooseRoutingRule',
    'pickRoundRobin',
    'buildDefaultGovernanceModel',
    'validateGovernanceModel',
    'selectSlaPolicy',
    'pickWeighted',
    'pickLeastLoaded',
    'choosePoolMember',
    'splitTicketsOverPool',
    'diffGovernanceModels',
    'simulateGovernance',
  ])('exports function %s', (name) => {
    expect(typeof (governance as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports enums and constants', () => {
    expect(governance.LeadAction.Accept).toBe('ACCEPT');
    expect(governance.Stage.Sal).toBe('SAL');
    expect(governance.ALWAYS_OPEN_CALENDAR.timeZone).toBe('UTC');
  });
});
