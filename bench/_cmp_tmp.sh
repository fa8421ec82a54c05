#!/usr/bin/env bash
# Paired comparison of two commits on a shared machine: which one costs the server less CPU per request. Both are
# built (Release, from temporary worktrees), started on the same core and warmed up with the mix of bench/warmup.lua;
# then every endpoint runs ROUNDS short rounds on A and on B back to back (the order alternating), so the two sides of
# each pair meet the same moment of the machine. Other guests of a shared machine change the cost of everything by up
# to half for minutes at a time; a difference taken per pair, and its median, is what that leaves standing (the same
# commit on both sides differs by under 1 µs this way, where two separate bench/load.sh runs differ by several).
# Usage: bash bench/compare.sh REV_A REV_B [ROUNDS] [DURATION] [ENDPOINT...]   (defaults 30 1 ping login)
#   ENDPOINT: ping, api (no token), access (valid token), invalid (forged token), refresh, login (plain password)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
rev_a=$1; rev_b=$2; rounds=${3:-30}; duration=${4:-1}
shift 2; shift $(( $# < 2 ? $# : 2 ))
endpoints=("$@"); [ ${#endpoints[@]} -gt 0 ] || endpoints=(ping login)
source bench/server.sh # launch_server, log_in, cpu_ticks_of, server_cpu and load_cpu (and wrk, if missing)

bench=$PWD/bench
work=$(mktemp -d)
hz=$(getconf CLK_TCK)
declare -A ports pid access refresh
cleanup() {
  kill "${pid[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  git worktree remove --force "$work/A" 2>/dev/null || true
  git worktree remove --force "$work/B" 2>/dev/null || true
}
trap cleanup EXIT

start() { # SIDE REV PORT
  local side=$1
  git worktree add -q --detach "$work/$side" "$2"
  mkdir "$work/data-$side"
  if [ "$side" = B ]; then CORE_BENCH_LOG_LEVEL=Warning launch_server "$work/$side" "$3" "$work/data-$side"; else launch_server "$work/$side" "$3" "$work/data-$side"; fi
  pid[$side]=$launched
  ports[$side]=$3
  read -r "access[$side]" "refresh[$side]" < <(log_in "http://127.0.0.1:$3")
}

# run SIDE ENDPOINT SECONDS -> "requests/s server-CPU-µs-per-request"
run() {
  local side=$1 base="http://127.0.0.1:${ports[$1]}" args
  case $2 in
    ping) args=("$base/ping") ;;
    api) args=("$base/api") ;;
    access) args=("$base/api/v3/metadata" -H "Authorization: Bearer ${access[$side]}") ;;
    invalid) args=("$base/api/v3/metadata" -H "Authorization: Bearer ${access[$side]%????}AAAA") ;;
    refresh) args=("$base/api/login/refresh" -H "Authorization: Bearer ${refresh[$side]}") ;;
    login) args=("$base/api/login" -s "$bench/login.lua") ;;
    mix) args=("$base" -s "$bench/warmup.lua") ;;
    *) echo "unknown endpoint $2" >&2; exit 2 ;;
  esac
  local before
  before=$(cpu_ticks_of "${pid[$side]}")
  CORE_BENCH_ACCESS=${access[$side]} CORE_BENCH_REFRESH=${refresh[$side]} taskset -c "$load_cpu" wrk -t1 -c32 -d"$3s" "${args[@]}" |
    awk -v before="$before" -v stat="/proc/${pid[$side]}/stat" -v hz="$hz" '
      /Requests\/sec/ {rps = $2} / requests in / {requests = $1}
      END {getline s < stat; split(s, f, ") "); split(f[2], g, " "); printf "%s %.2f\n", rps, (g[12] + g[13] - before) * 1e6 / hz / requests}'
}

start A "$rev_a" 18093
start B "$rev_b" 18094
# The JIT tiers hot code up after about a minute of load (see bench/server.sh); both sides get the same warm-up.
for _ in $(seq "${WARMUP_ROUNDS:-12}"); do run A mix 5 >/dev/null; run B mix 5 >/dev/null; done

results=$work/results.txt
for round in $(seq "$rounds"); do
  for endpoint in "${endpoints[@]}"; do
    if (( round % 2 )); then order=(A B); else order=(B A); fi
    for side in "${order[@]}"; do echo "$round $endpoint $side $(run "$side" "$endpoint" "$duration")" >>"$results"; done
  done
done

python3 - "$results" "$rev_a" "$rev_b" "${endpoints[@]}" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
rev_a, rev_b, endpoints = sys.argv[2], sys.argv[3], sys.argv[4:]
median = lambda values: sorted(values)[len(values) // 2]
cpu = lambda e, side: [float(r[4]) for r in rows if r[1] == e and r[2] == side]
rate = lambda e, side: [float(r[3]) for r in rows if r[1] == e and r[2] == side]
print(f"A = {rev_a}, B = {rev_b}")
print("| endpoint | A: server CPU per request (median) | B | B − A (median of pairs) | A requests/s | B requests/s |")
print("|---|---:|---:|---:|---:|---:|")
for e in endpoints:
    a, b = cpu(e, "A"), cpu(e, "B")
    print(f"| {e} | {median(a):.1f} µs | {median(b):.1f} µs | {median([y - x for x, y in zip(a, b)]):+.2f} µs | {median(rate(e, 'A')):.0f} | {median(rate(e, 'B')):.0f} |")
if "ping" in endpoints:
    print()
    for e in endpoints:
        if e != "ping":
            shares = [f"{side} {100 * median([p / x for p, x in zip(cpu('ping', side), cpu(e, side))]):.1f}%" for side in "AB"]
            print(f"- CPU share of /ping, {e}: " + ", ".join(shares))
PY
echo "- $rounds pairs of ${duration} s rounds per endpoint after a warm-up of $(( ${WARMUP_ROUNDS:-12} * 5 )) s per side; wrk -t1 -c32 on CPU $load_cpu, both servers on CPU $server_cpu"
