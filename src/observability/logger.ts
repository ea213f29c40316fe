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

/** Fields blanked whatever they hold, at any depth: they name credentials. */
const CREDENTIAL_FIELDS = new Set(['authorization', 'token', 'apiSecret', 'apiKey']);
const CENSOR = '[redacted]';

/**
 * A logged value with credentials removed (objects are copied, not changed): fields named in
 * CREDENTIAL_FIELDS are blanked, and every other string is scrubbed of the secret, the api_key
 * and anything shaped like a JWT. Blanking by name is done here, in the copy this walk makes
 * anyway, and not with pino's `redact` paths: @pinojs/redact parses each path string again for
 * every line, which made it 6% of the gateway's allocations in bench S4 (a sampling heap profile).
 */
function scrub(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return scrub(stdSerializers.err(value), redact, depth);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, redact, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    copy[key] = CREDENTIAL_FIELDS.has(key) && item !== undefined ? CENSOR : scrub(item, redact, depth + 1);
  }
  return copy;
}

/**
 * The gateway's logger: JSON lines (pino), with credentials removed twice over: fields that hold
 * them are blanked by name, and every string of every line is scrubbed of the secret, the
 * api_key and anything shaped like a JWT, wherever it appears (scrub).
 */
export function createLogger(options: LoggerOptions): Logger {
  const redact = createRedactor(options.secrets ?? []);
  const transport = options.pretty ? { target: 'pino-pretty', options: { colorize: true } } : undefined;
  const settings = {
    level: options.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
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
