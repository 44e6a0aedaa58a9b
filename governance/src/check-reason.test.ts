import { activeReasonCodes, checkReason } from './check-reason';
import { ReasonKind, type ReasonCode } from './model';

const reasonCodes: ReasonCode[] = [
  {
    code: 'NO_FIT',
    label: 'No fit',
    kinds: [ReasonKind.Reject, ReasonKind.Disqualify],
    noteRequired: false,
    active: true,
  },
  { code: 'SPAM', label: 'Spam', kinds: [ReasonKind.Reject], noteRequired: false, active: true },
  { code: 'COMPETITOR', label: 'Competitor', kinds: [ReasonKind.Disqualify], noteRequired: true, active: true },
  { code: 'OLD', label: 'Old', kinds: [ReasonKind.Reject], noteRequired: false, active: false },
];

describe('activeReasonCodes', () => {
  it('keeps active codes of the kind', () => {
    expect(activeReasonCodes(reasonCodes, ReasonKind.Reject).map((reason) => reason.code)).toEqual(['NO_FIT', 'SPAM']);
  });
});

describe('checkReason', () => {
  it('accepts an active code of the kind', () => {
    expect(checkReason({ reasonCode: 'SPAM' }, ReasonKind.Reject, reasonCodes, 'reject')).toEqual([]);
  });

  it.each<[string, string | null | undefined, string]>([
    [
      'missing',
      undefined,
      'reasonCode is missing; reject needs a reason code, so send one of the active REJECT codes: NO_FIT, SPAM',
    ],
    [
      'null',
      null,
      'reasonCode is missing; reject needs a reason code, so send one of the active REJECT codes: NO_FIT, SPAM',
    ],
    [
      'blank',
      '  ',
      'reasonCode is missing; reject needs a reason code, so send one of the active REJECT codes: NO_FIT, SPAM',
    ],
    [
      'unknown',
      'BORED',
      'reasonCode "BORED" is not a known reason code; send one of the active REJECT codes: NO_FIT, SPAM',
    ],
    ['retired', 'OLD', 'reasonCode "OLD" is retired; send one of the active REJECT codes: NO_FIT, SPAM'],
    [
      'wrong kind',
      'COMPETITOR',
      'reasonCode "COMPETITOR" does not allow REJECT; send one of the active REJECT codes: NO_FIT, SPAM',
    ],
    [
      'lower case',
      'spam',
      'reasonCode "spam" is not a known reason code; send one of the active REJECT codes: NO_FIT, SPAM',
    ],
  ])('rejects a %s code', (_case, reasonCode, message) => {
    const problems = checkReason({ reasonCode }, ReasonKind.Reject, reasonCodes, 'reject');

    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('reasonCode');
    expect(problems[0]?.value).toBe(reasonCode ?? null);
    expect(problems[0]?.message).toBe(message);
  });

  it.each([undefined, null, '', ' '])('requires a note the code demands (%p)', (note) => {
    const problems = checkReason({ reasonCode: 'COMPETITOR', note }, ReasonKind.Disqualify, reasonCodes, 'disqualify');

    expect(problems).toEqual([
      {
        field: 'note',
        value: note ?? null,
        message: 'note is missing; reason code COMPETITOR requires a note, so add one that explains the choice',
      },
    ]);
  });

  it('accepts the note the code demands', () => {
    expect(
      checkReason({ reasonCode: 'COMPETITOR', note: 'Signed with Acme' }, ReasonKind.Disqualify, reasonCodes, 'x'),
    ).toEqual([]);
  });

  it('tells the admin when no code allows the kind', () => {
    const [problem] = checkReason({ reasonCode: null }, ReasonKind.Recycle, reasonCodes, 'recycle');

    expect(problem?.message).toBe(
      'reasonCode is missing; recycle needs a reason code, so ask an admin to add or reactivate a RECYCLE reason code, because none is active',
    );
  });
});
