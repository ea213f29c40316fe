import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type DestinationStream } from 'pino';

/**
 * Every log line the suite's gateways write, in-process or spawned, lands here, with the secrets
 * they were given; after the whole suite, test/globalSetup.ts scans the lines for credentials.
 */
export const LOG_DIR = new URL('../artifacts/logs/', import.meta.url).pathname;
const SECRETS = join(LOG_DIR, 'secrets.txt');

function ensureDir(): void {
  mkdirSync(LOG_DIR, { recursive: true });
}

let destination: DestinationStream | undefined;

/** The pino destination appending to this worker's log file: one open file, shared by its gateways. */
export function captureLog(): DestinationStream {
  if (!destination) {
    ensureDir();
    destination = pino.destination({ dest: join(LOG_DIR, `gateway-${process.pid}.ndjson`), sync: true, append: true });
  }
  return destination;
}

/** Values that must never appear in a log line: API secrets and keys of the suite's emulators. */
export function rememberSecrets(...values: string[]): void {
  ensureDir();
  appendFileSync(SECRETS, values.map((value) => `${value}\n`).join(''));
}

/** A spawned gateway's JSON log lines (its banner for people is not a log). */
export function keepProcessLog(output: string): void {
  const lines = output.split('\n').filter((line) => line.startsWith('{'));
  if (lines.length === 0) return;
  ensureDir();
  appendFileSync(join(LOG_DIR, `process-${process.pid}.ndjson`), lines.map((line) => `${line}\n`).join(''));
}

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;
const API_KEY_PARAMETER = /api_key=(?!\[redacted\])[^&\s"']+/i;

/** Lines that hold a credential, with the file they are in; the number of lines read. */
export function scanLogs(): { lines: number; files: number; leaks: string[] } {
  if (!existsSync(LOG_DIR)) return { lines: 0, files: 0, leaks: [] };
  const secrets = existsSync(SECRETS)
    ? [
        ...new Set(
          readFileSync(SECRETS, 'utf8')
            .split('\n')
            .filter((value) => value.length >= 6),
        ),
      ]
    : [];
  const files = readdirSync(LOG_DIR).filter((file) => file.endsWith('.ndjson'));
  let lines = 0;
  const leaks: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(join(LOG_DIR, file), 'utf8').split('\n')) {
      if (!line) continue;
      lines += 1;
      if (JWT.test(line) || API_KEY_PARAMETER.test(line) || secrets.some((secret) => line.includes(secret)))
        leaks.push(`${file}: ${line.slice(0, 300)}`);
    }
  }
  return { lines, files: files.length, leaks };
}
