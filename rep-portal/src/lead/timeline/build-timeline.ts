import type { ContactAttempt, LeadDetail, LeadNote, SlaEvent, StageTransition } from '../lead.operations';

export type TimelineItem =
  | { kind: 'stage'; id: string; at: string; transition: StageTransition }
  | { kind: 'sla'; id: string; at: string; event: SlaEvent }
  | { kind: 'contact'; id: string; at: string; attempt: ContactAttempt }
  | { kind: 'note'; id: string; at: string; note: LeadNote };

export type TimelineSource = Pick<LeadDetail, 'history' | 'slaEvents' | 'contactAttempts' | 'notes'>;

/**
 * Merge a lead's stage transitions, SLA events, contact attempts and notes into one list, oldest first.
 * Entries at the same instant keep the order of the API's lists and then stage, SLA, contact, note,
 * so a stage change comes before the SLA event it caused.
 */
export function buildTimeline(lead: TimelineSource): TimelineItem[] {
  const items: TimelineItem[] = [
    ...lead.history.map((transition) => ({ kind: 'stage' as const, id: `stage-${transition.id}`, at: transition.occurredAt, transition })),
    ...lead.slaEvents.map((event) => ({ kind: 'sla' as const, id: `sla-${event.id}`, at: event.occurredAt, event })),
    ...lead.contactAttempts.map((attempt) => ({ kind: 'contact' as const, id: `contact-${attempt.id}`, at: attempt.occurredAt, attempt })),
    ...lead.notes.map((note) => ({ kind: 'note' as const, id: `note-${note.id}`, at: note.createdAt, note })),
  ];

  // Array.prototype.sort is stable, so equal instants keep the order above.
  return items.sort((left, right) => Date.parse(left.at) - Date.parse(right.at));
}
