import type { KitStrings, Motion, Role, LeadSlaState, Stage } from '@accord/portal-kit';

const roleLabels: Record<Role, string> = {
  ADMIN: 'Admin',
  MARKETING_OPS: 'Marketing ops',
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
      TOO_MANY_REQUESTS: 'Too many failed sign-ins.',
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
  footer: (pollSeconds: number, timeZone: string) =>
    `The queue and notifications refresh every ${pollSeconds} seconds; countdowns update every second. Times are shown in ${timeZone}.`,

  stage: {
    LEAD: 'Lead',
    MQL: 'MQL',
    SAL: 'SAL',
    SQL: 'SQL',
    OPPORTUNITY: 'Opportunity',
    REJECTED: 'Rejected',
    RECYCLED: 'Recycled',
    DISQUALIFIED: 'Disqualified',
    WON: 'Won',
    LOST: 'Lost',
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
    PAUSED: 'Paused',
  } satisfies Record<LeadSlaState, string>,
  filters: {
    stage: 'Stage',
    motion: 'Motion',
    slaState: 'SLA state',
    anyValue: 'All',
  },
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
    noMatch: 'No lead in your queue matches these filters.',
    shownCount: (shown: number, total: number) => `Showing ${shown} of ${countOf(total, 'lead', 'leads')} in your queue`,
    keyboardHint: 'Keyboard: j or ↓ selects the next lead, k or ↑ the previous one, Enter opens it. Press ? for every shortcut.',
    selectionAnnouncement: (selection: { position: number; total: number; name: string; company: string; stage: string; slaState: string }) =>
      `Selected lead ${selection.position} of ${selection.total}: ${selection.name}, ${selection.company}, ${selection.stage}, SLA ${selection.slaState}.`,
  },
  columns: {
    lead: 'Lead',
    company: 'Company',
    stage: 'Stage',
    motion: 'Motion',
    owner: 'Owner',
    slaState: 'SLA',
    countdown: 'Time left',
    breachedAt: 'Breached',
    actions: 'Actions',
  },

  team: {
    heading: 'Team leads',
    intro: 'Every lead your team owns, most urgent SLA first.',
    caption: 'Team leads',
    tabsLabel: 'Team views',
    tabs: { leads: 'All leads', breaches: 'Breaches' },
    shownCount: (shown: number, total: number) => `Showing ${shown} of ${countOf(total, 'lead', 'leads')}`,
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    empty: 'No leads match these filters.',
  },

  breachesTab: {
    caption: 'Team leads with a breached SLA or an escalation, newest breach first',
    empty: 'No open team lead has a breached SLA or an escalation.',
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
      routing: 'Why this owner',
      responseTimes: 'Response times',
      timeline: 'Timeline',
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
  },

  timeline: {
    empty: 'Nothing recorded for this lead yet.',
    kinds: { stage: 'Stage', sla: 'SLA', contact: 'Contact', note: 'Note' },
    slaClock: 'SLA clock',
    actorNotRecorded: '(actor not recorded)',
    unknownActor: 'unknown user',
    noteTitle: 'Note added',
  },

  contact: {
    channel: { PHONE: 'Phone', EMAIL: 'Email', MEETING: 'Meeting', OTHER: 'Other' },
    outcome: {
      REACHED: 'Reached',
      NO_ANSWER: 'No answer',
      LEFT_MESSAGE: 'Left a message',
      WRONG_NUMBER: 'Wrong number',
      BOUNCED: 'Bounced',
    },
  },

  routing: {
    empty: 'No routing decision is recorded for this lead.',
    pool: (pool: string) => `Routing pool: ${pool}`,
    rules: 'Rules evaluated',
    skipped: 'Candidates skipped',
    assignment: 'Assignment',
    other: 'Other steps',
    steps: {
      RULE: 'Rule',
      CANDIDATE: 'Candidate',
      ASSIGNED: 'Assigned',
      FALLBACK: 'Fallback',
    } as Record<string, string | undefined>,
  },

  responseTimes: {
    caption: 'Speed to lead and SLA time to first touch',
    measure: 'Measure',
    calendar: 'Calendar time',
    business: 'Business time',
    speedToLead: 'Speed to lead',
    speedToLeadHint: 'From arrival to the first rep touch',
    response: 'SLA time to first touch',
    responseHint: 'From assignment to the first rep touch',
    notYet: 'No touch yet',
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
      PAUSED: 'Paused',
      RESUMED: 'Resumed',
    } as Record<string, string | undefined>,
    owner: 'Owner',
    dueAt: 'Due',
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
    WIN: { label: 'Mark as won', pending: 'Closing as won…', verb: 'close as won' },
    LOSE: { label: 'Mark as lost', pending: 'Closing as lost…', verb: 'close as lost' },
  },

  // Confirmations. Exits show theirs on the page the rep returns to, with the reason's label.
  done: {
    ACCEPT: 'Lead accepted.',
    QUALIFY: 'Lead qualified: it is now an SQL.',
    CONVERT: 'Lead converted to an opportunity.',
    REJECT: (reason: string) => `Lead rejected: ${reason}.`,
    DISQUALIFY: (reason: string) => `Lead disqualified: ${reason}.`,
    RECYCLE: (reason: string) => `Lead recycled: ${reason}.`,
    WIN: 'Opportunity won.',
    LOSE: (reason: string) => `Opportunity lost: ${reason}.`,
  },

  rejectForm: reasonFormStrings('Reject lead', 'Rejecting…'),
  disqualifyForm: reasonFormStrings('Disqualify lead', 'Disqualifying…'),
  recycleForm: reasonFormStrings('Recycle lead', 'Recycling…'),
  loseForm: reasonFormStrings('Mark opportunity as lost', 'Closing as lost…'),

  score: {
    heading: 'Why this score',
    fitCaption: (score: number) => `Fit score ${score}: the fit weights that matched`,
    behaviourCaption: (score: number) => `Behaviour score ${score}: engagement, with older events counting less`,
    noFit: 'No fit weight matches this lead.',
    noBehaviour: 'No engagement event is scored yet; the behaviour score is the one the lead was submitted with.',
    weight: 'Weight',
    event: 'Event',
    count: 'Count',
    points: 'Points',
    decayedPoints: 'Counts now',
    submittedScore: 'Score sent with the lead',
    clampNote: 'Each score is the sum of its lines, rounded and kept between 0 and 100.',
  },

  activity: {
    heading: 'Follow-up',
    cancel: 'Cancel',
    contact: {
      open: 'Log contact attempt',
      heading: 'Log a contact attempt',
      channelLabel: 'Channel',
      outcomeLabel: 'Outcome',
      noteLabel: 'Note',
      optional: 'optional',
      submit: 'Log attempt',
      submitting: 'Logging…',
      done: 'Contact attempt logged.',
      failed: 'Could not log the contact attempt, so it was removed from the timeline. Your input is still in the form.',
    },
    note: {
      open: 'Add note',
      heading: 'Add a note',
      bodyLabel: 'Note',
      lengthHint: (max: number) => `up to ${max} characters`,
      submit: 'Save note',
      submitting: 'Saving…',
      done: 'Note added.',
      failed: 'Could not add the note, so it was removed from the timeline. Your text is still in the form.',
    },
    pause: {
      open: 'Pause SLA',
      heading: 'Pause the SLA clock',
      intro: 'The deadline stops moving until you resume the clock. Only the reasons this SLA policy allows are listed.',
      reasonLabel: 'Reason',
      reasonPlaceholder: 'Choose a reason',
      submit: 'Pause clock',
      submitting: 'Pausing…',
      done: (reason: string) => `SLA clock paused: ${reason}.`,
      failed: 'Could not pause the SLA clock, so it keeps running.',
    },
    pipelineReview: {
      open: 'Record pipeline review',
      heading: 'Record a pipeline review',
      intro: 'Check the value, stakeholders and next steps. Recording the review starts the next weekly review clock.',
      noteLabel: 'What the review found',
      submit: 'Record review',
      submitting: 'Recording…',
      done: (nextDueAt: string) => `Pipeline review recorded; the next review is due ${nextDueAt}.`,
      doneWithoutDeadline: 'Pipeline review recorded.',
      failed: 'Could not record the pipeline review, so the review clock is unchanged. Your note is still in the form.',
    },
    resume: {
      open: 'Resume SLA',
      submitting: 'Resuming…',
      done: 'SLA clock resumed.',
      failed: 'Could not resume the SLA clock, so it stays paused.',
    },
    fields: {
      open: (count: number) => `Fill missing fields (${count})`,
      heading: 'Fill missing fields',
      intro: 'The next stage requires these fields. Save them, then move the lead on.',
      choose: 'Choose',
      notEditable: (fields: string) => `Reps cannot set ${fields} here. Ask marketing operations to correct the lead.`,
      submit: 'Save fields',
      submitting: 'Saving…',
      done: 'Fields saved.',
      failed: 'Could not save the fields, so the lead keeps its previous values. Your input is still in the form.',
    },
  },

  reassign: {
    open: 'Reassign',
    openFor: (lead: string) => `Reassign ${lead}`,
    heading: 'Reassign lead',
    headingFor: (lead: string) => `Reassign ${lead}`,
    currentOwner: (owner: string) => `Current owner: ${owner}`,
    ownerLabel: 'New owner',
    ownerPlaceholder: 'Choose a team member',
    managerOption: (name: string) => `${name} (manager)`,
    reasonLabel: 'Reason',
    submit: 'Reassign lead',
    submitting: 'Reassigning…',
    cancel: 'Cancel',
    done: (lead: string, owner: string) => `${lead} is now owned by ${owner}.`,
    fieldLabels: { toUserId: 'New owner', reason: 'Reason' } as Record<string, string>,
  },

  notifications: {
    bellLabel: (count: number, countLabel: string) => (count === 0 ? 'Notifications, none unread' : `Notifications, ${countLabel} unread`),
    bellLabelFailed: 'Notifications could not be loaded',
    panelLabel: 'Notifications',
    heading: 'Notifications',
    markAllRead: 'Mark all read',
    markRead: 'Mark read',
    empty: 'No notifications yet.',
    unread: 'Unread:',
    openLead: (lead: string) => `Open ${lead}`,
  },

  shortcuts: {
    open: 'Shortcuts',
    heading: 'Keyboard shortcuts',
    intro: 'Shortcuts do nothing while you type in a field, so Escape closes a form from anywhere in it.',
    or: 'or',
    close: 'Close',
    groups: [
      {
        heading: 'My queue',
        entries: [
          { keys: ['j', '↓'], description: 'Select the next lead' },
          { keys: ['k', '↑'], description: 'Select the previous lead' },
          { keys: ['Enter'], description: 'Open the selected lead' },
        ],
      },
      {
        heading: 'Lead page',
        entries: [
          { keys: ['a'], description: 'Accept the hand-off' },
          { keys: ['r'], description: 'Reject the hand-off with a reason' },
          { keys: ['c'], description: 'Log a contact attempt' },
          { keys: ['n'], description: 'Add a note' },
          { keys: ['Esc'], description: 'Close the open form, or go back to the list' },
        ],
      },
      {
        heading: 'Everywhere',
        entries: [{ keys: ['?'], description: 'Show this list' }],
      },
    ],
  },

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
