import { InitialSchema1764878400000 } from './1764878400000-initial-schema';
import { GovernanceLifecycle1796385600000 } from './1796385600000-governance-lifecycle';
import { LeadResponseTimes1796389200000 } from './1796389200000-lead-response-times';
import { LeadWork1796392800000 } from './1796392800000-lead-work';
import { RoutingFallbackAudit1796396400000 } from './1796396400000-routing-fallback-audit';
import { MarketingOpsRole1796400000000 } from './1796400000000-marketing-ops-role';
import { AuthSessions1796403600000 } from './1796403600000-auth-sessions';
import { PartnerApiKeys1796407200000 } from './1796407200000-partner-api-keys';
import { EngagementEvents1796414400000 } from './1796414400000-engagement-events';
import { KpiFacts1796410800000 } from './1796410800000-kpi-facts';
import { GovernanceReviews1796421600000 } from './1796421600000-governance-reviews';
import { KpiAttributeRollup1796425200000 } from './1796425200000-kpi-attribute-rollup';

/** Every migration in the order it runs. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [
  InitialSchema1764878400000,
  GovernanceLifecycle1796385600000,
  LeadResponseTimes1796389200000,
  LeadWork1796392800000,
  RoutingFallbackAudit1796396400000,
  MarketingOpsRole1796400000000,
  AuthSessions1796403600000,
  PartnerApiKeys1796407200000,
  KpiFacts1796410800000,
  EngagementEvents1796414400000,
  GovernanceReviews1796421600000,
  KpiAttributeRollup1796425200000,
];
