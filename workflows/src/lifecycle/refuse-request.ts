import { ApplicationFailure } from '@temporalio/workflow';
import type { FieldProblem } from '@accord/governance';
import { LEAD_ACTION_REJECTED, type LeadActionFailureDetails } from '../shared';

/** Throws the refusal an Update validator reports, with the problems the API turns into a GraphQL error. */
export function refuseRequest(code: LeadActionFailureDetails['code'], problems: FieldProblem[]): never {
  const details: LeadActionFailureDetails = { code, problems };
  const message = problems.map((problem) => problem.message).join('; ');

  throw ApplicationFailure.create({ type: LEAD_ACTION_REJECTED, message, details: [details], nonRetryable: true });
}
