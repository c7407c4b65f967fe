# syntax=docker/dockerfile:1
# Production image of the profile-graph subgraph. Build stage compiles the
# TypeScript; the runtime stage holds production dependencies and dist/ only.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY src ./src
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
# The image's own unprivileged user.
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/live').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 through exec form, so SIGTERM reaches it and starts the
# graceful shutdown; --init-free because main.ts handles SIGTERM and SIGINT.
CMD ["node", "--enable-source-maps", "dist/main.js"]
