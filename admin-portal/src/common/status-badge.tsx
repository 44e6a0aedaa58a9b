import { strings } from '../strings';
import type { GovernanceStatus } from '../versions/governance-versions.operations';

const toneByStatus: Record<GovernanceStatus, string> = {
  DRAFT: 'warn',
  IN_REVIEW: 'accent',
  PUBLISHED: 'ok',
  RETIRED: '',
};

export function StatusBadge({ status }: { status: GovernanceStatus }) {
  return <span className={`badge ${toneByStatus[status]}`}>{strings.governanceStatus[status]}</span>;
}
