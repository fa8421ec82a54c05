#!/usr/bin/env bash
# The in-memory filesystem under load, on a Release build: PUT and GET throughput of 1 MiB segments and of small
# playlists at CONNECTIONS connections (wrk; PUTs rotate over 64 paths, so each replaces a file as HLS does), and the
# server's resident memory per MiB stored. Usage: bash bench/filesystems.sh [SECONDS] [CONNECTIONS]   (defaults 10 32)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-32}
export CORE_STORAGE_MEMORY_AUTH_PASSWORD=bench-memfs
export CORE_STORAGE_MAX_FILE_SIZE_MBYTES=16
source bench/server.sh
start_server
auth=$(printf 'admin:%s' "$CORE_STORAGE_MEMORY_AUTH_PASSWORD" | base64)

rate() { awk '/Requests\/sec/{print $2}'; }
transfer() { awk '/Transfer\/sec/{print $2}'; }
put() { BENCH_SIZE=$1 BENCH_EXT=$2 BENCH_AUTH=$auth taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${seconds}s" -s bench/memfs-put.lua "$base"; }
get() { taskset -c "$load_cpu" wrk -t1 -c"$connections" -d"${seconds}s" "$base/memfs/bench/$1"; }

# Memory per stored MiB first, on the fresh server: 256 new files of 1 MiB, resident memory before and after.
head -c 1048576 /dev/urandom >"$data/segment.bin"
curl -fsS -o /dev/null -X PUT -u "admin:$CORE_STORAGE_MEMORY_AUTH_PASSWORD" --data-binary @"$data/segment.bin" "$base/memfs/stored/warm.ts"
sleep 3; before=$(rss_mb)
for i in $(seq 256); do curl -fsS -o /dev/null -X PUT -u "admin:$CORE_STORAGE_MEMORY_AUTH_PASSWORD" --data-binary @"$data/segment.bin" "$base/memfs/stored/$i.ts"; done
sleep 3; after=$(rss_mb)
for i in $(seq 256); do curl -fsS -o /dev/null -X DELETE -u "admin:$CORE_STORAGE_MEMORY_AUTH_PASSWORD" "$base/memfs/stored/$i.ts"; done

# JIT warm-up of both routes.
put 1048576 ts >/dev/null; get seg_1.ts >/dev/null
put 300 m3u8 >/dev/null; get seg_1.m3u8 >/dev/null

segment_put=$(put 1048576 ts); segment_get=$(get seg_1.ts)
playlist_put=$(put 300 m3u8); playlist_get=$(get seg_1.m3u8)

echo "| measure ($connections connections, ${seconds} s) | requests/s | transfer/s |"
echo "|---|---:|---:|"
echo "| PUT 1 MiB segment | $(rate <<<"$segment_put") | $(transfer <<<"$segment_put") |"
echo "| GET 1 MiB segment | $(rate <<<"$segment_get") | $(transfer <<<"$segment_get") |"
echo "| PUT 300 B playlist | $(rate <<<"$playlist_put") | $(transfer <<<"$playlist_put") |"
echo "| GET 300 B playlist | $(rate <<<"$playlist_get") | $(transfer <<<"$playlist_get") |"
echo
echo "Resident memory: ${before} MB before, ${after} MB after storing 256 MiB: $(python3 -c "print(round(($after - $before) / 256, 2))") MB per stored MiB."
