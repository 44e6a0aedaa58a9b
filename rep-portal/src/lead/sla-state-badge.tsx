import type { LeadSlaState } from '@accord/portal-kit';
import { strings } from '../strings';

const toneByState: Record<LeadSlaState, string> = {
  NONE: '',
  ON_TRACK: 'ok',
  WARNING: 'warn',
  BREACHED: 'bad',
  MET: 'accent',
  PAUSED: '',
};

export function SlaStateBadge({ state }: { state: LeadSlaState }) {
  return <span className={`badge ${toneByState[state]}`}>{strings.slaState[state]}</span>;
}
