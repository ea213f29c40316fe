import { describeSettings } from '../src/config.js';

/** Variables the OpenTelemetry SDK reads itself once tracing is on; the gateway passes them through. */
const OTEL_SDK_VARIABLES = [
  ['OTEL_EXPORTER_OTLP_HEADERS', 'headers sent with every export, e.g. an API key of the collector', 'yes'],
  ['OTEL_EXPORTER_OTLP_TIMEOUT', 'export timeout in milliseconds', 'no'],
  ['OTEL_TRACES_SAMPLER', 'sampler, e.g. parentbased_traceidratio', 'no'],
  ['OTEL_TRACES_SAMPLER_ARG', "the sampler's argument, e.g. 0.1", 'no'],
  ['OTEL_BSP_SCHEDULE_DELAY', 'milliseconds between span exports', 'no'],
  ['OTEL_BSP_MAX_QUEUE_SIZE', 'spans kept waiting for export at most', 'no'],
  ['OTEL_RESOURCE_ATTRIBUTES', 'more resource attributes, e.g. deployment.environment=prod', 'no'],
] as const;

function shown(value: unknown): string {
  if (value === undefined) return '(unset)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(',');
  return String(value);
}

/** docs/CONFIGURATION.md, printed from the settings table in src/config.ts. */
export function configurationDoc(): string {
  const production = new Map(describeSettings(true).map((setting) => [setting.name, setting.spec.default]));
  const rows = describeSettings(false).map(({ name, spec, secret }) => {
    const development = shown(spec.default);
    const inProduction = shown(production.get(name));
    const defaults = development === inProduction ? development : `${development} (${inProduction} in production)`;
    return `| \`${name}\` | ${defaults.replace(/\|/g, '\\|')} | ${spec.desc ?? ''} | ${secret ? 'yes' : 'no'} |`;
  });
  const otel = OTEL_SDK_VARIABLES.map(([name, meaning, secret]) => `| \`${name}\` | ${meaning} | ${secret} |`);
  return [
    '# Configuration',
    '',
    'Every setting is an environment variable, read and validated once at start by `src/config.ts`',
    '(envalid). A bad value stops the gateway with one line, `configuration error: <NAME> must be …`, and',
    'exit code 1. An empty variable counts as unset. This page is printed from that table',
    '(`npm run docs:config`); a test fails when they differ, or when code reads a variable that is not here.',
    '',
    '`NODE_ENV=production` changes three things: Stream credentials are required (no demo mode), and',
    'GraphiQL and introspection are off unless turned on. Without credentials outside production, the',
    'gateway runs in demo mode over its embedded Stream emulator, and says so in a warning line.',
    '',
    '| variable | default | meaning | secret |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '## Read by the OpenTelemetry SDK',
    '',
    'With `OTEL_EXPORTER_OTLP_ENDPOINT` set, the SDK also honours its standard variables, among them:',
    '',
    '| variable | meaning | secret |',
    '| --- | --- | --- |',
    ...otel,
    '',
  ].join('\n');
}
