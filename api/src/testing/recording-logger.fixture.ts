import pino, { type Logger } from 'pino';

/** One log line as pino writes it: `level` 20 is debug, 30 info, 40 warn, 50 error. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface RecordingLogger {
  /** Logs at debug level and up into `lines`. */
  logger: Logger;
  /** Each line as written, JSON text. */
  lines: string[];
  /** Each line parsed. */
  parsedLines(): LogLine[];
}

/** A pino logger that keeps its output in memory, so a test can check what a component logged. */
export function createRecordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });

  return {
    logger,
    lines,
    parsedLines: () => lines.map((line) => JSON.parse(line) as LogLine),
  };
}
