/** Options of `fitLogisticRegression`. */
export interface LogisticRegressionOptions {
  /** L2 penalty on the standardised coefficients (not on the intercept). */
  l2?: number;
  maxIterations?: number;
  /** Newton iterations stop when no standardised coefficient moves by more than this. */
  tolerance?: number;
}

/** A fitted logistic regression, with coefficients on the original scale of each input. */
export interface LogisticModel {
  /** Log-odds when every input is 0. */
  intercept: number;
  /** Change in log-odds per unit of each input; 0 for an input that never varied. */
  coefficients: number[];
  /** Approximate standard error of each coefficient, from the inverse of the penalised Hessian. */
  standardErrors: number[];
  /** Means and standard deviations used to standardise the inputs. */
  means: number[];
  deviations: number[];
  iterations: number;
  converged: boolean;
}

const DEFAULT_L2 = 1;
const DEFAULT_MAX_ITERATIONS = 50;
const DEFAULT_TOLERANCE = 1e-8;

export function logistic(logOdds: number): number {
  return logOdds >= 0 ? 1 / (1 + Math.exp(-logOdds)) : Math.exp(logOdds) / (1 + Math.exp(logOdds));
}

export function logit(probability: number): number {
  return Math.log(probability / (1 - probability));
}

/** Returns the predicted probability of a positive outcome for one row of inputs. */
export function predictProbability(model: LogisticModel, row: readonly number[]): number {
  let logOdds = model.intercept;
  for (let j = 0; j < model.coefficients.length; j += 1) {
    logOdds += (model.coefficients[j] ?? 0) * (row[j] ?? 0);
  }

  return logistic(logOdds);
}

/**
 * Fits P(y = 1) = logistic(b0 + b·x) by iteratively reweighted least squares (Newton's method) with
 * an L2 penalty. Inputs are standardised first, so the penalty treats every input alike and the
 * iterations are well conditioned. An input that never varies gets coefficient 0. The fit is
 * deterministic: no random start, no sampling. Throws when rows and labels differ in length or a
 * label is not 0 or 1.
 */
export function fitLogisticRegression(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  options: LogisticRegressionOptions = {},
): LogisticModel {
  if (rows.length !== labels.length) {
    throw new Error(`fitLogisticRegression needs one label per row; got ${rows.length} rows and ${labels.length} labels`);
  }
  const badLabel = labels.find((label) => label !== 0 && label !== 1);
  if (badLabel !== undefined) {
    throw new Error(`fitLogisticRegression needs labels 0 or 1; got ${badLabel}`);
  }

  const l2 = options.l2 ?? DEFAULT_L2;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const width = rows[0]?.length ?? 0;
  const { means, deviations } = describeColumns(rows, width);

  // Design matrix of standardised inputs with a leading 1 for the intercept, kept as one flat array.
  const size = width + 1;
  const design = new Float64Array(rows.length * size);
  rows.forEach((row, i) => {
    design[i * size] = 1;
    for (let j = 0; j < width; j += 1) {
      const deviation = deviations[j] ?? 0;
      design[i * size + j + 1] = deviation === 0 ? 0 : ((row[j] ?? 0) - (means[j] ?? 0)) / deviation;
    }
  });

  const beta = new Float64Array(size);
  let hessian = new Float64Array(size * size);
  let iterations = 0;
  let converged = false;

  while (iterations < maxIterations && !converged) {
    iterations += 1;
    const gradient = new Float64Array(size);
    hessian = new Float64Array(size * size);

    for (let i = 0; i < rows.length; i += 1) {
      const offset = i * size;
      let logOdds = 0;
      for (let j = 0; j < size; j += 1) {
        logOdds += (beta[j] ?? 0) * (design[offset + j] ?? 0);
      }
      const p = logistic(logOdds);
      const weight = p * (1 - p);
      const residual = (labels[i] ?? 0) - p;
      for (let j = 0; j < size; j += 1) {
        const xj = design[offset + j] ?? 0;
        gradient[j] = (gradient[j] ?? 0) + xj * residual;
        for (let k = j; k < size; k += 1) {
          hessian[j * size + k] = (hessian[j * size + k] ?? 0) + weight * xj * (design[offset + k] ?? 0);
        }
      }
    }

    for (let j = 0; j < size; j += 1) {
      for (let k = 0; k < j; k += 1) {
        hessian[j * size + k] = hessian[k * size + j] ?? 0;
      }
      // The intercept is not penalised; an input that never varies is held at 0 by the penalty.
      if (j > 0) {
        hessian[j * size + j] = (hessian[j * size + j] ?? 0) + l2;
        gradient[j] = (gradient[j] ?? 0) - l2 * (beta[j] ?? 0);
      }
    }

    const step = solveLinearSystem(hessian, gradient, size);
    let largestStep = 0;
    for (let j = 0; j < size; j += 1) {
      beta[j] = (beta[j] ?? 0) + (step[j] ?? 0);
      largestStep = Math.max(largestStep, Math.abs(step[j] ?? 0));
    }
    converged = largestStep < tolerance;
  }

  const covarianceDiagonal = invertDiagonal(hessian, size);
  const coefficients: number[] = [];
  const standardErrors: number[] = [];
  let intercept = beta[0] ?? 0;
  for (let j = 0; j < width; j += 1) {
    const deviation = deviations[j] ?? 0;
    const standardised = deviation === 0 ? 0 : (beta[j + 1] ?? 0);
    const coefficient = deviation === 0 ? 0 : standardised / deviation;
    coefficients.push(coefficient);
    standardErrors.push(deviation === 0 ? Number.POSITIVE_INFINITY : Math.sqrt(covarianceDiagonal[j + 1] ?? 0) / deviation);
    intercept -= coefficient * (means[j] ?? 0);
  }

  return { intercept, coefficients, standardErrors, means, deviations, iterations, converged };
}

function describeColumns(rows: readonly (readonly number[])[], width: number): { means: number[]; deviations: number[] } {
  const means = new Array<number>(width).fill(0);
  const deviations = new Array<number>(width).fill(0);
  if (rows.length === 0) {
    return { means, deviations };
  }

  for (const row of rows) {
    for (let j = 0; j < width; j += 1) {
      means[j] = (means[j] ?? 0) + (row[j] ?? 0) / rows.length;
    }
  }
  for (const row of rows) {
    for (let j = 0; j < width; j += 1) {
      deviations[j] = (deviations[j] ?? 0) + ((row[j] ?? 0) - (means[j] ?? 0)) ** 2 / rows.length;
    }
  }

  // Deviations below this count as constant, so rounding noise is not standardised into a signal.
  const constantBelow = 1e-12;

  return { means, deviations: deviations.map((variance) => (variance < constantBelow ? 0 : Math.sqrt(variance))) };
}

/** Solves A·x = b for a symmetric positive definite A (row-major, n × n) by Gaussian elimination with partial pivoting. */
function solveLinearSystem(matrix: Float64Array, vector: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(vector);

  for (let column = 0; column < n; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < n; row += 1) {
      if (Math.abs(a[row * n + column] ?? 0) > Math.abs(a[pivot * n + column] ?? 0)) {
        pivot = row;
      }
    }
    if (pivot !== column) {
      for (let k = 0; k < n; k += 1) {
        const swap = a[column * n + k] ?? 0;
        a[column * n + k] = a[pivot * n + k] ?? 0;
        a[pivot * n + k] = swap;
      }
      const swap = b[column] ?? 0;
      b[column] = b[pivot] ?? 0;
      b[pivot] = swap;
    }

    const diagonal = a[column * n + column] ?? 0;
    if (Math.abs(diagonal) < 1e-300) {
      throw new Error('fitLogisticRegression found a singular Hessian; the outcomes may all be the same');
    }
    for (let row = column + 1; row < n; row += 1) {
      const factor = (a[row * n + column] ?? 0) / diagonal;
      if (factor === 0) {
        continue;
      }
      for (let k = column; k < n; k += 1) {
        a[row * n + k] = (a[row * n + k] ?? 0) - factor * (a[column * n + k] ?? 0);
      }
      b[row] = (b[row] ?? 0) - factor * (b[column] ?? 0);
    }
  }

  const x = new Float64Array(n);
  for (let row = n - 1; row >= 0; row -= 1) {
    let sum = b[row] ?? 0;
    for (let k = row + 1; k < n; k += 1) {
      sum -= (a[row * n + k] ?? 0) * (x[k] ?? 0);
    }
    x[row] = sum / (a[row * n + row] ?? 1);
  }

  return x;
}

/** Returns the diagonal of the inverse of a symmetric positive definite matrix, one column at a time. */
function invertDiagonal(matrix: Float64Array, n: number): number[] {
  const diagonal: number[] = [];
  for (let j = 0; j < n; j += 1) {
    const unit = new Float64Array(n);
    unit[j] = 1;
    diagonal.push(solveLinearSystem(matrix, unit, n)[j] ?? 0);
  }

  return diagonal;
}
