import type { SlaState } from '@accord/portal-kit';
import { strings } from '../strings';

const toneByState: Record<SlaState, string> = {
  NONE: '',
  ON_TRACK: 'ok',
  WARNING: 'warn',
  BREACHED: 'bad',
  MET: 'accent',
};

export function SlaStateBadge({ state }: { state: SlaState }) {
  return <span className={`badge ${toneByState[state]}`}>{strings.slaState[state]}</span>;
}
