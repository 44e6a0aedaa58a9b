import type { ModelProblem } from '@accord/governance';

/** The expected form of a JSON value, checked by `checkJsonShape`. */
export type JsonShape =
  | { kind: 'string' | 'number' | 'boolean' | 'scalar' | 'object' }
  | { kind: 'nullable'; of: JsonShape }
  | { kind: 'array'; of: JsonShape }
  | { kind: 'record'; of: JsonShape }
  | { kind: 'fields'; required: Record<string, JsonShape>; optional?: Record<string, JsonShape>; closed?: boolean };

export const shape = {
  string: { kind: 'string' },
  number: { kind: 'number' },
  boolean: { kind: 'boolean' },
  /** A string, a number or a boolean. */
  scalar: { kind: 'scalar' },
  /** Any JSON object, checked no further. */
  object: { kind: 'object' },
  nullable: (of: JsonShape): JsonShape => ({ kind: 'nullable', of }),
  array: (of: JsonShape): JsonShape => ({ kind: 'array', of }),
  /** An object whose keys are free and whose values all have one shape. */
  record: (of: JsonShape): JsonShape => ({ kind: 'record', of }),
  /** An object with named fields. Unknown keys pass unless `closed` is true. */
  fields: (required: Record<string, JsonShape>, optional: Record<string, JsonShape> = {}, closed = false): JsonShape => ({
    kind: 'fields',
    required,
    optional,
    closed,
  }),
} as const;

const DESCRIPTIONS: Record<JsonShape['kind'], string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  scalar: 'a string, a number or a boolean',
  object: 'an object',
  nullable: 'null',
  array: 'an array',
  record: 'an object',
  fields: 'an object',
};

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }

  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function describeShape(expected: JsonShape): string {
  return expected.kind === 'nullable' ? `${describeShape(expected.of)} or null` : DESCRIPTIONS[expected.kind];
}

function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function mismatch(value: unknown, expected: JsonShape, path: string): ModelProblem[] {
  const name = path === '' ? 'the value' : path;

  return [{ path, message: `${name} is ${describeValue(value)}; send ${describeShape(expected)}` }];
}

function checkFields(value: Record<string, unknown>, expected: Extract<JsonShape, { kind: 'fields' }>, path: string): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const optional = expected.optional ?? {};

  for (const [key, fieldShape] of Object.entries(expected.required)) {
    if (value[key] === undefined) {
      problems.push({ path: childPath(path, key), message: `${childPath(path, key)} is missing; send ${describeShape(fieldShape)}` });
    } else {
      problems.push(...checkJsonShape(value[key], fieldShape, childPath(path, key)));
    }
  }
  for (const [key, fieldShape] of Object.entries(optional)) {
    if (value[key] !== undefined) {
      problems.push(...checkJsonShape(value[key], fieldShape, childPath(path, key)));
    }
  }

  if (expected.closed === true) {
    const known = [...Object.keys(expected.required), ...Object.keys(optional)];
    for (const key of Object.keys(value).filter((candidate) => !known.includes(candidate))) {
      problems.push({
        path: childPath(path, key),
        message: `${childPath(path, key)} is not a known key; remove it or use one of: ${known.join(', ')}`,
      });
    }
  }

  return problems;
}

/**
 * Checks that a JSON value has the expected form and returns one problem per mismatch, with the path
 * of the value at fault (`stages[2].sla`), so an empty list means the value has the shape.
 */
export function checkJsonShape(value: unknown, expected: JsonShape, path = ''): ModelProblem[] {
  switch (expected.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === expected.kind && (expected.kind !== 'number' || Number.isFinite(value))
        ? []
        : mismatch(value, expected, path);
    case 'scalar':
      return ['string', 'number', 'boolean'].includes(typeof value) ? [] : mismatch(value, expected, path);
    case 'object':
      return isJsonObject(value) ? [] : mismatch(value, expected, path);
    case 'nullable':
      return value === null ? [] : checkJsonShape(value, expected.of, path);
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item: unknown, index) => checkJsonShape(item, expected.of, `${path}[${index}]`))
        : mismatch(value, expected, path);
    case 'record':
      return isJsonObject(value)
        ? Object.entries(value).flatMap(([key, item]) => checkJsonShape(item, expected.of, childPath(path, key)))
        : mismatch(value, expected, path);
    case 'fields':
      return isJsonObject(value) ? checkFields(value, expected, path) : mismatch(value, expected, path);
  }
}
