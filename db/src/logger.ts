import pino from 'pino';

/**
 * The one structured logger. Components take a child with their name; log lines carry ids
 * (leadId, workflowId, userId) and never e-mail addresses, names, tokens or keys.
 */
export const rootLogger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: process.env.ACCORD_SERVICE ?? 'accord' },
  redact: { paths: ['email', '*.email', 'password', '*.password', 'token', '*.token', 'authorization'], remove: true },
});

export function createLogger(component: string): pino.Logger {
  return rootLogger.child({ component });
}
