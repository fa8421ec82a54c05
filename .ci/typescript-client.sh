#!/usr/bin/env bash
# Generates the TypeScript client from docs/openapi.json and runs clients/typescript/check.ts against a real
# server started here on a loopback port. Exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${CORE_API_TS_PORT:-18080}
data=$(mktemp -d)
log="$data/server.log"

export CORE_ADDRESS="127.0.0.1:$port" CORE_DB_DIR="$data" \
       CORE_API_AUTH_USERNAME=ts-admin CORE_API_AUTH_PASSWORD=ts-password-1 \
       CORE_API_AUTH_LOGIN_FAILURE_DELAY_MS=0 ASPNETCORE_ENVIRONMENT=Production
dotnet run --project Api --no-launch-profile >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/ping" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "server exited:"; cat "$log"; exit 1; }
  sleep 0.5
done

cd clients/typescript
npm ci --no-audit --no-fund --loglevel=error
CORE_API_URL="http://127.0.0.1:$port" CORE_API_USER=ts-admin CORE_API_PASSWORD=ts-password-1 npm run --silent check
