#!/usr/bin/env node
/**
 * Runs one TypeScript file of a workspace package without a build: `node scripts/run-ts.mjs FILE [ARGS...]`.
 * Sources compile through @swc-node/register with api/tsconfig.json (decorators and their metadata on),
 * and `@accord/<package>` imports resolve to `<package>/src`, as they do in jest, so no dist/ is needed.
 */
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKSPACE_IMPORT = /^@accord\/(governance|db|workflows|api)(?:\/(.+))?$/;

const [file, ...args] = process.argv.slice(2);
if (file === undefined) {
  console.error('Usage: node scripts/run-ts.mjs FILE [ARGS...], for example api/src/schema/print-schema.ts');
  process.exit(2);
}

process.env.SWC_NODE_PROJECT ??= path.join(repoRoot, 'api', 'tsconfig.json');

const originalResolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWorkspaceSource(request, ...rest) {
  const match = WORKSPACE_IMPORT.exec(request);
  if (match === null) {
    return originalResolveFilename.call(this, request, ...rest);
  }

  const [, packageName, subpath] = match;
  const target = path.join(repoRoot, packageName, 'src', subpath ?? 'index');

  return originalResolveFilename.call(this, target, ...rest);
};

const require = createRequire(import.meta.url);
require('@swc-node/register');
process.argv = [process.argv[0], path.resolve(file), ...args];
require(path.resolve(file));
