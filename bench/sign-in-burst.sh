#!/usr/bin/env bash
# Sign-in burst (not a test): while N sign-ins arrive at once (a cohort at 09:00), how long do other requests
# wait? Argon2 runs on the blocking pool, bounded by the number of cores, so /healthz and a question page should
# stay near their idle latency. Prints hey's latency summaries for /healthz alone, then during the burst.
# usage: bench/sign-in-burst.sh [SIGN_INS] [PROFILE]      (needs hey: apt-get install -y hey)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-60}; PROFILE=${2:-release}; PORT=8792
OUT=$(mktemp -d /tmp/ispit-burst.XXXX)
command -v hey >/dev/null || apt-get install -y -qq hey >/dev/null
if [ "$PROFILE" = release ]; then cargo build --release --quiet; else cargo build --quiet; fi
ISPIT_DATABASE_URL="sqlite:$OUT/ispit.db" ISPIT_DATA_DIR="$OUT" ROCKET_PORT=$PORT ROCKET_LOG_LEVEL=off \
  RUST_LOG=warn "target/$PROFILE/ispit" serve >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
BASE="http://127.0.0.1:$PORT"

summary() { grep -E "Average|Slowest|99%|Requests/sec|\[2" | sed 's/^/  /'; }
echo "/healthz alone (200 requests, 4 at a time):"
hey -n 200 -c 4 "$BASE/healthz" | summary
# Each sign-in uses its own address (the throttle would otherwise refuse most of the burst after five).
for i in $(seq 1 "$N"); do
  printf '{"email":"burst%s@example.org","password":"not-the-password"}' "$i" >"$OUT/body$i.json"
done
echo "/healthz during $N concurrent sign-ins:"
PIDS=()
for i in $(seq 1 "$N"); do
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data @"$OUT/body$i.json" \
    "$BASE/api/v1/tokens" &
  PIDS+=($!)
done
hey -n 200 -c 4 "$BASE/healthz" | summary
wait "${PIDS[@]}"
