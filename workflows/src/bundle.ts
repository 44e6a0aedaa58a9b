import path from 'node:path';
import { bundleWorkflowCode, type Logger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WORKFLOWS_PATH } from './worker';

/**
 * Bundles the workflow code once. With `fromSources`, the workspace packages resolve to their
 * TypeScript sources instead of their built `dist/`, so tests run on the code as it is now.
 */
export async function bundleLeadWorkflows(options: { fromSources?: boolean; logger?: Logger } = {}): Promise<WorkflowBundleWithSourceMap> {
  const root = path.resolve(__dirname, '..', '..');

  return bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    logger: options.logger,
    webpackConfigHook: (config) => {
      if (!options.fromSources) {
        return config;
      }
      config.resolve = {
        ...config.resolve,
        alias: {
          ...(config.resolve?.alias as Record<string, string> | undefined),
          '@accord/governance$': path.join(root, 'governance', 'src', 'index.ts'),
        },
      };

      return config;
    },
  });
}
