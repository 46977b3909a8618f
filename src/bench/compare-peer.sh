#!/usr/bin/env bash
# The product and the Solr peer back to back on zh-cctv-xwlb, in turns (issue 17's comparison):
# indexing with 2 threads and index size (bench index / the peer's INDEX and SIZE lines), then one
# keep-alive HTTP client (wrk) over the peer's 204-query mix against `serve`, beside the peer's
# in-process QUERY line. Usage (from the project root): src/bench/compare-peer.sh [ROUNDS] [SECONDS]
# Needs ../shared (the corpus and the peer) and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-2}"
SECONDS_PER_RUN="${2:-30}"
PEER=../shared/tools/peer-solr
OUT=target/bench/peer
INDEX=target/bench/search-x1/index
PORT=8977
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "compare-peer needs wrk: apt-get install wrk" >&2; exit 2; }

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round: Solr peer"
  "$PEER/run.sh" --runs 1 --threads 2 --query-passes 2 > "$OUT/peer-$round.log" 2>&1
  grep -E '^(INDEX|SIZE|QUERY|HEAP)' "$OUT/peer-$round.log" | grep -v 'run=cold' || true
  echo "== round $round: newssearch"
  ./newssearch bench index | grep -E 'pipeline|index size'
  if [ ! -d "$INDEX" ]; then ./newssearch index --input ../shared/corpora/zh-cctv-xwlb.jsonl.gz --index "$INDEX" >/dev/null; fi
  ./newssearch serve --index "$INDEX" --port "$PORT" > "$OUT/serve-$round.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/api/search?q=x" >/dev/null && break; sleep 0.5; done
  # warm-up, then the measured run
  PEER_QUERIES="$PEER/target/results/queries.tsv" wrk -t1 -c1 -d10s -s src/bench/peer-mix.lua "http://localhost:$PORT" >/dev/null
  PEER_QUERIES="$PEER/target/results/queries.tsv" wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --latency \
    -s src/bench/peer-mix.lua "http://localhost:$PORT" | grep -E '^ +(50|75|90|99)%|Requests/sec|Non-2xx'
  kill "$server"; wait "$server" 2>/dev/null || true
done
