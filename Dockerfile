# syntax=docker/dockerfile:1
# jobgraph's container image: `docker build -t jobgraph .` (docs/deploy.md).
# Node 20, as package.json's engines (>=20.19) and the tests; Debian slim for glibc (no native addons needed).
ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: the whole toolchain, then `npm run build` (through `prepare`: tsc to dist/, and every
# workspace's build, e.g. the web app's static files) ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Everything .dockerignore lets through: package manifests of every workspace included, wherever they are.
COPY . .
# npm ci runs the dependencies' install scripts and then the root `prepare` script, which is
# `npm run build` (tsc to dist/, then every workspace's build); `test -f` makes a missing build loud.
RUN npm ci --no-audit --no-fund && test -f dist/cli/jobgraph.js
# What the runtime needs of the build, gathered in one tree: bin/, dist/, the checked-in SDL files,
# the manifests npm ci reads, and each npm workspace's manifest and built dist/ (e.g. web/dist, the
# dashboard the gateway serves at /), whatever workspaces package.json lists.
RUN mkdir /out \
 && cp -r package.json package-lock.json bin dist schema.graphql subgraph.graphql /out/ \
 && for workspace in $(node -p "(require('./package.json').workspaces || []).join(' ')"); do \
      mkdir -p "/out/$workspace" && cp "$workspace/package.json" "/out/$workspace/" \
      && if [ -d "$workspace/dist" ]; then cp -r "$workspace/dist" "/out/$workspace/"; fi; \
    done

# --- runtime: production dependencies only, no compiler, not root ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /out/ ./
# --omit=dev: no TypeScript, Jest or linters in the image. --ignore-scripts: the root `prepare`
# script builds, which needs the dev dependencies (and dist/ is already built); the production
# dependencies' install scripts do nothing on Node 20 (@alicloud/openapi-core only pins TypeScript
# for Node 10/12, @apollo/protobufjs and protobufjs only print a version notice).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# The node image's unprivileged user (uid 1000): nothing in /app is writable by it.
USER node
# The listener's port (config `server.port` or PORT). A container needs `server.host: 0.0.0.0` in
# its config file (JOBGRAPH_CONFIG): without one, demo mode listens on loopback only.
ENV PORT=4000
EXPOSE 4000
# /healthz: the process is up (liveness). Load balancers route by /readyz (breakers, drain).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) drains: /readyz turns 503, requests in flight finish within server.drainGraceMs.
STOPSIGNAL SIGTERM
CMD ["node", "bin/jobgraph.js", "start"]
