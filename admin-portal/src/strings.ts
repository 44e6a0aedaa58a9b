import type { KitStrings, Motion, ReasonKind, Role, SlaState, Stage } from '@accord/portal-kit';

const roleLabels: Record<Role, string> = {
  ADMIN: 'Admin',
  MANAGER: 'Manager',
  REP: 'Sales rep',
  PARTNER: 'Partner',
};

const kit: KitStrings = {
  signIn: {
    heading: 'Sign in',
    intro: 'Review the governance model, browse leads and import lead files.',
    emailLabel: 'Email',
    passwordLabel: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    roleNotAllowed: (role) =>
      `The admin portal is for admins and managers. Your account has the role ${roleLabels[role]}.`,
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
      CONFLICT: 'This change conflicts with the current state.',
      NETWORK_ERROR: 'The Accord API could not be reached. Check your connection and try again.',
    },
    unexpected: 'Something went wrong on the server.',
    problemsLabel: 'Problems',
  },
  loading: 'Loading…',
};

export const strings = {
  kit,
  portalName: 'Admin portal',
  notSet: '—',
  notFound: 'This page does not exist.',

  navigation: {
    governance: 'Governance',
    leads: 'Leads',
    import: 'Import',
  },

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
  reasonKind: {
    ACCEPT: 'Accept',
    REJECT: 'Reject',
    DISQUALIFY: 'Disqualify',
    RECYCLE: 'Recycle',
    LOST: 'Lost',
  } satisfies Record<ReasonKind, string>,

  governance: {
    heading: 'Governance',
    versionSummary: (version: number, status: string) => `Version ${version} · ${status}`,
    publishedAt: (instant: string) => `Published ${instant}`,
    notPublished: 'Not published',
    stages: {
      heading: 'Funnel stages',
      stage: 'Stage',
      entryCriteria: 'Entry criteria',
      requiredFields: 'Required fields',
      ownerTeam: 'Owner',
      sla: 'SLA',
      primaryKpi: 'Primary KPI',
      noRequiredFields: 'None',
      noSla: 'No SLA',
    },
    reasonCodes: {
      heading: 'Reason codes',
      code: 'Code',
      label: 'Label',
      kinds: 'Used for',
      noteRequired: 'Note',
      noteRequiredYes: 'Required',
      noteRequiredNo: 'Optional',
      status: 'Status',
      active: 'Active',
      retired: 'Retired',
    },
    motions: {
      heading: 'Motions',
      motion: 'Motion',
      fitThreshold: 'Fit threshold',
      intentThreshold: 'Intent threshold',
    },
  },

  leads: {
    heading: 'Leads',
    intro: 'All leads visible to you, most urgent SLA first.',
    caption: 'Leads',
    searchLabel: 'Search',
    searchHint: 'Name, email or company',
    stageFilter: 'Stage',
    motionFilter: 'Motion',
    anyValue: 'All',
    columns: {
      lead: 'Lead',
      company: 'Company',
      stage: 'Stage',
      motion: 'Motion',
      owner: 'Owner',
      slaState: 'SLA',
      arrivedAt: 'Arrived',
    },
    shownCount: (shown: number, total: number) => `Showing ${shown} of ${total} leads`,
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    empty: 'No leads match these filters.',
  },

  import: {
    heading: 'Import leads',
    intro:
      'Upload a CSV or JSON file of leads. When the import finishes, rows that failed validation are listed with their problems.',
    fileLabel: 'CSV or JSON file',
    submit: 'Start import',
    submitting: 'Uploading…',
    readFailed: (fileName: string) => `The file ${fileName} could not be read. Choose the file again.`,
    another: 'Import another file',
    job: {
      heading: (fileName: string) => `Import of ${fileName}`,
      status: 'Status',
      statusLabels: {
        RUNNING: 'Running',
        COMPLETED: 'Completed',
        FAILED: 'Failed',
      } as Record<string, string | undefined>,
      preset: 'Column preset',
      failed: (reason: string) => `The import failed: ${reason}`,
      progressLabel: 'Rows processed',
      progress: (done: number, total: number) => `${done} of ${total} rows done`,
      created: 'Created',
      duplicate: 'Duplicates',
      invalid: 'Invalid',
      startedAt: 'Started',
      finishedAt: 'Finished',
      running: 'Running… this page checks progress every second.',
      notFound: 'This import job was not found.',
    },
    problems: {
      heading: 'Problem rows',
      caption: 'Rows that were not imported',
      rowNumber: 'Row',
      field: 'Field',
      value: 'Value',
      message: 'Problem',
      none: 'No problem rows.',
      truncated: (shown: number) => `Showing the first ${shown} problems.`,
    },
  },
};

export type AdminStrings = typeof strings;
