import { Role } from '@accord/governance';
import type { MiddlewareFn } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { AccordError } from '../errors/accord-error';

/** Every field of the type is readable: the type carries no data of its own beyond what its fields guard. */
const ALL_FIELDS = 'ALL';

/**
 * The fields a partner may read, per GraphQL object type. A partner reads how its own leads are
 * doing and nothing about the people who work them: no contact data, notes, scores, owners, history
 * actors or routing. Types not listed here are closed to partners, so a new type or field stays
 * hidden from them until it is added on purpose.
 */
const PARTNER_READABLE_FIELDS: Readonly<Record<string, ReadonlySet<string> | typeof ALL_FIELDS>> = {
  Lead: new Set([
    'id',
    'stage',
    'partnerStatus',
    'reasonCode',
    'reason',
    'team',
    'motion',
    'source',
    'arrivedAt',
    'createdAt',
    'acceptedAt',
    'closedAt',
    'updatedAt',
  ]),
  Team: new Set(['label']),
  ReasonCode: new Set(['code', 'label']),
  LeadConnection: ALL_FIELDS,
  LeadEdge: ALL_FIELDS,
  PageInfo: ALL_FIELDS,
  PartnerLeadChange: ALL_FIELDS,
  PartnerLeadChangeConnection: ALL_FIELDS,
  AuthPayload: ALL_FIELDS,
  /** The partner sent the event itself, about its own lead. */
  EngagementEvent: ALL_FIELDS,
};

const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Rejects, field by field, what a partner may not read, with FORBIDDEN naming the fields it may
 * read. It runs as a global middleware on every field. A partner reads its own `User` record (from `me` or `signIn`) and
 * no other user. Operations themselves are guarded by `@Authorized` and the scope checks.
 */
export const guardPartnerFields: MiddlewareFn<RequestContext> = async ({ context, info, root }, next) => {
  const caller = context.caller;
  const typeName = info.parentType.name;
  if (caller?.role !== Role.Partner || ROOT_TYPES.has(typeName)) {
    return next();
  }

  if (typeName === 'User') {
    if (isRecordWithId(root) && root.id === caller.id) {
      return next();
    }

    throw AccordError.forbidden(`Partners may read only their own user record, not User.${info.fieldName} of another user.`);
  }

  const readable = PARTNER_READABLE_FIELDS[typeName];
  if (readable === ALL_FIELDS || readable?.has(info.fieldName) === true) {
    return next();
  }

  throw AccordError.forbidden(describeForbiddenField(typeName, info.fieldName));
};

function describeForbiddenField(typeName: string, fieldName: string): string {
  const leadFields = [...(PARTNER_READABLE_FIELDS.Lead as ReadonlySet<string>)].join(', ');

  return (
    `Partners may not read ${typeName}.${fieldName}. On Lead, partners may read: ${leadFields}; ` +
    'on Team only label and on ReasonCode only code and label; every field of the engagement events it records.'
  );
}

function isRecordWithId(value: unknown): value is { id: unknown } {
  return typeof value === 'object' && value !== null && 'id' in value;
}

