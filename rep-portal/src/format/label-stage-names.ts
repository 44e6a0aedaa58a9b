import { STAGES, type Stage } from '@accord/portal-kit';
import { strings } from '../strings';

// Stage enum values as whole upper-case words. The API writes them this way in SLA event details
// ("MQL → REJECTED before the deadline") and in error messages ("lead is in stage OPPORTUNITY").
const STAGE_TOKEN = new RegExp(`\\b(${STAGES.join('|')})\\b`, 'g');

/** Replace the stage enum values in a server text with the stage labels the portal shows elsewhere. */
export function labelStageNames(text: string): string {
  return text.replace(STAGE_TOKEN, (token) => strings.stage[token as Stage]);
}
