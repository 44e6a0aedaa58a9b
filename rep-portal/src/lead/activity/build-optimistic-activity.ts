import type { ContactChannel, ContactOutcome, LeadDetail } from '../lead.operations';
import type { LeadUpdateInput } from './lead-activity.operations';

/** The viewer and the click's ISO 8601 instant, which an optimistic entry records as actor and time. */
export interface OptimisticContext {
  actor: { id: string; name: string };
  now: string;
}

// Every object carries its __typename, so the cache normalizes a prediction like a server result.
type Typed<T> = T & { __typename: string };

function actorRef(context: OptimisticContext): Typed<{ id: string; name: string }> {
  return { __typename: 'User', ...context.actor };
}

function asLead(lead: LeadDetail): Typed<LeadDetail> {
  return { ...lead, __typename: 'Lead' };
}

/** Predict the lead after a contact attempt: the attempt at the end, and a first touch if there was none. */
export function withContactAttempt(
  lead: LeadDetail,
  input: { channel: ContactChannel; outcome: ContactOutcome; note: string | null },
  context: OptimisticContext,
): LeadDetail {
  const attempt = {
    __typename: 'ContactAttempt',
    id: `optimistic-contact-${lead.id}-${context.now}`,
    ...input,
    actor: actorRef(context),
    occurredAt: context.now,
  };

  return {
    ...asLead(lead),
    firstTouchAt: lead.firstTouchAt ?? context.now,
    contactAttempts: [...lead.contactAttempts, attempt],
  };
}

/** Predict the lead after a note: the note at the end of the list. */
export function withNote(lead: LeadDetail, body: string, context: OptimisticContext): LeadDetail {
  const note = {
    __typename: 'LeadNote',
    id: `optimistic-note-${lead.id}-${context.now}`,
    body,
    actor: actorRef(context),
    createdAt: context.now,
  };

  return { ...asLead(lead), notes: [...lead.notes, note] };
}

/** Predict a paused clock: no deadline runs until the server reports the resumed one. */
export function withPausedSla(lead: LeadDetail): LeadDetail {
  return { ...asLead(lead), slaState: 'PAUSED', slaDueAt: null };
}

/** Predict a resumed clock as on track until the server's response brings the moved deadline and state. */
export function withResumedSla(lead: LeadDetail): LeadDetail {
  return { ...asLead(lead), slaState: 'ON_TRACK' };
}

/** Predict the lead with the given fields set, and those fields gone from the missing ones. */
export function withUpdatedFields(lead: LeadDetail, input: LeadUpdateInput): LeadDetail {
  const setFields = Object.keys(input);

  return {
    ...asLead(lead),
    ...input,
    missingFieldsForNextStage: lead.missingFieldsForNextStage.filter((field) => !setFields.includes(field)),
  };
}

/**
 * Predict the lead after a pipeline review: the next weekly review clock runs on track. The old
 * deadline stays until the server returns the next one.
 */
export function withPipelineReview(lead: LeadDetail): LeadDetail {
  return { ...asLead(lead), slaState: 'ON_TRACK' };
}
