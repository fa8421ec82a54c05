#!/usr/bin/env bash
# HTTP load test of a Release build on loopback: requests/s and latency (p50/p99) per endpoint, the server's memory
# (RSS) idle and after the load, and the time from process start to the first 200. Bounded: each run lasts
# DURATION seconds. Server and load generator are pinned to different cores where the machine has two.
# Usage: bash bench/load.sh [DURATION] [CONNECTIONS]   (writes a Markdown table to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-10}
connections=${2:-32}
port=${CORE_BENCH_PORT:-18090}
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "wrk is missing: apt-get install wrk" >&2; exit 1; fi
fi

cores=$(nproc)
server_cpu=0; load_cpu=0
[ "$cores" -ge 2 ] && load_cpu=1

dotnet build -c Release Api >/dev/null
data=$(mktemp -d)
start_ns=$(date +%s%N)
CORE_ADDRESS="127.0.0.1:$port" CORE_DB_DIR="$data" CORE_API_AUTH_USERNAME=bench CORE_API_AUTH_PASSWORD=bench-password \
  CORE_API_AUTH_JWT_SECRET=bench-secret ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  taskset -c "$server_cpu" dotnet Api/bin/Release/net10.0/Api.dll >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT

until curl -fsS "$base/ping" >/dev/null 2>&1; do
  kill -0 $server 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
  sleep 0.01
done
first_200_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
sleep 2
rss_idle=$(awk '/VmRSS/{print int($2/1024)}' /proc/$server/status)

tokens=$(curl -fsS -X POST "$base/api/login" -H 'Content-Type: application/json' -d '{"username":"bench","password":"bench-password"}')
access=$(echo "$tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
refresh=$(echo "$tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["refresh_token"])')

login_lua="$data/login.lua"
cat >"$login_lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"username":"bench","password":"bench-password"}'
wrk.headers["Content-Type"] = "application/json"
LUA

# run NAME PATH [wrk args...] -> "rps p50 p99"
run() {
  local out
  out=$(taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${duration}s" --latency "${@:3}" "$base$2")
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/{print $5}')
  echo "$1|$rps|$p50|$p99|${non2xx:-0}"
}

results=()
results+=("$(run 'GET /ping' /ping)")
results+=("$(run 'GET /api (no token)' /api)")
results+=("$(run 'GET /api/v3/metadata (valid token)' /api/v3/metadata -H "Authorization: Bearer $access")")
results+=("$(run 'GET /api/v3/metadata (invalid token, 401)' /api/v3/metadata -H "Authorization: Bearer ${access%????}AAAA")")
results+=("$(run 'GET /api/login/refresh' /api/login/refresh -H "Authorization: Bearer $refresh")")
results+=("$(run 'POST /api/login (plain password)' /api/login -s "$login_lua")")
rss_after=$(awk '/VmRSS/{print int($2/1024)}' /proc/$server/status)

ping_rps=$(echo "${results[0]}" | cut -d'|' -f2)
echo "| endpoint | requests/s | share of /ping | p50 | p99 | non-2xx answers |"
echo "|---|---:|---:|---:|---:|---:|"
for line in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 non2xx <<<"$line"
  share=$(python3 -c "print(f'{100*float($rps)/float($ping_rps):.0f}%')")
  echo "| $name | $rps | $share | $p50 | $p99 | $non2xx |"
done
echo
echo "- connections: $connections, duration: ${duration}s per endpoint, wrk 1 thread on CPU $load_cpu, server on CPU $server_cpu ($cores CPUs)"
echo "- start to first 200: ${first_200_ms} ms"
echo "- RSS idle: ${rss_idle} MB, after the load: ${rss_after} MB"
