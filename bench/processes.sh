#!/usr/bin/env bash
# The process engine under load, on a Release build: the server's CPU per running FFmpeg process (reading and parsing
# its output: status lines ten times a second, log lines, the once-a-second sampling), and GET .../state requests per
# second while PROCESSES processes run. FFmpeg's own CPU is not the server's and is not counted.
# Usage: bash bench/processes.sh [PROCESSES] [SECONDS] [CONNECTIONS]   (defaults 10 20 32; Markdown to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10}
seconds=${2:-20}
connections=${3:-32}
command -v ffmpeg >/dev/null || { echo "ffmpeg is missing: apt-get install ffmpeg" >&2; exit 1; }
source bench/server.sh
start_server
auth=(-H "Authorization: Bearer $CORE_BENCH_ACCESS")
hz=$(getconf CLK_TCK)

server_cpu_percent() { # over SECONDS, of one core
  local before after
  before=$(cpu_ticks_of "$server"); sleep "$seconds"; after=$(cpu_ticks_of "$server")
  python3 -c "print(round(($after - $before) / $hz / $seconds * 100, 2))"
}

idle=$(server_cpu_percent)
for i in $(seq "$count"); do
  curl -fsS -o /dev/null -X POST "$base/api/v3/process" "${auth[@]}" -H 'Content-Type: application/json' -d "{\"id\":\"bench-$i\",
    \"options\":[\"-loglevel\",\"level+info\"],
    \"input\":[{\"id\":\"in\",\"address\":\"testsrc2=size=320x180:rate=10\",\"options\":[\"-re\",\"-f\",\"lavfi\"]}],
    \"output\":[{\"id\":\"out\",\"address\":\"-\",\"options\":[\"-c:v\",\"mjpeg\",\"-f\",\"null\"]}]}"
done
sleep 5
busy=$(server_cpu_percent)
per_process=$(python3 -c "print(round(($busy - $idle) / $count, 3))")

# JIT warm-up of the state route, then the measured runs.
taskset -c "$load_cpu" wrk -t1 -c"$connections" -d30s "${auth[@]}" "$base/api/v3/process/bench-1/state" >/dev/null
rates=()
for _ in 1 2 3; do
  rates+=("$(taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${seconds}s" "${auth[@]}" "$base/api/v3/process/bench-1/state" | awk '/Requests\/sec/{print $2}')")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p)

echo "| measure | value |"
echo "|---|---|"
echo "| server CPU, no process running | ${idle}% of one core |"
echo "| server CPU, $count processes running | ${busy}% of one core |"
echo "| server CPU per running process | ${per_process}% of one core |"
echo "| GET /api/v3/process/{id}/state, $count running, $connections connections | ${median} req/s (rounds: ${rates[*]}) |"
curl -fsS -o /dev/null "${auth[@]}" "$base/api/v3/process/bench-1/state"
for i in $(seq "$count"); do curl -fsS -o /dev/null -X DELETE "$base/api/v3/process/bench-$i" "${auth[@]}"; done
