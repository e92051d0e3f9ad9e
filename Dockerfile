# Summit: build with dev dependencies, prune them, run the compiled bot as a non-root user.
# No engine on the build machines: scripts/replay-dockerfile.ts replays these steps on a clean copy (.ci/run), so keep
# to the instructions it knows (FROM, WORKDIR, COPY, RUN, ENV, USER, VOLUME, EXPOSE, HEALTHCHECK, STOPSIGNAL, CMD).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production PORT=3000 SUMMIT_STATE_DIR=/app/var SUMMIT_DATA_DIR=/app/data/articles
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY data ./data
# The embedded store and the analysis cache live here; mount a volume so they survive the container.
RUN mkdir -p var && chown node:node var
USER node
VOLUME ["/app/var"]
EXPOSE 3000
# Node 20 has fetch; the slim image has no curl. /healthz only says the process serves (readiness is /readyz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# Exec form, node itself as PID 1: SIGTERM reaches it directly (no shell or npm in between) and main stops gracefully.
CMD ["node", "dist/src/main.js"]
