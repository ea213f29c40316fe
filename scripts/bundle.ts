import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// The production entry, dist/server.js, as one module plus the chunks it imports lazily (the
// emulator in demo mode, tracing, GraphiQL): loading ~1,000 separate ES modules took about 40% of
// the start-up CPU (docs/PERFORMANCE.md). tsc has compiled src/ to dist/ before this runs; the
// other entries there (dist/emulator/main.js, dist/rest/auth.js...) stay as tsc wrote them.

const CHUNKS = new URL('../dist/chunks', import.meta.url);

rmSync(CHUNKS, { recursive: true, force: true });
await build({
  entryPoints: { server: 'src/server.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Stack traces point at src/ under --enable-source-maps (the Dockerfile's CMD); the sources
  // themselves are left out of the map, which halves it.
  sourcemap: true,
  sourcesContent: false,
  external: [
    // pino starts transports (pino-pretty, a developer's coloured logs) as worker threads from
    // files beside its own: it is loaded from node_modules as a package.
    'pino',
    'pino-pretty',
    // The tracing SDK, imported with import() only when tracing is on: esbuild would hand those
    // CommonJS packages over with a default export only, where Node finds their named exports.
    '@opentelemetry/sdk-trace-node',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/resources',
  ],
  // The CommonJS packages inside this ES module call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
