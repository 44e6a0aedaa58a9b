import { Motion, Role, type FieldProblem, type LeadInput } from '@accord/governance';

import type { Caller } from '../auth/caller';

/**
 * Checks that a partner submits PARTNER leads only. A lead's motion sets its MQL threshold, so a
 * partner may not file a lead as INBOUND or any other motion.
 */
export function checkPartnerMotion(actor: Caller | null, input: LeadInput): FieldProblem[] {
  if (actor?.role !== Role.Partner || input.motion === null || input.motion === Motion.Partner) {
    return [];
  }

  return [
    {
      field: 'motion',
      value: input.motion,
      message: `motion ${input.motion} is not allowed for a partner; partners submit ${Motion.Partner} leads, so send motion ${Motion.Partner} or leave it out`,
    },
  ];
}
