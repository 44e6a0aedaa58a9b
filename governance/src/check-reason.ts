import { isValuePresent } from './lead-field';
import { ReasonKind, Stage, type FieldProblem, type ReasonCode } from './model';

/** The reason kind each exit stage requires, for rep actions and for imports of closed leads. */
export const EXIT_STAGE_REASON_KINDS: Readonly<Partial<Record<Stage, ReasonKind>>> = {
  [Stage.Rejected]: ReasonKind.Reject,
  [Stage.Disqualified]: ReasonKind.Disqualify,
  [Stage.Recycled]: ReasonKind.Recycle,
};

/** A reason code and note as a rep or an import row sends them. */
export interface ReasonRequest {
  reasonCode?: string | null;
  note?: string | null;
}

/** Returns the codes that may justify a new action of `kind`; retired codes are left out. */
export function activeReasonCodes(reasonCodes: readonly ReasonCode[], kind: ReasonKind): ReasonCode[] {
  return reasonCodes.filter((reason) => reason.active && reason.kinds.includes(kind));
}

function describeChoices(reasonCodes: readonly ReasonCode[], kind: ReasonKind): string {
  const codes = activeReasonCodes(reasonCodes, kind).map((reason) => reason.code);

  return codes.length === 0
    ? `ask an admin to add or reactivate a ${kind} reason code, because none is active`
    : `send one of the active ${kind} codes: ${codes.join(', ')}`;
}

/**
 * Checks that `reasonCode` names an active code of `kind` and that a note is present when the code
 * requires one. `purpose` names what needs the reason in the message, such as `reject` or `a lead
 * imported in stage REJECTED`. Codes match exactly because they are stored as sent.
 */
export function checkReason(
  request: ReasonRequest,
  kind: ReasonKind,
  reasonCodes: readonly ReasonCode[],
  purpose: string,
): FieldProblem[] {
  const code = request.reasonCode ?? null;
  const choices = describeChoices(reasonCodes, kind);

  if (code === null || !isValuePresent(code)) {
    return [
      {
        field: 'reasonCode',
        value: code,
        message: `reasonCode is missing; ${purpose} needs a reason code, so ${choices}`,
      },
    ];
  }

  const reason = reasonCodes.find((candidate) => candidate.code === code);
  if (reason === undefined) {
    return [
      { field: 'reasonCode', value: code, message: `reasonCode "${code}" is not a known reason code; ${choices}` },
    ];
  }
  if (!reason.active) {
    return [{ field: 'reasonCode', value: code, message: `reasonCode "${code}" is retired; ${choices}` }];
  }
  if (!reason.kinds.includes(kind)) {
    return [{ field: 'reasonCode', value: code, message: `reasonCode "${code}" does not allow ${kind}; ${choices}` }];
  }

  if (reason.noteRequired && !isValuePresent(request.note)) {
    return [
      {
        field: 'note',
        value: request.note ?? null,
        message: `note is missing; reason code ${code} requires a note, so add one that explains the choice`,
      },
    ];
  }

  return [];
}
