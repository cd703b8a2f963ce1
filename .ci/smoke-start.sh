#!/usr/bin/env bash
# Starts `npm start` with no DATABASE_URL (embedded Postgres), waits for /health 200, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/claimtrail-smoke.XXXXXX)
chmod 755 "$data"
port=3917
pgport=54391
log="$data/start.log"
env -u DATABASE_URL PORT=$port EMBEDDED_PG_PORT=$pgport DATA_DIR="$data" LOG_LEVEL=warn \
  setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -TERM -- -"$pid" 2>/dev/null || true; }
trap cleanup EXIT
ok=0
for i in $(seq 1 60); do
  if curl -sf "http://127.0.0.1:$port/health" >"$data/health.json"; then ok=1; echo "health 200 after ${i}s"; break; fi
  sleep 1
done
if [ "$ok" != 1 ]; then echo "no /health 200 within 60s"; tail -50 "$log"; exit 1; fi
grep -q '"postgres":{[^}]*"status":"up"' "$data/health.json" || { echo "postgres not up"; cat "$data/health.json"; exit 1; }
kill -TERM -- -"$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then echo "npm start did not stop on SIGTERM"; exit 1; fi
if pg_isready -q -h 127.0.0.1 -p $pgport; then echo "embedded Postgres still running after stop"; exit 1; fi
trap - EXIT
echo "smoke test passed"
