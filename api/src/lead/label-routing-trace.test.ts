import { ANNA_ID, BEN_ID, buildTestModel } from './lead-governance-fields.fixture';
import { labelRoutingTrace } from './label-routing-trace';

const userNames = new Map([
  [ANNA_ID, 'Anna Keller'],
  [BEN_ID, 'Ben Okafor'],
]);

describe('labelRoutingTrace', () => {
  it.each([
    ['a user id', { step: 'ASSIGNED' as const, key: ANNA_ID, outcome: 'round robin, ticket 1 in pool emea-inbound' }, 'Anna Keller'],
    ['a skipped candidate', { step: 'CANDIDATE' as const, key: BEN_ID, outcome: 'skipped: out of office' }, 'Ben Okafor'],
    ['a pool key', { step: 'FALLBACK' as const, key: 'emea-inbound', outcome: 'no eligible member' }, 'EMEA inbound'],
    ['a team key', { step: 'FALLBACK' as const, key: 'emea', outcome: 'left unassigned in the team queue' }, 'Sales EMEA'],
    ['an unknown key', { step: 'FALLBACK' as const, key: 'no-pool', outcome: 'no routing rule matched a known pool' }, null],
    ['a deleted user', { step: 'ASSIGNED' as const, key: '00000000-0000-4000-8000-000000000000', outcome: 'assigned' }, null],
    ['a rule key that is also a team key', { step: 'RULE' as const, key: 'emea', outcome: 'matched' }, null],
  ])('labels %s', (_case, row, label) => {
    expect(labelRoutingTrace([row], buildTestModel(), userNames)).toEqual([{ ...row, label }]);
  });

  it('keeps the order of the steps', () => {
    const rows = [
      { step: 'RULE' as const, key: 'emea', outcome: 'matched' },
      { step: 'CANDIDATE' as const, key: BEN_ID, outcome: 'skipped: out of office' },
      { step: 'ASSIGNED' as const, key: ANNA_ID, outcome: 'round robin' },
    ];

    expect(labelRoutingTrace(rows, buildTestModel(), userNames).map((entry) => entry.label)).toEqual([null, 'Ben Okafor', 'Anna Keller']);
  });

  it('labels only users without a model', () => {
    const rows = [
      { step: 'FALLBACK' as const, key: 'emea-inbound', outcome: 'no eligible member' },
      { step: 'ASSIGNED' as const, key: ANNA_ID, outcome: 'round robin' },
    ];

    expect(labelRoutingTrace(rows, null, userNames).map((entry) => entry.label)).toEqual([null, 'Anna Keller']);
  });
});
