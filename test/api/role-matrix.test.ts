/**
 * Calls every query and mutation of the schema as every role and as a stranger, and compares the
 * response with the access declared in `ACCESS`. An operation missing from `ACCESS` fails the test, so
 * a new resolver cannot ship without a declared and checked rule.
 *
 * Operations that take a lead id get a lead of the Americas team: the EMEA manager and rep must get
 * NOT_FOUND for it, as must a partner, so object-level checks are exercised for reads and writes.
 */
import { AuditEntryEntity } from '@accord/db';
import { Role } from '@accord/governance';
import { buildApiSchema } from '@accord/api/schema/build-schema';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);

/**
 * - `allowed`: the role passes the role and object checks. The call may still fail on its input, but
 *   for an operation on the Americas lead it must also find the lead.
 * - `forbidden`: FORBIDDEN.
 * - `hidden`: NOT_FOUND, because the object belongs to another team or partner.
 */
type Access = 'allowed' | 'forbidden' | 'hidden';
type Caller = Role | 'STRANGER';

interface OperationAccess {
  /** Roles not named here must get FORBIDDEN. */
  roles: Partial<Record<Role, Access>>;
  /** Runs without a caller, such as signing in; its own tests cover it. */
  public?: boolean;
}

const INTERNAL_READERS: Partial<Record<Role, Access>> = {
  [Role.Admin]: 'allowed',
  [Role.MarketingOps]: 'allowed',
  [Role.Manager]: 'allowed',
};
const EVERYONE: Partial<Record<Role, Access>> = { ...INTERNAL_READERS, [Role.Rep]: 'allowed', [Role.Partner]: 'allowed' };
const WORKERS: Partial<Record<Role, Access>> = { [Role.Admin]: 'allowed', [Role.Manager]: 'allowed', [Role.Rep]: 'allowed' };
/** Acting on the Americas lead: the EMEA manager and rep may act on leads, but not on this one. */
const WORKERS_ON_OTHER_TEAM_LEAD: Partial<Record<Role, Access>> = {
  [Role.Admin]: 'allowed',
  [Role.Manager]: 'hidden',
  [Role.Rep]: 'hidden',
};
const ADMIN_ONLY: Partial<Record<Role, Access>> = { [Role.Admin]: 'allowed' };
const DRAFT_EDITORS: Partial<Record<Role, Access>> = { [Role.Admin]: 'allowed', [Role.MarketingOps]: 'allowed' };
/** Monthly reviews cover every team, so managers, who see only their own team, may not read them. */
const REVIEW_READERS: Partial<Record<Role, Access>> = { [Role.Admin]: 'allowed', [Role.MarketingOps]: 'allowed' };

const ACCESS: Record<string, OperationAccess> = {
  'Query.me': { roles: EVERYONE },
  'Query.stages': { roles: EVERYONE },
  'Query.reasonCodes': { roles: EVERYONE },
  'Query.motions': { roles: EVERYONE },
  'Query.activeGovernance': { roles: { ...INTERNAL_READERS, [Role.Rep]: 'allowed' } },
  'Query.governanceVersions': { roles: INTERNAL_READERS },
  'Query.governanceVersion': { roles: INTERNAL_READERS },
  'Query.governanceDiff': { roles: INTERNAL_READERS },
  'Query.validateGovernanceModel': { roles: INTERNAL_READERS },
  'Query.reasonCodeUsage': { roles: INTERNAL_READERS },
  'Query.simulateGovernance': { roles: DRAFT_EDITORS },
  'Query.auditLog': { roles: INTERNAL_READERS },
  'Query.auditLogCsv': { roles: INTERNAL_READERS },
  'Query.teams': { roles: INTERNAL_READERS },
  'Query.users': { roles: INTERNAL_READERS },
  'Query.importJob': { roles: INTERNAL_READERS },
  'Query.leads': { roles: EVERYONE },
  'Query.lead': {
    roles: {
      [Role.Admin]: 'allowed',
      [Role.MarketingOps]: 'allowed',
      [Role.Manager]: 'hidden',
      [Role.Rep]: 'hidden',
      [Role.Partner]: 'hidden',
    },
  },
  'Query.myQueue': { roles: WORKERS },
  'Query.teamBreaches': { roles: { [Role.Admin]: 'allowed', [Role.Manager]: 'allowed' } },
  'Query.notifications': { roles: WORKERS },
  'Query.partners': { roles: ADMIN_ONLY },
  'Query.funnelKpis': { roles: INTERNAL_READERS },
  'Query.cycleTimeKpis': { roles: INTERNAL_READERS },
  'Query.leadValidityKpis': { roles: INTERNAL_READERS },
  'Query.reasonKpis': { roles: INTERNAL_READERS },
  'Query.responseKpis': { roles: INTERNAL_READERS },
  'Query.slaComplianceKpis': { roles: INTERNAL_READERS },
  'Query.kpiCsv': { roles: INTERNAL_READERS },
  'Query.calibrationReport': { roles: DRAFT_EDITORS },
  'Query.apiKeys': { roles: ADMIN_ONLY },
  'Query.partnerLeadChanges': { roles: { [Role.Partner]: 'allowed' } },
  'Query.governanceReviews': { roles: REVIEW_READERS },
  'Query.governanceReview': { roles: REVIEW_READERS },

  'Mutation.signIn': { roles: EVERYONE, public: true },
  'Mutation.refreshSession': { roles: EVERYONE, public: true },
  'Mutation.signOut': { roles: EVERYONE },
  'Mutation.signOutEverywhere': { roles: EVERYONE },
  'Mutation.createLead': { roles: EVERYONE },
  'Mutation.importLeads': { roles: INTERNAL_READERS },
  'Mutation.acceptLead': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.rejectLead': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.qualifyLead': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.convertLead': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.disqualifyLead': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.recycleLead': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.reviewPipeline': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.updateLead': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.logContactAttempt': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.addLeadNote': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.pauseSla': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.resumeSla': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.reassignLead': { roles: { [Role.Admin]: 'allowed', [Role.Manager]: 'hidden' } },
  'Mutation.markNotificationsRead': { roles: WORKERS },
  'Mutation.createGovernanceDraft': { roles: DRAFT_EDITORS },
  'Mutation.createDraftFromCalibration': { roles: DRAFT_EDITORS },
  'Mutation.updateGovernanceDraft': { roles: DRAFT_EDITORS },
  'Mutation.submitGovernanceForReview': { roles: DRAFT_EDITORS },
  'Mutation.returnGovernanceToDraft': { roles: DRAFT_EDITORS },
  'Mutation.publishGovernanceVersion': { roles: ADMIN_ONLY },
  'Mutation.retireGovernanceVersion': { roles: ADMIN_ONLY },
  'Mutation.updateTeamCalendar': { roles: ADMIN_ONLY },
  'Mutation.updateUser': { roles: ADMIN_ONLY },
  'Mutation.createApiKey': { roles: ADMIN_ONLY },
  'Mutation.winOpportunity': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.loseOpportunity': { roles: WORKERS_ON_OTHER_TEAM_LEAD },
  'Mutation.recordEngagement': {
    roles: { [Role.Admin]: 'allowed', [Role.MarketingOps]: 'allowed', [Role.Partner]: 'hidden' },
  },
  'Mutation.revokeApiKey': { roles: ADMIN_ONLY },
  'Mutation.signOffGovernanceReview': { roles: ADMIN_ONLY },
  'Mutation.runGovernanceReview': { roles: ADMIN_ONLY },
};

/** One demo account per role: the EMEA manager and rep, so the Americas lead is another team's. */
const ACCOUNTS: Record<Role, string> = {
  [Role.Admin]: 'admin@accord.example',
  [Role.MarketingOps]: 'marketing.ops@accord.example',
  [Role.Manager]: 'manager.emea@accord.example',
  [Role.Rep]: 'anna@accord.example',
  [Role.Partner]: 'partner@northwind.example',
};
const CALLERS: readonly Caller[] = [...Object.values(Role), 'STRANGER'];
const NIL_ID = '00000000-0000-4000-8000-000000000000';
/** Operations that end the caller's session: the role signs in again after calling one. */
const SESSION_ENDING = new Set(['Mutation.signOut', 'Mutation.signOutEverywhere']);
/** Arguments that name a lead get the Americas lead; other ids get an id no record has. */
const LEAD_ID_ARGUMENTS = new Set(['id', 'leadId']);

let api: ApiStack;
let schema: GraphQLSchema;
let americasLeadId: string;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  schema = await buildApiSchema();
  api = await startApiStack('api_role_matrix');
  for (const role of Object.values(Role)) {
    tokens.set(role, await api.signIn(ACCOUNTS[role]));
  }

  const created = await api.graphql<{ createLead: { id: string } }>(
    `mutation Create($input: LeadInput!) { createLead(input: $input) { id } }`,
    {
      input: {
        email: 'role.matrix@ames-freight.example',
        firstName: 'Robin',
        lastName: 'Ames',
        title: 'VP Operations',
        company: 'Ames Freight',
        industry: 'Transportation',
        employeeCount: 1500,
        annualRevenueUsd: 200_000_000,
        country: 'USA',
        source: 'Web',
        behaviourScore: 70,
      },
    },
    tokens.get(Role.Admin),
  );
  const leadId = created.data?.createLead.id;
  if (leadId === undefined) {
    throw new Error(`the Americas lead could not be created: ${JSON.stringify(created.errors)}`);
  }
  americasLeadId = leadId;
  await waitFor(
    async () =>
      (await api.stack.database.dataSource.query(`SELECT stage, owner_id FROM leads WHERE id = $1`, [leadId]))[0] as {
        stage: string;
        owner_id: string | null;
      },
    (row) => row.stage === 'MQL' && row.owner_id !== null,
    20_000,
    'routing of the Americas lead',
  );
});

afterAll(async () => {
  await api?.stop();
});

/**
 * Writes a literal for a required argument, filling only the required fields of input objects. An
 * id argument of an operation on a lead gets the Americas lead.
 */
function literalFor(type: GraphQLInputType, argumentName: string, onLead: boolean): string {
  if (isNonNullType(type)) {
    return literalFor(type.ofType, argumentName, onLead);
  }
  if (isListType(type)) {
    return `[${literalFor(type.ofType, argumentName, onLead)}]`;
  }
  if (isEnumType(type)) {
    return type.getValues()[0]?.name ?? '';
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));

    return `{ ${fields.map((field) => `${field.name}: ${literalFor(field.type, field.name, false)}`).join(', ')} }`;
  }
  if (isScalarType(type) && (type.name === 'Int' || type.name === 'Float')) {
    return '1';
  }
  if (isScalarType(type) && type.name === 'Boolean') {
    return 'true';
  }
  if (isScalarType(type) && type.name === 'JSON') {
    return '{}';
  }
  if (isScalarType(type) && type.name === 'DateTime') {
    return '"2026-01-01T00:00:00Z"';
  }
  if (isScalarType(type) && type.name === 'ID' && onLead && LEAD_ID_ARGUMENTS.has(argumentName)) {
    return JSON.stringify(americasLeadId);
  }

  return JSON.stringify(NIL_ID);
}

/** Returns whether the operation reads or changes one lead named by an id argument. */
function isOnLead(field: GraphQLField<unknown, unknown>): boolean {
  const idArguments = field.args.filter((arg) => getNamedType(arg.type).name === 'ID').map((arg) => arg.name);

  return idArguments.includes('leadId') || (getNamedType(field.type).name === 'Lead' && idArguments.includes('id'));
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const onLead = isOnLead(field);
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const argumentList =
    args.length === 0 ? '' : `(${args.map((arg) => `${arg.name}: ${literalFor(arg.type, arg.name, onLead)}`).join(', ')})`;
  const returned = getNamedType(field.type);
  const selection = isScalarType(returned) || isEnumType(returned) ? '' : ' { __typename }';

  return `${kind} { ${field.name}${argumentList}${selection} }`;
}

/** `internal-error` is never expected: generated arguments must be refused as bad input, not crash a resolver. */
type Outcome = 'allowed' | 'forbidden' | 'hidden' | 'unauthenticated' | 'internal-error';

function outcomeOf(codes: string[], takesLeadId: boolean): Outcome {
  if (codes.includes('INTERNAL_SERVER_ERROR')) return 'internal-error';
  if (codes.includes('UNAUTHENTICATED')) return 'unauthenticated';
  if (codes.includes('FORBIDDEN')) return 'forbidden';
  if (codes.includes('NOT_FOUND') && takesLeadId) return 'hidden';

  return 'allowed';
}

function allOperations(): { key: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
      key: `Query.${field.name}`,
      kind: 'query' as const,
      field,
    })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
      key: `Mutation.${field.name}`,
      kind: 'mutation' as const,
      field,
    })),
  ];
}

describe('the role matrix', () => {
  it('declares the access of every operation in the schema, and of no other', () => {
    expect(
      allOperations()
        .map((operation) => operation.key)
        .sort(),
    ).toEqual(Object.keys(ACCESS).sort());
  });

  it('answers every operation for every role and the stranger as declared', async () => {
    const mismatches: string[] = [];
    let calls = 0;

    for (const { key, kind, field } of allOperations()) {
      const access = ACCESS[key];
      if (access === undefined || access.public === true) continue;
      const source = operationFor(kind, field);
      const takesLeadId = isOnLead(field);

      for (const caller of CALLERS) {
        const response = await api.graphql(source, {}, caller === 'STRANGER' ? undefined : tokens.get(caller));
        calls += 1;
        const codes = (response.errors ?? []).map((error) => String(error.extensions?.code ?? 'NO_CODE'));
        const actual = outcomeOf(codes, takesLeadId);
        const expected: Outcome = caller === 'STRANGER' ? 'unauthenticated' : (access.roles[caller] ?? 'forbidden');
        if (actual !== expected) {
          mismatches.push(`${key} as ${caller}: expected ${expected}, got ${actual} (${codes.join(', ') || 'no error'})`);
        }
        if (caller !== 'STRANGER' && SESSION_ENDING.has(key)) {
          tokens.set(caller, await api.signIn(ACCOUNTS[caller]));
        }
      }
    }

    expect(calls).toBeGreaterThan(200);
    expect(mismatches).toEqual([]);
  });

  it('writes an audit entry for the mutations that succeeded, naming the caller', async () => {
    const entries = await api.stack.database.dataSource.manager.find(AuditEntryEntity, { where: { targetId: americasLeadId } });
    const actions = entries.map((entry) => entry.action);

    expect(actions).toContain('LEAD_CREATED');
    expect(actions).toContain('LEAD_ACCEPTED');
    expect(entries.every((entry) => entry.actorId !== null)).toBe(true);
  });
});
