#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Vote load benchmark: real daodesk-server processes on loopback, members casting votes
# concurrently through wrk. Usage: bench/vote_load.sh [both|sqlite|postgresql] [seconds] [connections]
# "both" (the default) runs SQLite and then PostgreSQL in one run and reports their ratio.
# Environment: BENCH_SERVERS=N runs N server processes on the one database, each loaded by its
# own wrk with connections/N; BENCH_THREADS wrk threads each; BENCH_SERVER_ARGS more options
# for every server (--workers N). Each server runs with its defaults otherwise: one worker on
# SQLite, one per core on PostgreSQL.
# Prints votes/s (summed) and latency percentiles (p50 of the first wrk, worst p99).
set -euo pipefail
cd "$(dirname "$0")/.."
backend=${1:-both}
seconds=${2:-20}
connections=${3:-16}
if [ "$backend" = both ]; then
  sqlite_line=$(bash "$0" sqlite "$seconds" "$connections" | tail -n 1)
  echo "$sqlite_line"
  pg_line=$(bash "$0" postgresql "$seconds" "$connections" | tail -n 1)
  echo "$pg_line"
  field() { grep -o "$1=[0-9.]*" <<<"$2" | cut -d= -f2; }
  awk -v s="$(field votes_per_s "$sqlite_line")" -v p="$(field votes_per_s "$pg_line")" \
    'BEGIN { printf "sqlite_over_postgresql=%.2f\n", s / p }'
  exit 0
fi
members=${BENCH_MEMBERS:-100}
proposals=${BENCH_PROPOSALS:-20}

[ -x build/bin/daodesk-server ] || bash scripts/build >/dev/null
command -v wrk >/dev/null || bash scripts/install-deps

work=$(mktemp -d /tmp/daodesk-bench.XXXXXX)
pgdir=$(mktemp -d /tmp/daodesk-bench-pg.XXXXXX) # its own top-level directory: the cluster runs as 'postgres'
servers=${BENCH_SERVERS:-1}
server_pids=()
cleanup() {
  for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [ "$backend" = postgresql ] && bash scripts/pg-test-cluster stop "$pgdir" || true
  rm -rf "$work" "$pgdir"
}
trap cleanup EXIT

if [ "$backend" = postgresql ]; then
  admin=$(bash scripts/pg-test-cluster start "$pgdir")
  psql "$admin" -qc "CREATE DATABASE daodesk_bench" >/dev/null
  database=${admin%/postgres}/daodesk_bench${BENCH_PG_SOCKET:+?host=$pgdir}
else
  database="sqlite://$work/bench.db"
fi

bases=()
for n in $(seq "$servers"); do
  # Every member registers from 127.0.0.1, so the per-address registration limit is off.
  ${BENCH_WRAPPER:-} build/bin/daodesk-server --database "$database" --listen 127.0.0.1:0 \
    --registrations-per-address 0 ${BENCH_SERVER_ARGS:-} >"$work/server$n.log" 2>&1 &
  server_pids+=($!)
  for _ in $(seq 100); do grep -q 'listening on' "$work/server$n.log" && break; sleep 0.1; done
  bases+=("$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server$n.log")")
done
base=${bases[0]}
api="$base/api/dao"

post() { curl -sf -X POST "$api/$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
login() {
  post users/register "{\"username\":\"$1\",\"password\":\"benchmark-pass\"}" >/dev/null
  post users/login "{\"username\":\"$1\",\"password\":\"benchmark-pass\"}" | jq -r .token
}

echo "bench: seeding $members members and $proposals open proposals ($backend)" >&2
owner=$(login owner)
dao=$(post daos '{"name":"Benchmark DAO"}' "$owner" | jq -r .dao.id)
tokens=("$owner")
for i in $(seq 2 "$members"); do
  t=$(login "member$i")
  code=$(post "daos/$dao/invitations" '{}' "$owner" | jq -r .invitation.code)
  post invitations/accept "{\"code\":\"$code\"}" "$t" >/dev/null
  tokens+=("$t")
done
start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
end=$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)
ids=()
for i in $(seq "$proposals"); do
  ids+=("$(post proposals "{\"dao_id\":$dao,\"title\":\"Load $i\",\"voting_start\":\"$start\",\"voting_end\":\"$end\",\"quorum_percent\":10}" "$owner" | jq -r .proposal.id)")
done

{
  printf 'tokens = {'; printf '"%s",' "${tokens[@]}"; printf '}\n'
  printf 'proposals = {'; printf '%s,' "${ids[@]}"; printf '}\n'
  cat <<'LUA'
local choices = {"yes", "no", "abstain"}
math.randomseed(os.time())
request = function()
  local token = tokens[math.random(#tokens)]
  local proposal = proposals[math.random(#proposals)]
  local body = '{"choice":"' .. choices[math.random(3)] .. '","reason":"load test"}'
  return wrk.format("POST", "/api/dao/proposals/" .. proposal .. "/vote",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end
LUA
} >"$work/votes.lua"

threads=${BENCH_THREADS:-2}
per_server=$(( connections / servers ))
[ "$per_server" -ge "$threads" ] || threads=$per_server
echo "bench: $servers server(s), wrk -t$threads -c$per_server -d${seconds}s each" >&2
wal_max=0
if [ "$backend" = sqlite ]; then
  ( while :; do stat -c %s "$work/bench.db-wal" 2>/dev/null; sleep 0.5; done ) >"$work/wal-sizes.txt" &
  wal_sampler=$!
fi
wrk_pids=()
for n in $(seq "$servers"); do
  wrk -t"$threads" -c"$per_server" -d"${seconds}s" --latency -s "$work/votes.lua" "${bases[$((n - 1))]}" >"$work/wrk$n.txt" &
  wrk_pids+=($!)
done
wait "${wrk_pids[@]}"
if [ -n "${wal_sampler:-}" ]; then
  kill "$wal_sampler"
  wal_max=$(sort -n "$work/wal-sizes.txt" | tail -n 1)
fi
cat "$work"/wrk*.txt >&2

ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}' <<<"$1"; }
rps=$(awk '/Requests\/sec/ {s+=$2} END {printf "%.0f", s}' "$work"/wrk*.txt)
p50=$(ms "$(awk '$1=="50%" {print $2; exit}' "$work/wrk1.txt")")
p99=0
for f in "$work"/wrk*.txt; do
  v=$(ms "$(awk '$1=="99%" {print $2}' "$f")")
  p99=$(awk -v a="$p99" -v b="$v" 'BEGIN {print (b > a) ? b : a}')
done
bad=$(awk '/Non-2xx/ {s+=$5} END {print s+0}' "$work"/wrk*.txt)
errors=$(cat "$work"/wrk*.txt | grep -c 'Socket errors' || true)
curl -s "$base/metrics" >"$work/metrics.txt"
counted=$(awk '/^daodesk_votes_cast_total/ {print $2}' "$work/metrics.txt")
# The server's own view: share of vote requests answered within each bucket (no queueing).
awk -F'[ {}]' '/daodesk_http_request_duration_seconds_bucket\{route="\/api\/dao\/proposals\/\{\}\/vote"/ {
    match($0, /le="[^"]*"/); le = substr($0, RSTART + 4, RLENGTH - 5); n[++k] = le; c[k] = $NF }
  END { for (i = 1; i <= k; i++) printf "server-side <= %ss: %.3f%%\n", n[i], 100 * c[i] / c[k] }' "$work/metrics.txt" >&2
echo "backend=$backend servers=$servers connections=$connections votes_per_s=$rps p50_ms=$p50 p99_ms=$p99 non2xx=$bad socket_error_lines=$errors votes_counted_by_first_server=$counted wal_max_bytes=$wal_max"
