#!/usr/bin/env bash
# CPU profile of one endpoint under load, after the JIT has warmed up: where the server's time goes.
# Needs perf (Debian's linux-perf; installed when run as root). Writes perf data and prints the managed and
# native functions with the most samples, inclusive of what they call.
# Usage: bash bench/profile.sh [PATH] [HEADER]   e.g. bash bench/profile.sh /api/v3/metadata access
#   HEADER: access (a valid access token), refresh (the refresh token), invalid (a forged token), none,
#   or login (POST the bench user's credentials as JSON: bash bench/profile.sh /api/login login)
set -euo pipefail
cd "$(dirname "$0")/.."
path=${1:-/api/v3/metadata}
header=${2:-access}

if ! command -v perf >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq linux-perf >/dev/null; else echo "perf is missing: apt-get install linux-perf" >&2; exit 1; fi
fi

# Lets perf name JIT-compiled methods (/tmp/perf-PID.map); W^X off so the code is not in a double-mapped file.
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
source bench/server.sh
start_server
warm_up

args=()
case $header in
  access) args=(-H "Authorization: Bearer $CORE_BENCH_ACCESS") ;;
  refresh) args=(-H "Authorization: Bearer $CORE_BENCH_REFRESH") ;;
  invalid) args=(-H "Authorization: Bearer ${CORE_BENCH_ACCESS%????}AAAA") ;;
  login) args=(-s bench/login.lua) ;;
esac

out="$data/perf.data"
taskset -c "$load_cpu" wrk -t1 -c32 -d12s "${args[@]}" "$base$path" >"$data/wrk.txt" &
load=$!
sleep 3
perf record -F 2999 -g -p "$server" -o "$out" -- sleep 6 2>/dev/null
wait $load
grep 'Requests/sec' "$data/wrk.txt"
perf report -i "$out" --children --sort sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | grep -v '0x0000' \
  | sed -E 's/\[(Instrumented)?Tier[A-Za-z0-9]*\]|\[QuickJitted\]|\[Optimized(Tier1)?\]//g' | cut -c1-200 | head -${PROFILE_LINES:-80}
echo "perf data: $out"
