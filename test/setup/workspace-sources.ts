/**
 * Lets global setup load the workspace packages (`@accord/db` and what it imports) from their TypeScript
 * sources, as the test files do.
 *
 * Jest loads a globalSetup module with Node's own `require` plus its transform, and applies
 * `moduleNameMapper` only inside the test runtime. Without this, `require('@accord/db')` would resolve to
 * `db/dist`, which exists only after a build.
 */
import Module from 'node:module';
import type { Config } from '@jest/types';

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;

interface ModuleInternals {
  _resolveFilename: ResolveFilename;
}

/** Runs `action` while `require` maps module names through the project's `moduleNameMapper`. */
export async function withWorkspaceSources<T>(projectConfig: Config.ProjectConfig, action: () => Promise<T>): Promise<T> {
  const mappings = projectConfig.moduleNameMapper.map(([pattern, target]) => ({
    pattern: new RegExp(pattern),
    target: target.replaceAll('<rootDir>', projectConfig.rootDir),
  }));
  const internals = Module as unknown as ModuleInternals;
  const originalResolve = internals._resolveFilename;

  internals._resolveFilename = function resolveWorkspaceSource(this: unknown, request, parent, isMain, options) {
    const mapping = mappings.find(({ pattern }) => pattern.test(request));
    const mappedRequest = mapping === undefined ? request : request.replace(mapping.pattern, mapping.target);

    return originalResolve.call(this, mappedRequest, parent, isMain, options);
  };

  try {
    return await action();
  } finally {
    internals._resolveFilename = originalResolve;
  }
}
