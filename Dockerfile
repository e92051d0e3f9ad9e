# Summit: build with dev dependencies, run the compiled bot as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY data ./data
RUN mkdir -p var && chown node:node var
USER node
EXPOSE 3000
# Node runs as PID 1 here, so it receives SIGTERM directly and exits 0 (see src/main.ts).
CMD ["node", "dist/src/main.js"]
