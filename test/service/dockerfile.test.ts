import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_ENTRY, GATEWAY_NODE_FLAGS } from '../../bench/contenders.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { createServerToken } from '../../src/rest/auth.js';
import { PROJECT_ROOT } from '../support/serverProcess.js';
import { spawn } from 'node:child_process';

// No Docker engine runs here: the Dockerfile's facts are read from it, and its runtime stage is
// rebuilt by hand (production dependencies only, plus dist/) and started with its exact CMD.

const run = promisify(execFile);
const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
const lines = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const stages = lines.reduce<string[][]>((all, line) => {
  if (line.startsWith('FROM ')) all.push([line]);
  else all.at(-1)?.push(line);
  return all;
}, []);
const runtime = stages.at(-1)!;
const instruction = (stage: string[], name: string) => stage.filter((line) => line.startsWith(`${name} `));
const jsonArray = (line: string) => JSON.parse(line.slice(line.indexOf('['))) as string[];
const runtimeEnv = Object.fromEntries(
  instruction(runtime, 'ENV').flatMap((line) =>
    [...line.slice(4).matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1]!, match[2]!]),
  ),
);

describe('Dockerfile facts', () => {
  it('two stages: a build with dev dependencies, a slim Node 24 runtime', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]![0]).toMatch(/^FROM node:24\S* AS build$/);
    expect(instruction(stages[0]!, 'RUN').join('\n')).toMatch(/npm ci\b(?!.*--omit=dev)/);
    expect(runtime[0]).toMatch(/^FROM node:24[\w.-]*-slim AS runtime$/);
  });

  it('the runtime stage holds production dependencies and dist/ only, as a non-root user', () => {
    expect(instruction(runtime, 'COPY')).toEqual([
      'COPY package.json package-lock.json ./',
      'COPY --from=build /app/dist ./dist',
    ]);
    expect(instruction(runtime, 'RUN').join('\n')).toMatch(/npm ci --omit=dev --ignore-scripts/);
    expect(instruction(runtime, 'USER')).toEqual(['USER node']);
    expect(runtimeEnv).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '4000' });
    expect(instruction(runtime, 'EXPOSE')).toEqual([`EXPOSE ${runtimeEnv.PORT}`]);
  });

  it('an exec-form CMD running the production entry, and a HEALTHCHECK on /health', () => {
    const [cmd] = instruction(runtime, 'CMD');
    // The benchmark launches the production entry with the same Node flags (bench/contenders.ts).
    expect(jsonArray(cmd!)).toEqual(['node', '--enable-source-maps', ...GATEWAY_NODE_FLAGS, GATEWAY_ENTRY]);
    const [healthcheck] = instruction(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/^HEALTHCHECK .*CMD \[/);
    expect(jsonArray(healthcheck!.slice(healthcheck!.indexOf('CMD '))).join(' ')).toContain('/health');
  });

  it('.dockerignore keeps local installs, builds, tests and the git history out of the context', () => {
    const ignored = readFileSync(join(PROJECT_ROOT, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['node_modules', 'dist', 'test', '.git']) expect(ignored).toContain(entry);
  });
});

describe('the runtime stage, rebuilt by hand', { timeout: 240_000 }, () => {
  let app: string;
  let emulator: Emulator;

  beforeAll(async () => {
    app = mkdtempSync(join(tmpdir(), 'gateway-image-'));
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(PROJECT_ROOT, file), join(app, file));
    // The runtime stage's install, from the npm cache `npm ci` filled (no network needed).
    await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], {
      cwd: app,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    cpSync(join(PROJECT_ROOT, 'dist'), join(app, 'dist'), { recursive: true });
    emulator = await startEmulator({ data: 'demo' });
  }, 240_000);
  afterAll(async () => {
    await emulator?.close();
    rmSync(app, { recursive: true, force: true });
  });

  it('has no development tools installed', () => {
    for (const tool of ['tsx', 'typescript', 'vitest', 'esbuild', 'pino-pretty'])
      expect(existsSync(join(app, 'node_modules', tool)), tool).toBe(false);
  });

  it('its exact CMD serves the gateway from dist/, and its HEALTHCHECK command passes', async () => {
    const [command, ...args] = jsonArray(instruction(runtime, 'CMD')[0]!);
    const env = {
      PATH: process.env.PATH!,
      ...runtimeEnv,
      PORT: '0',
      SHUTDOWN_DELAY_MS: '0',
      STREAM_API_KEY: emulator.apiKey,
      STREAM_API_SECRET: emulator.apiSecret,
      STREAM_BASE_URL: emulator.url,
    };
    const child = spawn(command === 'node' ? process.execPath : command!, args, {
      cwd: app,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const port = await new Promise<string>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
        const check = () => {
          const match = /"url":"http:\/\/[^"]*:(\d+)\/graphql"/.exec(output);
          if (match) resolve(match[1]!);
          else setTimeout(check, 50);
        };
        check();
      });
      // Bound to every interface, as a container must be.
      expect(output).toMatch(/"url":"http:\/\/0\.0\.0\.0:\d+\/graphql"/);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await createServerToken(emulator.apiSecret)}`,
        },
        body: JSON.stringify({ query: '{ app { name } }' }),
      });
      expect((await answer.json()).data.app.name).toEqual(expect.any(String));

      const healthcheck = instruction(runtime, 'HEALTHCHECK')[0]!;
      const [checkCommand, ...checkArgs] = jsonArray(healthcheck.slice(healthcheck.indexOf('CMD ')));
      const probe = await run(checkCommand === 'node' ? process.execPath : checkCommand!, checkArgs, {
        cwd: app,
        env: { ...env, PORT: port },
      }).then(
        () => 0,
        (error: { code?: number }) => error.code ?? 1,
      );
      expect(probe).toBe(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await new Promise((resolve) => child.once('exit', (code) => resolve(code)))).toBe(0);
  });
});
