import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build, type Plugin } from 'esbuild';

// The production entry, dist/server.js, as one module plus the chunks it imports lazily (the
// emulator in demo mode, tracing, GraphiQL): loading ~1,000 separate ES modules took about 40% of
// the start-up CPU (docs/PERFORMANCE.md). tsc has compiled src/ to dist/ before this runs; the
// other entries there (dist/emulator/main.js, dist/rest/auth.js...) stay as tsc wrote them.

const CHUNKS = new URL('../dist/chunks', import.meta.url);
const requireFromRoot = createRequire(new URL('../package.json', import.meta.url));

/**
 * graphql-js ships each file twice, as CommonJS (.js) and as an ES module (.mjs). Packages that
 * require a deep path (such as `graphql/execution/values`) would bundle a
 * second, CommonJS graphql beside the ES one, whose `instanceof` checks fail on the other's
 * types. Every graphql path, deep or not, is bundled as its ES module, so there is one graphql.
 */
const oneGraphql: Plugin = {
  name: 'one-graphql',
  setup(bundle) {
    bundle.onResolve({ filter: /^graphql(\/.*)?$/ }, ({ path }) => ({
      path: requireFromRoot.resolve(path).replace(/\.js$/, '.mjs'),
    }));
  },
};

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
  // Packages with both builds and no exports map (graphql-js among them) are bundled as their ES
  // modules: bundled as CommonJS, every call into graphql went through two property getters
  // (esbuild's interop and graphql's own index), about 2% of the gateway's CPU in bench S2.
  mainFields: ['module', 'main'],
  plugins: [oneGraphql],
  // Stack traces point at src/ under --enable-source-maps (the Dockerfile's CMD); the sources
  // themselves are left out of the map, which halves it.
  sourcemap: true,
  sourcesContent: false,
  // Without comments and indentation, the bundle's text, which V8 keeps in the heap for as long
  // as the process runs, shrinks; and as the comments of some packages are not Latin-1 (’, –),
  // V8 held it as two bytes a character: 8.7 MB of heap before, see docs/PERFORMANCE.md. Names
  // are kept (no identifier minifying), for logs, errors and profiles.
  minifyWhitespace: true,
  legalComments: 'none',
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
