# Production image: Directus 11.17.4 with the barometer bundle, its server-side libraries and the schema.
FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY extensions/barometer/package.json extensions/barometer/
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM directus/directus:11.17.4 AS directus
USER root
COPY --from=build --chown=node:node /src/extensions/barometer/package.json /directus/extensions/barometer/package.json
COPY --from=build --chown=node:node /src/extensions/barometer/dist /directus/extensions/barometer/dist
RUN cd /directus/extensions/barometer && npm install --omit=dev --ignore-scripts --no-audit --no-fund
COPY --chown=node:node snapshots /directus/snapshots
USER node
CMD ["sh", "-c", "node cli.js bootstrap && node cli.js schema apply --yes /directus/snapshots/schema.json && pm2-runtime start ecosystem.config.cjs"]

FROM build AS seed
CMD ["node", "scripts/seed.ts"]
