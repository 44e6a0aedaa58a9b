import {
  describeEscalation,
  describeList,
  describeSlaPolicy,
  describeWorkingHours,
  formatBusinessDuration,
  inSentence,
} from './describe-governance-values';
import { EscalationAction } from './model';

describe('formatBusinessDuration', () => {
  it.each([
    [3600, '1 business hour'],
    [144_000, '40 business hours'],
    [1800, '30 business minutes'],
    [60, '1 business minute'],
    [5400, '90 business minutes'],
    [45, '45 business seconds'],
    [1, '1 business second'],
    [0, '0 business seconds'],
  ])('formats %p seconds', (seconds, expected) => {
    expect(formatBusinessDuration(seconds)).toBe(expected);
  });
});

describe('describeEscalation', () => {
  it('joins steps in order', () => {
    expect(
      describeEscalation([
        { action: EscalationAction.NotifyOwner, delaySeconds: 0 },
        { action: EscalationAction.ReassignToPool, delaySeconds: 1800 },
      ]),
    ).toBe('notify the owner at once, then reassign to the pool after 30 business minutes');
  });

  it('names an empty ladder', () => {
    expect(describeEscalation([])).toBe('no escalation');
  });
});

describe('describeSlaPolicy', () => {
  it('reads null as none', () => {
    expect(describeSlaPolicy(null)).toBe('none');
  });
});

describe('describeWorkingHours', () => {
  it('joins consecutive days with equal hours', () => {
    expect(
      describeWorkingHours([
        { day: 2, start: '09:00', end: '17:00' },
        { day: 1, start: '09:00', end: '17:00' },
        { day: 3, start: '09:00', end: '17:00' },
        { day: 5, start: '09:00', end: '17:00' },
        { day: 6, start: '10:00', end: '14:00' },
      ]),
    ).toBe('Mon–Wed 09:00–17:00, Fri 09:00–17:00, Sat 10:00–14:00');
  });

  it('lists split days interval by interval', () => {
    expect(
      describeWorkingHours([
        { day: 1, start: '13:00', end: '17:00' },
        { day: 1, start: '09:00', end: '12:00' },
      ]),
    ).toBe('Mon 09:00–12:00, Mon 13:00–17:00');
  });

  it('names an empty week', () => {
    expect(describeWorkingHours([])).toBe('none');
  });
});

describe('describeList', () => {
  it('joins items', () => {
    expect(describeList(['a', 'b'])).toBe('a, b');
  });

  it('names an empty list', () => {
    expect(describeList([])).toBe('none');
  });
});

describe('inSentence', () => {
  it.each([
    ['Inbound', 'inbound'],
    ['Product-led', 'product-led'],
    ['ABM', 'ABM'],
    ['PLG motion', 'PLG motion'],
    ['A', 'a'],
    ['', ''],
  ])('turns %p into %p', (label, expected) => {
    expect(inSentence(label)).toBe(expected);
  });
});
