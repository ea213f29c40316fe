# syntax=docker/dockerfile:1

# Build: all dependencies, TypeScript compiled to dist/, the production entry bundled into dist/server.js.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/bundle.ts ./scripts/
RUN npm ci --no-audit --no-fund

# Run: production dependencies and dist/ only, as an unprivileged user.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    SHUTDOWN_DELAY_MS=5000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# 16 MB semi-spaces: Node 24's V8 would let the young generation grow to 128 MB under load (Node 20's
# stops at 32 MB); under bench S3 this took the peak RSS from about 425 to 310 MB (docs/PERFORMANCE.md).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=16", "dist/server.js"]
