# SPDX-License-Identifier: EUPL-1.2
# Stip as a container image: build in one stage, run the plain JavaScript server in the next.
#   docker build -t stip .      (or: podman build -t stip .)
#   docker run -p 8080:8080 -v stip-data:/data --read-only --tmpfs /tmp stip
# The running image has no build tools, runs as an unprivileged user and writes only to /data
# (the SQLite database and the server secret; with DATABASE_URL set, only the secret when
# STIP_SECRET is not given) and /tmp.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 is a native module: the prebuilt binary is used when it matches, otherwise it is compiled.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ >/dev/null && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NODE_ENV=production node node_modules/vite/bin/vite.js build --logLevel error \
 && node scripts/buildServer.mjs \
 && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS run
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    STIP_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Liveness without curl in the image: Node's own fetch against /livez.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/livez').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The server directly (not npm start): signals reach it, no launcher process, no build at start.
CMD ["node", "--max-semi-space-size=4", "dist/server/index.mjs"]
