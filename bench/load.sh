#!/usr/bin/env bash
# Load benchmark (not a test): starts the release server on a fresh SQLite database, signs in a demo learner,
# starts an attempt, then drives GET question page and POST answer with wrk on loopback, and nginx serving the
# same page bytes statically as the yardstick. Prints requests/s and p99 latency.
# usage: bench/load.sh [SECONDS] [CONNECTIONS]     (needs wrk and nginx: apt-get install -y wrk nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}; CONNS=${2:-32}; PORT=8790; NGINX_PORT=8791
OUT=$(mktemp -d /tmp/ispit-bench.XXXX)
command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get install -y -qq wrk nginx >/dev/null; }

cargo build --release --quiet
ISPIT_DATABASE_URL="sqlite:$OUT/ispit.db" ISPIT_DATA_DIR="$OUT" ROCKET_PORT=$PORT ROCKET_LOG_LEVEL=off \
  RUST_LOG=warn target/release/ispit serve >"$OUT/server.log" 2>&1 &
SERVER=$!
NGINX_PID=""
cleanup() { kill "$SERVER" 2>/dev/null || true; [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

JAR="$OUT/cookies"; BASE="http://127.0.0.1:$PORT"
csrf() { curl -s -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
TOKEN=$(csrf /login)
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "_csrf=$TOKEN" \
  --data-urlencode "email=learner@ispit.test" --data-urlencode "password=ispit-demo" "$BASE/login"
TOKEN=$(csrf /quizzes)
LOCATION=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data-urlencode "_csrf=$TOKEN" \
  "$BASE/quizzes/migration-governance-final/start")
ATTEMPT=${LOCATION##*/}
COOKIE=$(awk '$6 ~ /^ispit_/ {printf "%s=%s; ", $6, $7}' "$JAR")

# A page whose question is single choice, for the POST.
for P in $(seq 1 20); do
  curl -s -b "$JAR" "$BASE/attempts/$ATTEMPT?page=$P" >"$OUT/page.html"
  if grep -q 'type="radio"' "$OUT/page.html"; then break; fi
done
Q=$(grep -o 'name="shown" value="[^"]*"' "$OUT/page.html" | head -1 | sed 's/.*value="//; s/"$//')
OPT=$(grep -o "name=\"a.$Q\" value=\"[^\"]*\"" "$OUT/page.html" | head -1 | sed 's/.*value="//; s/"$//')
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$OUT/page.html" | head -1 | sed 's/.*value="//; s/"$//')
cat >"$OUT/post.lua" <<LUA
wrk.method = "POST"
wrk.body = "_csrf=$TOKEN&page=$P&go=save&shown=$Q&a.$Q=$OPT"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$COOKIE"
LUA
BYTES=$(wc -c <"$OUT/page.html")
# Both requests must be accepted before they are measured (a benchmark of error pages measures nothing).
GET_STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/attempts/$ATTEMPT?page=$P")
POST_STATUS=$(curl -s -o "$OUT/post-check.html" -w '%{http_code}' -H "Cookie: $COOKIE" \
  -H "Content-Type: application/x-www-form-urlencoded" --data "_csrf=$TOKEN&page=$P&go=save&shown=$Q&a.$Q=$OPT" "$BASE/attempts/$ATTEMPT")
if [ "$GET_STATUS" != 200 ] || [ "$POST_STATUS" != 303 ]; then
  echo "setup failed: GET $GET_STATUS, POST $POST_STATUS (see $OUT)"; exit 1
fi

run() { # name, url, extra args
  local name=$1 url=$2; shift 2
  wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency "$@" "$url" >"$OUT/$name.txt"
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/$name.txt")
  non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' "$OUT/$name.txt")
  printf '%-28s %12s req/s   p99 %8s   errors %s\n' "$name" "$rps" "$p99" "${non2xx:-0}"
  echo "$rps" >"$OUT/$name.rps"
}

# nginx serving the same bytes, as the yardstick for the question page.
mkdir -p "$OUT/www" && cp "$OUT/page.html" "$OUT/www/page.html"
cat >"$OUT/nginx.conf" <<NGINX
user root; worker_processes 2; daemon off; pid $OUT/nginx.pid; error_log $OUT/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NGINX_PORT; root $OUT/www; } }
NGINX
nginx -c "$OUT/nginx.conf" -p "$OUT" & NGINX_PID=$!
sleep 0.5

echo "ispit load benchmark: ${DURATION}s per run, $CONNS connections, page of $BYTES bytes ($(nproc) cores, shared with wrk)"
run "GET question page" "$BASE/attempts/$ATTEMPT?page=$P" -H "Cookie: $COOKIE"
run "POST answer (durable save)" "$BASE/attempts/$ATTEMPT" -s "$OUT/post.lua"
run "nginx, same bytes" "http://127.0.0.1:$NGINX_PORT/page.html"
awk -v a="$(cat "$OUT/GET question page.rps")" -v b="$(cat "$OUT/nginx, same bytes.rps")" \
  'BEGIN { printf "question page throughput = %.2f x nginx (target 0.5)\n", a / b }'
echo "raw wrk output in $OUT"
