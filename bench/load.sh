#!/usr/bin/env bash
# HTTP load test of a Release build on loopback: requests/s and latency (p50/p99) per endpoint, the server's memory
# (RSS) idle and after the load, and the time from process start to the first 200. Bounded: after the JIT warm-up
# (bench/server.sh, 90 s to 3 min) every endpoint runs ROUNDS times for DURATION seconds, interleaved, and the
# median round counts, so a slow moment of the machine does not decide a ratio. Server and load generator are
# pinned to different cores where the machine has two.
# Usage: bash bench/load.sh [DURATION] [CONNECTIONS] [ROUNDS]   (defaults 5 32 7; writes a Markdown table to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-5}
connections=${2:-32}
rounds=${3:-7}
source bench/server.sh
start_server
sleep 2
rss_idle=$(rss_mb)
warm_up

login_lua="$data/login.lua"
cat >"$login_lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"username":"bench","password":"bench-password"}'
wrk.headers["Content-Type"] = "application/json"
LUA

names=('GET /ping' 'GET /api (no token)' 'GET /api/v3/metadata (valid token)' 'GET /api/v3/metadata (invalid token, 401)'
  'GET /api/login/refresh' 'POST /api/login (plain password)')
# run INDEX -> "rps p50 p99 non2xx"
run() {
  local args
  case $1 in
    0) args=("$base/ping") ;;
    1) args=("$base/api") ;;
    2) args=("$base/api/v3/metadata" -H "Authorization: Bearer $CORE_BENCH_ACCESS") ;;
    3) args=("$base/api/v3/metadata" -H "Authorization: Bearer ${CORE_BENCH_ACCESS%????}AAAA") ;;
    4) args=("$base/api/login/refresh" -H "Authorization: Bearer $CORE_BENCH_REFRESH") ;;
    5) args=("$base/api/login" -s "$login_lua") ;;
  esac
  local before
  before=$(cpu_ticks_of "$server")
  taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${duration}s" --latency "${args[@]}" | awk -v before="$before" -v after_file="/proc/$server/stat" -v hz="$(getconf CLK_TCK)" '
    /Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Non-2xx/ {non2xx=$5} / requests in / {requests=$1}
    END {getline stat < after_file; split(stat, f, ") "); split(f[2], g, " ");
         print rps, p50, p99, (non2xx == "" ? 0 : non2xx), (g[12] + g[13] - before) * 1e6 / hz / requests}'
}


results="$data/results.txt"
for round in $(seq "$rounds"); do
  for i in "${!names[@]}"; do echo "$i $(run "$i")" >>"$results"; done
done
rss_after=$(rss_mb)
rss_after_parts=$(rss_parts)
# The server hands unused memory back once it has been quiet for debug.memory_trim_idle_seconds (2 s by default).
sleep 5
rss_settled=$(rss_mb)
rss_settled_parts=$(rss_parts)

# Per endpoint the round with the median rate, its latencies with it. The share of /ping is the median of the
# per-round ratios: round i of every endpoint ran within the same minute, so a slow minute of the machine
# affects both sides of a ratio alike. The CPU share is the same ratio of the server's CPU time per request
# (/ping's over the endpoint's): the cost of the endpoint itself, which time taken by other guests of a shared
# machine does not blur.
python3 - "$results" "${names[@]}" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
names = sys.argv[2:]
rates = {i: [float(r[1]) for r in rows if int(r[0]) == i] for i in range(len(names))}
cpu = {i: [float(r[5]) for r in rows if int(r[0]) == i] for i in range(len(names))}
median = lambda values: sorted(values)[len(values) // 2]
print("| endpoint | requests/s (median) | share of /ping | server CPU per request | CPU share of /ping | p50 | p99 | non-2xx answers | all rounds (requests/s) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for i, name in enumerate(names):
    runs = sorted((r for r in rows if int(r[0]) == i), key=lambda r: float(r[1]))
    _, rps, p50, p99, non2xx, _ = runs[len(runs) // 2]
    share = median([a / b for a, b in zip(rates[i], rates[0])])
    cpu_share = median([p / e for p, e in zip(cpu[0], cpu[i])])
    rounds = ", ".join(f"{rate:.0f}" for rate in rates[i])
    print(f"| {name} | {float(rps):.0f} | {100 * share:.0f}% | {median(cpu[i]):.1f} µs | {100 * cpu_share:.0f}% | {p50} | {p99} | {non2xx} | {rounds} |")
PY
echo
echo "- connections: $connections; after a warm-up of ${warmup_seconds} s, $rounds rounds of ${duration} s per endpoint, interleaved"
echo "- wrk 1 thread on CPU $load_cpu, server on CPU $server_cpu ($cores CPUs)"
echo "- start to first 200: ${first_200_ms} ms"
echo "- RSS idle: ${rss_idle} MB; at the end of the load: ${rss_after} MB (${rss_after_parts}); 5 s later: ${rss_settled} MB (${rss_settled_parts})"
