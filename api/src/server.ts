import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, type AccordConfig } from '@accord/db';
import type { Client } from '@temporalio/client';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import { createApiServices } from './context/create-api-services';
import { createRequestContext, type ApiServices, type RequestContext } from './context/request-context';
import { formatError } from './errors/format-error';
import { createJsonErrorHandler } from './errors/json-error-handler';
import { describeErrorForLog, logInternalErrors } from './errors/log-internal-errors';
import { createRateLimit } from './http/rate-limit';
import { rejectBatchedRequests } from './http/reject-batched-requests';
import { MAX_IMPORT_FILE_BYTES, SPLIT_FILE_ADVICE } from './import/import-limits';
import { createTemporalLeadLifecycle, type LeadLifecycleGateway } from './lead/lead-lifecycle.gateway';
import { createTemporalGovernanceReviewGateway, type GovernanceReviewGateway } from './review/governance-review.gateway';
import { buildApiSchema } from './schema/build-schema';
import { createQueryLimits } from './schema/query-limits';

/**
 * Largest request body in bytes (15 MB). An import file travels as a JSON string inside the GraphQL
 * request, where escaped quotes and line breaks make it grow, so the limit is 1.5 times the import
 * file limit.
 * NOTE: the limit applies to every /graphql request, because the body is parsed before the operation is
 * known. A smaller limit for other operations would need a separate upload path (docs/security.md).
 */
export const MAX_REQUEST_BODY_BYTES = MAX_IMPORT_FILE_BYTES * 1.5;
const DEFAULT_HOST = '127.0.0.1';

export interface ApiServerOptions {
  config: AccordConfig;
  /** An initialized data source, which the caller owns and closes after `stop`. */
  dataSource: DataSource;
  /** A connected Temporal client, whose connection the caller owns. */
  temporalClient: Client;
  /** Interface to listen on, 127.0.0.1 unless given. */
  host?: string;
}

export interface ApiServerWithLifecycleOptions extends Omit<ApiServerOptions, 'temporalClient'> {
  lifecycle: LeadLifecycleGateway;
  /** Starts on-demand monthly reviews; createApiServer passes the Temporal one. */
  reviewRuns?: GovernanceReviewGateway;
  /** Logger of the server itself, the `api` component logger unless given. Tests pass one that records lines. */
  logger?: Logger;
}

export interface ApiServer {
  /** The GraphQL endpoint, such as http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  services: ApiServices;
  /** Stops accepting requests, lets running imports record where they stopped, and closes the listener. */
  stop(): Promise<void>;
}

/**
 * Starts the API on `config.httpPort` (0 picks a free port): POST /graphql, and GET /health, which
 * returns 200 while the database responds and 503 otherwise.
 */
export function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { temporalClient, ...rest } = options;

  return startApiServer({
    ...rest,
    lifecycle: createTemporalLeadLifecycle(temporalClient),
    reviewRuns: createTemporalGovernanceReviewGateway(temporalClient),
  });
}

/** Starts the API with any lifecycle gateway. Unit tests pass one that needs no Temporal server. */
export async function startApiServer(options: ApiServerWithLifecycleOptions): Promise<ApiServer> {
  const { config, dataSource, lifecycle, reviewRuns } = options;
  const logger = options.logger ?? createLogger('api');
  const services = createApiServices({ config, dataSource, lifecycle, reviewRuns });

  const app = express();
  // Without TRUST_PROXY, req.ip is the connection's address and X-Forwarded-For is ignored.
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const production = config.nodeEnv === 'production';
  const queryLimits = createQueryLimits({ hideSuggestions: production });
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    formatError,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    // Introspection follows the configured NODE_ENV. Apollo's default reads process.env.NODE_ENV instead.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // Rejects requests that a browser may send cross-site without a preflight (no Content-Type, as in a
    // plain GET, or text/plain and form encodings) unless they carry an `apollo-require-preflight` or
    // `x-apollo-operation-name` header.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Apollo's guard against fragments that expand exponentially, at its default of 10 million
    // selections. With it set, Apollo runs `validationRules` only on documents that passed graphql-js's
    // own rules, so an invalid document gets only graphql-js's errors.
    maxRecursiveSelections: true,
    validationRules: queryLimits.validationRules,
    parseOptions: queryLimits.parseOptions,
    // main.ts owns SIGINT and SIGTERM. Apollo's own handler would re-raise the signal and kill the
    // process before the imports, Temporal and PostgreSQL have closed.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), logInternalErrors(logger), ...queryLimits.plugins],
  });
  await apollo.start();

  app.get('/health', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      response.status(200).json({ status: 'ok' });
    } catch (error) {
      logger.warn({ err: describeErrorForLog(error) }, 'Health check failed: the database did not respond.');
      response.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    createRateLimit({
      ipPerMinute: config.rateLimitIpPerMinute,
      credentialPerMinute: config.rateLimitCredentialPerMinute,
      logger,
    }),
    express.json({ limit: MAX_REQUEST_BODY_BYTES }),
    rejectBatchedRequests(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const resolution = await services.auth.resolveCaller(req.headers.authorization);

          return createRequestContext(services, resolution.caller, resolution.authFailure, {
            sessionId: resolution.sessionId,
            clientIp: req.ip ?? null,
          });
        } catch (error) {
          logger.error({ err: describeErrorForLog(error) }, 'Request context could not be created.');
          throw error;
        }
      },
    }),
  );

  app.use(
    createJsonErrorHandler(logger, {
      maxBodyBytes: MAX_REQUEST_BODY_BYTES,
      tooLargeAdvice: `An import file may be at most ${MAX_IMPORT_FILE_BYTES} bytes. ${SPLIT_FILE_ADVICE}`,
    }),
  );

  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.httpPort, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = readPort(httpServer.address());
  const url = `http://${host}:${port}/graphql`;
  logger.info({ port }, 'API server started.');

  return {
    url,
    port,
    services,
    async stop() {
      await services.leadImports.stop();
      await apollo.stop();
      logger.info({ port }, 'API server stopped.');
    },
  };
}

function readPort(address: AddressInfo | string | null): number {
  if (address === null || typeof address === 'string') {
    throw new Error(`the HTTP server listens on "${String(address)}" instead of a TCP port`);
  }

  return address.port;
}
