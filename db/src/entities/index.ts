import { ApiKeyEntity } from './api-key.entity';
import { AuditEntryEntity } from './audit.entity';
import { AuthRotatedRefreshTokenEntity, AuthSessionEntity, SignInFailureEntity, SignInLockoutEntity } from './auth.entity';
import { EngagementEventEntity } from './engagement.entity';
import { GovernanceVersionEntity, ReasonCodeEntity, RoutingPoolStateEntity } from './governance.entity';
import { NotificationEntity, SlaEventEntity, StageTransitionEntity } from './history.entity';
import { ImportJobEntity, SubmissionRejectionEntity } from './intake.entity';
import { LeadEntity } from './lead.entity';
import { ContactAttemptEntity, LeadNoteEntity } from './lead-work.entity';
import { PartnerEntity, TeamEntity, UserEntity } from './organisation.entity';
import { GovernanceReviewEntity } from './review.entity';

export * from './api-key.entity';
export * from './audit.entity';
export * from './auth.entity';
export * from './engagement.entity';
export * from './governance.entity';
export * from './history.entity';
export * from './intake.entity';
export * from './lead.entity';
export * from './lead-work.entity';
export * from './organisation.entity';
export * from './review.entity';

export const ENTITIES = [
  PartnerEntity,
  TeamEntity,
  UserEntity,
  GovernanceVersionEntity,
  ReasonCodeEntity,
  RoutingPoolStateEntity,
  LeadEntity,
  StageTransitionEntity,
  SlaEventEntity,
  NotificationEntity,
  ImportJobEntity,
  SubmissionRejectionEntity,
  AuditEntryEntity,
  ContactAttemptEntity,
  LeadNoteEntity,
  AuthSessionEntity,
  AuthRotatedRefreshTokenEntity,
  SignInFailureEntity,
  SignInLockoutEntity,
  ApiKeyEntity,
  EngagementEventEntity,
  GovernanceReviewEntity,
];
