import { createApiServer, type ApiServer } from '@accord/api';
import { postGraphQL, signInDemo, type GraphQLResponse } from '@accord/api/testing/graphql-client.fixture';
import { loadConfig, type AccordConfig } from '@accord/db';
import { startLifecycleStack, type LifecycleStack } from './lifecycle-stack';

export type ApiStackOptions = Parameters<typeof startLifecycleStack>[1];

export interface ApiStack {
  stack: LifecycleStack;
  api: ApiServer;
  /** Posts one operation to the API over HTTP, with `Authorization: Bearer <token>` when a token is given. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<Data>>;
  /** Signs in a demo account with the demo password and returns its access token. */
  signIn(email: string): Promise<string>;
  /** Stops the API, then the stack's worker and Temporal connections, and drops its database. */
  stop(): Promise<void>;
}

/**
 * Starts a lifecycle stack and an API server on a free loopback port over the same data source and
 * Temporal client, so the stack's worker runs the lifecycle of every lead that the API creates or imports.
 */
export async function startApiStack(
  label: string,
  options: ApiStackOptions = {},
  /** Overrides of the API's configuration, such as a short access-token lifetime. */
  apiConfig: Partial<AccordConfig> = {},
): Promise<ApiStack> {
  const stack = await startLifecycleStack(label, options);

  let api: ApiServer;
  try {
    api = await createApiServer({
      config: { ...loadConfig(), httpPort: 0, ...apiConfig },
      dataSource: stack.database.dataSource,
      temporalClient: stack.client,
    });
  } catch (error) {
    await stack.stop();
    throw error;
  }

  return {
    stack,
    api,
    graphql: (query, variables = {}, token) => postGraphQL(api.url, query, variables, token ?? null),
    signIn: (email) => signInDemo(api.url, email),
    async stop() {
      await api.stop();
      await stack.stop();
    },
  };
}
