# syntax=docker/dockerfile:1
# Images of the Accord services, one target each: api, worker, migrate (Node) and rep-portal, admin-portal
# (nginx serving the built portal). docker-compose.yml builds every target from this file.
#
# The Node images use Debian (glibc) because the Temporal worker's native core bridge and @node-rs/argon2
# ship prebuilt binaries for glibc.

ARG NODE_IMAGE=node:20.20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.28-alpine

# Compiles every workspace: `tsc -b` for the server packages, vite for the portals.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY governance/package.json governance/
COPY db/package.json db/
COPY workflows/package.json workflows/
COPY api/package.json api/
COPY portal-kit/package.json portal-kit/
COPY admin-portal/package.json admin-portal/
COPY rep-portal/package.json rep-portal/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies of the server packages only; npm links the workspaces into node_modules/@accord.
FROM ${NODE_IMAGE} AS server-dependencies
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/governance/package.json governance/
COPY --from=build /app/db/package.json db/
COPY --from=build /app/workflows/package.json workflows/
COPY --from=build /app/api/package.json api/
COPY --from=build /app/portal-kit/package.json portal-kit/
COPY --from=build /app/admin-portal/package.json admin-portal/
COPY --from=build /app/rep-portal/package.json rep-portal/
RUN npm ci --omit=dev --no-audit --no-fund -w @accord/governance -w @accord/db -w @accord/workflows -w @accord/api

FROM ${NODE_IMAGE} AS server
ENV NODE_ENV=production
WORKDIR /app
COPY --from=server-dependencies /app/package.json ./
COPY --from=server-dependencies /app/node_modules node_modules
COPY --from=build /app/governance/package.json governance/
COPY --from=build /app/governance/dist governance/dist
COPY --from=build /app/db/package.json db/
COPY --from=build /app/db/dist db/dist
COPY --from=build /app/workflows/package.json workflows/
COPY --from=build /app/workflows/dist workflows/dist
COPY --from=build /app/api/package.json api/
COPY --from=build /app/api/dist api/dist
USER node

FROM server AS migrate
CMD ["node", "db/dist/cli/migrate.js"]

FROM server AS worker
CMD ["node", "workflows/dist/worker-main.js"]

FROM server AS api
EXPOSE 4000
CMD ["node", "api/dist/main.js"]

FROM ${NGINX_IMAGE} AS rep-portal
COPY deploy/nginx/portal.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/rep-portal/dist /usr/share/nginx/html
EXPOSE 80

FROM ${NGINX_IMAGE} AS admin-portal
COPY deploy/nginx/portal.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/admin-portal/dist /usr/share/nginx/html
EXPOSE 80
