# Shared by bench/load.sh and bench/profile.sh (sourced, not run): builds Release, starts the server on a pinned
# core with a fresh data directory, logs in once, and warms the JIT up with every measured request kind.
# Sets: base, server, data, server_cpu, load_cpu, cores, first_200_ms, CORE_BENCH_ACCESS, CORE_BENCH_REFRESH.
# The server logs as shipped (Information: every login and refresh writes its audit line to the console, here a file);
# CORE_BENCH_LOG_LEVEL=Warning measures without those lines.

port=${CORE_BENCH_PORT:-18090}
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "wrk is missing: apt-get install wrk" >&2; exit 1; fi
fi

cores=$(nproc)
server_cpu=0; load_cpu=0
[ "$cores" -ge 2 ] && load_cpu=1

start_server() {
  dotnet build -c Release Api >/dev/null
  data=$(mktemp -d)
  local start_ns
  start_ns=$(date +%s%N)
  # The content root is the build output, so the server reads the appsettings.json it ships with, as it does when
  # started from its own directory.
  ASPNETCORE_CONTENTROOT="$PWD/Api/bin/Release/net10.0" CORE_ADDRESS="127.0.0.1:$port" CORE_DB_DIR="$data" CORE_API_AUTH_USERNAME=bench CORE_API_AUTH_PASSWORD=bench-password \
    CORE_API_AUTH_JWT_SECRET=bench-secret ASPNETCORE_ENVIRONMENT=Production \
    env ${CORE_BENCH_LOG_LEVEL:+Logging__LogLevel__Default=$CORE_BENCH_LOG_LEVEL} taskset -c "$server_cpu" dotnet Api/bin/Release/net10.0/Api.dll >"$data/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  until curl -fsS "$base/ping" >/dev/null 2>&1; do
    kill -0 $server 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.01
  done
  first_200_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

  local tokens
  tokens=$(curl -fsS -X POST "$base/api/login" -H 'Content-Type: application/json' -d '{"username":"bench","password":"bench-password"}')
  CORE_BENCH_ACCESS=$(echo "$tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  CORE_BENCH_REFRESH=$(echo "$tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["refresh_token"])')
  export CORE_BENCH_ACCESS CORE_BENCH_REFRESH
}

rss_mb() { awk '/VmRSS/{print int($2/1024)}' "/proc/$server/status"; }
# What the resident memory is: anonymous (GC heap, JIT code, runtime data, stacks) and file-backed (mapped images).
rss_parts() {
  awk '/^Rss:/{rss=$2} /^Anonymous:/{anon=$2} END {printf "anonymous %d MB, mapped files %d MB", anon/1024, (rss-anon)/1024}' "/proc/$server/smaps_rollup"
  awk '/^Threads:/{printf ", %d threads", $2}' "/proc/$server/status"
}

# The runtime compiles hot methods again with full optimisation (tiered compilation with dynamic PGO) only
# after they have run for a while; on one loaded core that took about 60 s here, and the rate more than
# tripled when it finished. Measuring before that measures the JIT, not the server. So the mix of all
# measured requests runs in 5 s rounds: at least WARMUP_MIN rounds (90 s), then until three rounds in a row
# are within 10% of each other, at most WARMUP_MAX rounds. The rates go to stderr so the plateau can be seen.
warm_up() {
  local min=${WARMUP_MIN:-18} max=${WARMUP_MAX:-36} rates=() i
  for i in $(seq "$max"); do
    rates+=("$(taskset -c "$load_cpu" wrk -t1 -c32 -d5s -s bench/warmup.lua "$base" | awk '/Requests\/sec/{print $2}')")
    printf '%s ' "${rates[-1]}" >&2
    [ "$i" -ge "$min" ] && python3 -c "import sys; r=[float(x) for x in sys.argv[1:]]; sys.exit(0 if max(r)-min(r)<0.10*max(r) else 1)" \
      "${rates[@]: -3}" && break
  done
  warmup_seconds=$(( i * 5 ))
  echo >&2
}
