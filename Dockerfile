# syntax=docker/dockerfile:1
# Production image of the profile-graph subgraph. The build stage
# type-checks the TypeScript and bundles it with every dependency it runs
# into dist/ (src/tools/bundle.ts); the runtime stage holds dist/, the SDL
# (read at run time from /app/schema) and package.json, and no node_modules.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY src ./src
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4000
WORKDIR /app
# package.json for its "type": "module" (dist/ is ES modules) and to find
# schema/ beside it; the packages themselves are inside the bundle.
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY schema ./schema
# The base image's unprivileged user (uid 1000); the app files stay owned by
# root, so the process cannot rewrite its own code.
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/live').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form, so node is PID 1 and receives SIGTERM itself (no shell in
# between to swallow it); main.ts handles SIGTERM and SIGINT and drains
# requests for SHUTDOWN_GRACE_MS. Node starts no child processes, so no
# init is needed to reap zombies.
STOPSIGNAL SIGTERM
# Heap flags: by default V8 sizes its heap from the machine's memory and lets
# garbage pile up far past what a replica holds live (peak RSS 300 MB at 100
# connections in bench/). 384 MB of old space, inside the 512 Mi limit of
# deploy/kubernetes.yaml, makes it collect sooner (peak about 180 MB); the
# young generation is kept at V8's default 16 MB, since a smaller one, which
# V8 would derive from the smaller heap, cost 15-20% more CPU per query. The
# bench runs the build with these same flags (bench/processes.ts).
# No --enable-source-maps: with one map for the whole bundle, every error
# whose stack is read (each upstream call aborted under overload reads one)
# paid for mapping through it, and the parsed map held 55 MB more at peak in
# one S3 bench run. Stacks name the bundle's lines and the original function
# names; dist/*.map are in the image for `node --enable-source-maps` when
# debugging.
CMD ["node", "--max-old-space-size=384", "--max-semi-space-size=16", "dist/main.js"]
