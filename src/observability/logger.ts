import type { YogaLogger } from 'graphql-yoga';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { createRedactor, describeForLog, type Redactor } from '../security/redaction.js';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Values no log line may contain (the API secret and key); JWTs and api_key parameters always go. */
  secrets?: readonly string[];
  /** Coloured text through pino-pretty, for a developer's terminal. */
  pretty?: boolean;
  /** Where JSON lines go; stdout by default. */
  destination?: DestinationStream;
}

/** Strings anywhere in a logged value, scrubbed of credentials (objects are copied, not changed). */
function scrub(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return scrub(stdSerializers.err(value), redact, depth);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, redact, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = scrub(item, redact, depth + 1);
  return copy;
}

/**
 * The gateway's logger: JSON lines (pino), with credentials removed twice over: pino's redact paths
 * blank the fields that hold them by name, and every string of every line is scrubbed of the
 * secret, the api_key and anything shaped like a JWT, wherever it appears.
 */
export function createLogger(options: LoggerOptions): Logger {
  const redact = createRedactor(options.secrets ?? []);
  const transport = options.pretty ? { target: 'pino-pretty', options: { colorize: true } } : undefined;
  const settings = {
    level: options.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['authorization', 'token', 'apiSecret', 'apiKey', '*.authorization', '*.token', '*.apiSecret', '*.apiKey'],
      censor: '[redacted]',
    },
    // Errors are serialized (and scrubbed) by the log formatter below, before pino sees them.
    serializers: { err: (error: unknown) => (error instanceof Error ? stdSerializers.err(error) : error) },
    formatters: { log: (object: Record<string, unknown>) => scrub(object, redact) as Record<string, unknown> },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...args: unknown[]) => void) {
        // pino takes a bare error's message as the line's message, past the formatter: pass it here.
        const [first, ...rest] = args;
        const lineArgs =
          first instanceof Error
            ? [{ err: first }, ...(typeof rest[0] === 'string' ? rest : [first.message, ...rest])]
            : args;
        method.apply(
          this,
          lineArgs.map((arg) => (typeof arg === 'string' ? redact(arg) : arg)),
        );
      },
    },
    ...(transport ? { transport } : {}),
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** A logger that drops everything: the default for gateways built in tests and tools. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** yoga's logger interface over pino; yoga's arguments are joined into one scrubbed message. */
export function yogaLogger(logger: Logger, redact: Redactor): YogaLogger {
  const line = (level: 'debug' | 'info' | 'warn' | 'error') =>
    logger.isLevelEnabled(level)
      ? (...args: unknown[]) => logger[level](args.map((arg) => describeForLog(arg, redact)).join(' '))
      : () => {};
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
