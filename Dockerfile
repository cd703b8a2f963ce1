# One image for both processes; docker-compose.yml picks the entry point.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts run after the sources are in (the prepare script compiles them).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts
ENV NODE_ENV=production
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
