import type { BusinessCalendar } from '@accord/governance';

/** Password of every demo account. Demo data only: `npm start` prints it beside the sign-ins. */
export const DEMO_PASSWORD = 'demo-password';

export interface DemoTeam {
  key: string;
  label: string;
  calendarKey: string;
  calendar: BusinessCalendar;
  manager: { email: string; name: string; timeZone: string };
  reps: { email: string; name: string }[];
}

const WEEKDAYS_NINE_TO_FIVE = ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '09:00', end: '17:00' }));

export const DEMO_TEAMS: DemoTeam[] = [
  {
    key: 'emea',
    label: 'Sales EMEA',
    calendarKey: 'business-hours-berlin',
    calendar: { timeZone: 'Europe/Berlin', hours: WEEKDAYS_NINE_TO_FIVE, holidays: ['2026-12-25', '2026-12-26', '2027-01-01'] },
    manager: { email: 'manager.emea@accord.example', name: 'Mara Lindqvist', timeZone: 'Europe/Berlin' },
    reps: [
      { email: 'anna@accord.example', name: 'Anna Keller' },
      { email: 'ben@accord.example', name: 'Ben Okafor' },
      { email: 'chloe@accord.example', name: 'Chloé Martin' },
    ],
  },
  {
    key: 'americas',
    label: 'Sales Americas',
    calendarKey: 'business-hours-new-york',
    calendar: { timeZone: 'America/New_York', hours: WEEKDAYS_NINE_TO_FIVE, holidays: ['2026-12-25', '2027-01-01'] },
    manager: { email: 'manager.americas@accord.example', name: 'Marcus Reed', timeZone: 'America/New_York' },
    reps: [
      { email: 'diego@accord.example', name: 'Diego Alvarez' },
      { email: 'emma@accord.example', name: 'Emma Walsh' },
      { email: 'farid@accord.example', name: 'Farid Haddad' },
    ],
  },
];

export const DEMO_ADMIN = { email: 'admin@accord.example', name: 'Ada Admin', timeZone: 'UTC' };

export const DEMO_MARKETING_OPS = { email: 'marketing.ops@accord.example', name: 'Maya Brooks', timeZone: 'Europe/London' };

export const DEMO_PARTNER = {
  key: 'northwind',
  name: 'Northwind Partners',
  user: { email: 'partner@northwind.example', name: 'Northwind API', timeZone: 'UTC' },
};

/**
 * The demo partner's API key, published like the demo password so the README's curl examples work
 * on every fresh demo database. Demo data only: real keys come from createApiKey and are random.
 */
export const DEMO_PARTNER_API_KEY = {
  name: 'Demo key (published in the README)',
  publicId: 'northwinddemokey',
  secret: 'DemoOnly_NorthwindPartnerKey_NotASecret_001',
};
