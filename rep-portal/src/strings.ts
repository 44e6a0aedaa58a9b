import type { KitStrings, Motion, Role, SlaState, Stage } from '@accord/portal-kit';

const roleLabels: Record<Role, string> = {
  ADMIN: 'Admin',
  MANAGER: 'Manager',
  REP: 'Sales rep',
  PARTNER: 'Partner',
};

const pluralRules = new Intl.PluralRules('en');

/** Choose the English singular or plural noun for `count`, such as `1 lead` or `3 leads`. */
function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${pluralRules.select(count) === 'one' ? singular : plural}`;
}

const kit: KitStrings = {
  signIn: {
    heading: 'Sign in',
    intro: 'Work your lead queue: accept, reject, qualify, convert, disqualify or recycle leads.',
    emailLabel: 'Email',
    passwordLabel: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    roleNotAllowed: (role) =>
      `The rep portal is for sales reps and managers. Your account has the role ${roleLabels[role]}.`,
  },
  shell: {
    productName: 'Accord',
    navigationLabel: 'Main',
    signedInAs: (name, role) => `${name} · ${roleLabels[role]}`,
    signOut: 'Sign out',
  },
  errors: {
    titles: {
      BAD_USER_INPUT: 'Some values are invalid.',
      UNAUTHENTICATED: 'You are not signed in.',
      FORBIDDEN: 'You do not have access to this.',
      NOT_FOUND: 'Not found.',
      CONFLICT: 'This change conflicts with the lead’s current state.',
      NETWORK_ERROR: 'The Accord API could not be reached. Check your connection and try again.',
    },
    unexpected: 'Something went wrong on the server.',
    problemsLabel: 'Problems',
  },
  loading: 'Loading…',
};

export const strings = {
  kit,
  portalName: 'Rep portal',
  notSet: '—',

  navigation: {
    queue: 'My queue',
    team: 'Team',
  },
  footer: (pollSeconds: number) =>
    `The queue refreshes every ${pollSeconds} seconds; countdowns update every second.`,

  stage: {
    LEAD: 'Lead',
    MQL: 'MQL',
    SAL: 'SAL',
    SQL: 'SQL',
    OPPORTUNITY: 'Opportunity',
    REJECTED: 'Rejected',
    RECYCLED: 'Recycled',
    DISQUALIFIED: 'Disqualified',
  } satisfies Record<Stage, string>,
  motion: {
    INBOUND: 'Inbound',
    OUTBOUND: 'Outbound',
    PARTNER: 'Partner',
    PRODUCT_LED: 'Product-led',
    ACCOUNT_BASED: 'Account-based',
  } satisfies Record<Motion, string>,
  slaState: {
    NONE: 'No SLA',
    ON_TRACK: 'On track',
    WARNING: 'Warning',
    BREACHED: 'Breached',
    MET: 'Met',
  } satisfies Record<SlaState, string>,
  countdown: {
    dueIn: (clock: string) => `due in ${clock}`,
    overdueBy: (clock: string) => `overdue by ${clock}`,
    noDeadline: 'no deadline',
  },

  queue: {
    heading: 'My queue',
    intro: 'Your open leads, most urgent SLA first.',
    lastRefreshed: (time: string) => `Last refreshed ${time}`,
    empty: 'Your queue is empty. New hand-offs appear here automatically.',
    caption: 'Open leads ordered by SLA due time',
  },
  columns: {
    lead: 'Lead',
    company: 'Company',
    stage: 'Stage',
    motion: 'Motion',
    owner: 'Owner',
    slaState: 'SLA',
    countdown: 'Time left',
  },

  team: {
    heading: 'Team leads',
    intro: 'Every lead your team owns, most urgent SLA first.',
    caption: 'Team leads',
    stageFilter: 'Stage',
    slaStateFilter: 'SLA state',
    anyValue: 'All',
    shownCount: (shown: number, total: number) => `Showing ${shown} of ${countOf(total, 'lead', 'leads')}`,
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    empty: 'No leads match these filters.',
  },

  breaches: {
    reassignedAfterBreach: 'Reassigned after breach',
    escalations: (count: number) => countOf(count, 'escalation', 'escalations'),
    earlierBreaches: (count: number) => countOf(count, 'earlier breach', 'earlier breaches'),
  },

  lead: {
    backToQueue: 'Back to my queue',
    backToTeam: 'Back to team',
    sections: {
      contact: 'Contact',
      company: 'Company',
      qualification: 'Qualification',
      ownership: 'Ownership and timing',
      history: 'Stage history',
      slaEvents: 'SLA events',
    },
    fields: {
      email: 'Email',
      name: 'Name',
      title: 'Title',
      phone: 'Phone',
      company: 'Company',
      companyDomain: 'Domain',
      industry: 'Industry',
      employeeCount: 'Employees',
      annualRevenueUsd: 'Annual revenue',
      location: 'Location',
      source: 'Source',
      motion: 'Motion',
      useCase: 'Use case',
      consent: 'Consent',
      fitScore: 'Fit score',
      behaviourScore: 'Behaviour score',
      owner: 'Owner',
      team: 'Team',
      arrivedAt: 'Arrived',
      assignedAt: 'Assigned',
      acceptedAt: 'Accepted',
      firstTouchAt: 'First touch',
      slaDueAt: 'SLA due',
      governanceVersion: 'Governance version',
    },
    // Lead field names in running text, matching the API's `extensions.problems[].field` values.
    fieldNames: {
      email: 'email',
      firstName: 'first name',
      lastName: 'last name',
      title: 'title',
      phone: 'phone',
      company: 'company',
      companyDomain: 'company domain',
      industry: 'industry',
      employeeCount: 'employee count',
      annualRevenueUsd: 'annual revenue',
      country: 'country',
      region: 'region',
      city: 'city',
      source: 'source',
      motion: 'motion',
      useCase: 'use case',
      consent: 'consent',
      fitScore: 'fit score',
      behaviourScore: 'behaviour score',
    } as Record<string, string | undefined>,
    consent: { yes: 'Given', no: 'Not given' },
    noHistory: 'No stage changes recorded yet.',
    noSlaEvents: 'No SLA events recorded yet.',
  },

  history: {
    transition: (from: string, to: string) => `${from} → ${to}`,
    created: (to: string) => `Entered ${to}`,
    by: (actor: string) => `by ${actor}`,
    reason: 'Reason',
    note: 'Note',
    governanceVersion: (version: number) => `Governance v${version}`,
  },

  slaEvents: {
    caption: 'SLA events',
    kindLabels: {
      ARMED: 'Clock started',
      WARNING: 'Warning',
      BREACHED: 'Breached',
      ESCALATED: 'Escalated',
      REASSIGNED: 'Reassigned',
      MET: 'Met',
      CANCELLED: 'Cancelled',
    } as Record<string, string | undefined>,
    kind: 'Event',
    stage: 'Stage',
    owner: 'Owner',
    dueAt: 'Due',
    occurredAt: 'Occurred',
    detail: 'Detail',
  },

  actions: {
    handOffHeading: 'Hand-off decision',
    nextStepHeading: 'Next step',
    transition: (from: string, to: string) => `${from} → ${to}`,
    requires: (stage: string, fields: string) => `${stage} requires: ${fields}.`,
    stillNeeds: (fields: string) => `This lead still needs: ${fields}.`,
    failedInStage: (verb: string, stage: string) => `Could not ${verb} this lead, so it stays in ${stage}.`,
    failed: (verb: string) => `Could not ${verb} this lead.`,
  },

  // Labels per lead action. `verb` completes "Could not … this lead".
  action: {
    ACCEPT: { label: 'Accept lead', pending: 'Accepting…', verb: 'accept' },
    REJECT: { label: 'Reject lead', pending: 'Rejecting…', verb: 'reject' },
    QUALIFY: { label: 'Qualify to SQL', pending: 'Qualifying…', verb: 'qualify' },
    CONVERT: { label: 'Convert to opportunity', pending: 'Converting…', verb: 'convert' },
    DISQUALIFY: { label: 'Disqualify lead', pending: 'Disqualifying…', verb: 'disqualify' },
    RECYCLE: { label: 'Recycle lead', pending: 'Recycling…', verb: 'recycle' },
  },

  // Confirmations. Exits show theirs on the page the rep returns to, with the reason's label.
  done: {
    ACCEPT: 'Lead accepted.',
    QUALIFY: 'Lead qualified: it is now an SQL.',
    CONVERT: 'Lead converted to an opportunity.',
    REJECT: (reason: string) => `Lead rejected: ${reason}.`,
    DISQUALIFY: (reason: string) => `Lead disqualified: ${reason}.`,
    RECYCLE: (reason: string) => `Lead recycled: ${reason}.`,
  },

  rejectForm: reasonFormStrings('Reject lead', 'Rejecting…'),
  disqualifyForm: reasonFormStrings('Disqualify lead', 'Disqualifying…'),
  recycleForm: reasonFormStrings('Recycle lead', 'Recycling…'),

  notice: {
    dismiss: 'Dismiss',
  },

  notFound: 'This page does not exist.',
};

export type RepStrings = typeof strings;

export type ReasonFormStrings = ReturnType<typeof reasonFormStrings>;

function reasonFormStrings(heading: string, submitting: string) {
  return {
    heading,
    reasonLabel: 'Reason',
    reasonPlaceholder: 'Choose a reason',
    noteLabel: 'Note',
    noteOptional: 'optional',
    noteRequired: 'required for this reason',
    submit: heading,
    submitting,
    cancel: 'Cancel',
    loadingReasons: 'Loading reasons…',
  };
}
