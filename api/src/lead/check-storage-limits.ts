import type { FieldProblem, LeadInput } from '@accord/governance';

/** Largest value of a PostgreSQL `integer` column. */
const MAX_INTEGER = 2_147_483_647;

/**
 * Checks what the governance rules leave open but the columns cannot hold: an employee count beyond
 * the `integer` range, and a revenue that a JavaScript number cannot carry exactly.
 */
export function checkStorageLimits(input: LeadInput): FieldProblem[] {
  const problems: FieldProblem[] = [];

  if (input.employeeCount !== null && input.employeeCount > MAX_INTEGER) {
    problems.push({
      field: 'employeeCount',
      value: input.employeeCount,
      message: `employeeCount ${input.employeeCount} is larger than ${MAX_INTEGER}; send the number of employees`,
    });
  }
  if (input.annualRevenueUsd !== null && input.annualRevenueUsd > Number.MAX_SAFE_INTEGER) {
    problems.push({
      field: 'annualRevenueUsd',
      value: input.annualRevenueUsd,
      message: `annualRevenueUsd ${input.annualRevenueUsd} is larger than ${Number.MAX_SAFE_INTEGER}; send whole US dollars`,
    });
  }

  return problems;
}
