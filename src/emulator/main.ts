import { startEmulator } from './server.js';

const empty = process.argv.includes('--empty');
const emulator = await startEmulator({
  port: Number(process.env.STREAM_EMULATOR_PORT ?? 4010),
  apiKey: process.env.STREAM_API_KEY,
  apiSecret: process.env.STREAM_API_SECRET,
  data: empty ? 'empty' : 'demo',
});
console.log(
  `Stream emulator on ${emulator.url}  api key: ${emulator.apiKey}  secret: ${emulator.apiSecret}${empty ? '  (empty)' : ''}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
}
