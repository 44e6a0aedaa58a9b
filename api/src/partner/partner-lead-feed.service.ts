import { Stage } from '@accord/governance';
import type { DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';
import type { CursorSeal } from '../lead/cursor-seal';
import { isStage } from '../lead/lead.type';
import { PartnerLeadChangeKind, type PartnerLeadChange, type PartnerLeadChangeConnection } from './partner-lead-change.types';
import { toPartnerStatus } from './partner-status';

/**
 * How long a stage transition must have been stored before the feed returns it, in milliseconds.
 *
 * `sequence` is taken when a row is inserted, but transactions commit in any order: a transaction
 * holding sequence 10 may commit after one holding 11. A reader that returned 11 and moved its
 * cursor past it would never see 10. The feed therefore returns only rows up to a horizon: the
 * highest sequence among rows inserted (`recorded_at`, the database clock at insert) more than
 * this long ago. Every row below the horizon took its sequence before that row did, so its
 * transaction started more than this long ago and has committed by the time of the read.
 *
 * NOTE: this holds only while no transaction that writes stage transitions stays open longer than
 * this delay. The writers (lead intake and the lifecycle activities) run short transactions, but a
 * transaction that waits long for a lock could break the guarantee.
 */
export const FEED_SETTLE_DELAY_MS = 5_000;

const CURSOR_PATTERN = /^[1-9]\d{0,18}$/;

interface ChangeRow {
  sequence: string;
  lead_id: string;
  to_stage: string;
  reason_code: string | null;
  reason_label: string | null;
  occurred_at: Date;
}

/** Reads the change feed of a partner's own leads, paged by the transitions' `sequence`. */
export class PartnerLeadFeedService {
  constructor(
    private readonly dataSource: DataSource,
    /** Seals cursors: a plain sequence number would tell a partner how many transitions all leads had. */
    private readonly seal: CursorSeal,
  ) {}

  async list(caller: Caller, options: { after: string | null; first: number }): Promise<PartnerLeadChangeConnection> {
    const afterSequence = options.after === null ? '0' : decodeFeedCursor(this.seal.open(options.after) ?? '', options.after);
    if (caller.partnerId === null) {
      return { changes: [], endCursor: options.after, hasNextPage: false };
    }

    const rows: ChangeRow[] = await this.dataSource.query(
      `SELECT transition.sequence::text AS sequence, transition.lead_id, transition.to_stage, transition.reason_code,
              reason.label AS reason_label, transition.occurred_at
         FROM stage_transitions transition
         JOIN leads lead ON lead.id = transition.lead_id
         LEFT JOIN reason_codes reason ON reason.code = transition.reason_code
        WHERE lead.partner_id = $1
          AND transition.sequence > $2::bigint
          AND transition.sequence <= (
                SELECT max(settled.sequence) FROM stage_transitions settled
                 WHERE settled.recorded_at <= clock_timestamp() - make_interval(secs => $3::double precision))
        ORDER BY transition.sequence
        LIMIT $4`,
      [caller.partnerId, afterSequence, FEED_SETTLE_DELAY_MS / 1000, options.first + 1],
    );

    const changes = rows.slice(0, options.first).map((row) => toChange(row, this.seal));

    return {
      changes,
      endCursor: changes[changes.length - 1]?.cursor ?? options.after,
      hasNextPage: rows.length > options.first,
    };
  }
}

function toChange(row: ChangeRow, seal: CursorSeal): PartnerLeadChange {
  if (!isStage(row.to_stage)) {
    throw new Error(`stage transition ${row.sequence} has the unknown stage "${row.to_stage}"`);
  }

  return {
    cursor: seal.seal(encodeFeedCursor(row.sequence)),
    leadId: row.lead_id,
    kind: describeKind(row.to_stage),
    stage: row.to_stage,
    partnerStatus: toPartnerStatus(row.to_stage),
    reasonCode: row.reason_code,
    reasonLabel: row.reason_label,
    occurredAt: row.occurred_at,
  };
}

function describeKind(stage: Stage): PartnerLeadChangeKind {
  switch (stage) {
    case Stage.Lead:
      return PartnerLeadChangeKind.Submitted;
    case Stage.Sal:
      return PartnerLeadChangeKind.Accepted;
    case Stage.Rejected:
      return PartnerLeadChangeKind.Rejected;
    case Stage.Recycled:
    case Stage.Disqualified:
    case Stage.Won:
    case Stage.Lost:
      return PartnerLeadChangeKind.Closed;
    case Stage.Mql:
    case Stage.Sql:
    case Stage.Opportunity:
      return PartnerLeadChangeKind.StageChanged;
  }
}

/** Encodes a sequence as an opaque cursor, so clients do not build cursors or rely on their content. */
function encodeFeedCursor(sequence: string): string {
  return Buffer.from(`t:${sequence}`, 'utf8').toString('base64url');
}

/** Reads the sequence of an opened cursor; `sent` is the cursor as the partner sent it, for the error. */
function decodeFeedCursor(cursor: string, sent: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const sequence = decoded.startsWith('t:') ? decoded.slice(2) : '';
  if (!CURSOR_PATTERN.test(sequence)) {
    throw AccordError.badUserInput([
      {
        field: 'after',
        value: sent,
        message: 'after is not a cursor of the change feed; pass the endCursor or a cursor of a previous partnerLeadChanges page, or omit after',
      },
    ]);
  }

  return sequence;
}
