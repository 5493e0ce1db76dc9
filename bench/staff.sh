#!/usr/bin/env bash
# Staff pages benchmark (not a test): seeds a fresh SQLite database with one cohort of LEARNERS learners and
# ATTEMPTS submitted attempts of a quiz assigned to it (examples/seed_staff.rs, through the service layer),
# then, on the release server, times the assignment's results page, its CSV export, its item analysis page and
# the item analysis CSV: time to first byte and total time (median of RUNS requests, after one warm-up), the
# reply's size, and the server's peak resident memory while serving that request kind (a fresh server per
# kind, so each peak is its own).
# usage: bench/staff.sh [LEARNERS] [ATTEMPTS] [RUNS]      (defaults 2000 5000 5)
set -euo pipefail
cd "$(dirname "$0")/.."
LEARNERS=${1:-2000}; ATTEMPTS=${2:-5000}; RUNS=${3:-5}; PORT=8792
OUT=$(mktemp -d /tmp/ispit-staff-bench.XXXX)
BASE="http://127.0.0.1:$PORT"

cargo build --release --quiet --bin ispit --example seed_staff
echo "seeding $LEARNERS learners, $ATTEMPTS attempts (takes a minute or two)..."
SEED_START=$(date +%s)
ASSIGNMENT=$(ISPIT_DATA_DIR="$OUT" target/release/examples/seed_staff "sqlite:$OUT/ispit.db" "$LEARNERS" "$ATTEMPTS" \
  | sed -n 's/^assignment=//p')
echo "seeded in $(( $(date +%s) - SEED_START )) s; database $(du -h "$OUT/ispit.db" | cut -f1)"

SERVER=""
stop() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; SERVER=""; }
trap stop EXIT
start() {
  ISPIT_DATABASE_URL="sqlite:$OUT/ispit.db" ISPIT_DATA_DIR="$OUT" ISPIT_DEMO_ACCOUNTS=false ROCKET_PORT=$PORT \
    ROCKET_LOG_LEVEL=off RUST_LOG=warn target/release/ispit serve >"$OUT/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.2; done
  kill -0 "$SERVER" 2>/dev/null || { echo "the server did not start:"; cat "$OUT/server.log"; exit 1; }
  JAR="$OUT/cookies"; rm -f "$JAR"
  TOKEN=$(curl -s -b "$JAR" -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "_csrf=$TOKEN" \
    --data-urlencode "email=bench-instructor@ispit.test" --data-urlencode "password=ispit-demo" "$BASE/login"
}
rss_kb() { awk '/^VmHWM/ {print $2}' "/proc/$SERVER/status"; }

printf '\n| request (%s learners, %s attempts, median of %s) | status | size | first byte | total | peak RSS |\n' \
  "$LEARNERS" "$ATTEMPTS" "$RUNS"
echo '|---|---|---|---|---|---|'
for path in "/teach/assignments/$ASSIGNMENT" "/teach/assignments/$ASSIGNMENT/results.csv" \
            "/teach/assignments/$ASSIGNMENT/items" "/teach/assignments/$ASSIGNMENT/items.csv"; do
  start
  BEFORE=$(rss_kb)
  curl -s -o /dev/null -b "$JAR" "$BASE$path"   # warm-up: the first read of the file's pages
  TIMES=()
  for _ in $(seq 1 "$RUNS"); do
    TIMES+=("$(curl -s -o "$OUT/reply" -b "$JAR" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$BASE$path")")
  done
  STATUS=$(echo "${TIMES[0]}" | cut -d' ' -f1)
  SIZE=$(echo "${TIMES[0]}" | cut -d' ' -f4)
  TTFB=$(printf '%s\n' "${TIMES[@]}" | cut -d' ' -f2 | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  TOTAL=$(printf '%s\n' "${TIMES[@]}" | cut -d' ' -f3 | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  PEAK=$(rss_kb)
  printf '| GET %s | %s | %s KB | %.0f ms | %.0f ms | %s MB (%s MB at start) |\n' "$path" "$STATUS" \
    "$(( SIZE / 1024 ))" "$(awk "BEGIN {print $TTFB * 1000}")" "$(awk "BEGIN {print $TOTAL * 1000}")" \
    "$(( PEAK / 1024 ))" "$(( BEFORE / 1024 ))"
  [ "$STATUS" = 200 ] || echo "  (status $STATUS: $(head -c 300 "$OUT/reply"))"
  stop
done
echo "database and logs in $OUT"
