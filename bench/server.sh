# Shared by bench/load.sh, bench/profile.sh and bench/compare.sh (sourced, not run): builds Release, starts the server on a pinned
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
  data=$(mktemp -d)
  launch_server "$PWD" "$port" "$data"
  server=$launched
  first_200_ms=$launched_first_200_ms
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  read -r CORE_BENCH_ACCESS CORE_BENCH_REFRESH < <(log_in "$base")
  export CORE_BENCH_ACCESS CORE_BENCH_REFRESH
}

# launch_server ROOT PORT DATA: builds the checkout at ROOT (Release) and starts it on CPU $server_cpu with the data
# directory DATA (its output in DATA/server.log); returns at its first 200. Sets launched (the PID) and
# launched_first_200_ms (from process start, the build not counted).
launch_server() {
  local root=$1 port=$2 data=$3 start_ns
  dotnet build -c Release "$root/Api" >/dev/null
  start_ns=$(date +%s%N)
  # The content root is the build output, so the server reads the appsettings.json it ships with, as it does when
  # started from its own directory.
  ASPNETCORE_CONTENTROOT="$root/Api/bin/Release/net10.0" CORE_ADDRESS="127.0.0.1:$port" CORE_DB_DIR="$data" CORE_API_AUTH_USERNAME=bench CORE_API_AUTH_PASSWORD=bench-password \
    CORE_API_AUTH_JWT_SECRET=bench-secret ASPNETCORE_ENVIRONMENT=Production \
    env ${CORE_BENCH_LOG_LEVEL:+Logging__LogLevel__Default=$CORE_BENCH_LOG_LEVEL} taskset -c "$server_cpu" dotnet "$root/Api/bin/Release/net10.0/Api.dll" >"$data/server.log" 2>&1 &
  launched=$!
  until curl -fsS "http://127.0.0.1:$port/ping" >/dev/null 2>&1; do
    kill -0 $launched 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.01
  done
  launched_first_200_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
}

# log_in BASE: the bench user's access and refresh tokens, on one line.
log_in() {
  curl -fsS -X POST "$1/api/login" -H 'Content-Type: application/json' -d '{"username":"bench","password":"bench-password"}' |
    python3 -c 'import json,sys; tokens = json.load(sys.stdin); print(tokens["access_token"], tokens["refresh_token"])'
}

# cpu_ticks_of PID: the process's CPU time so far (user + system, clock ticks). Per request it is the cost of an
# endpoint, unlike the rate hardly moved by other guests of the machine taking the CPU for a while.
cpu_ticks_of() { awk '{split($0, f, ") "); split(f[2], g, " "); print g[12] + g[13]}' "/proc/$1/stat"; }

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
