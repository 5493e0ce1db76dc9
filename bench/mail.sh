#!/usr/bin/env bash
# Email benchmark (not a test): N certificate emails with their PDFs (default 1,000) sent through a local SMTP
# server (aiosmtpd from PyPI, writing a Maildir) by the outbox worker, then PDFs rendered per second on their
# own. Prints the figures for the README.
# usage: bench/mail.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
WORK=${BENCH_WORK:-$(mktemp -d)}
PORT=${BENCH_SMTP_PORT:-2587}
mkdir -p "$WORK"
VENV=${BENCH_VENV:-$WORK/venv}
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q aiosmtpd==1.4.6; }

cargo build --release --quiet --example bench_mail --example certificate_pdf
rm -rf "$WORK/maildir" "$WORK/bench.db"*
"$VENV/bin/python" .ci/smtp_sink.py --port "$PORT" --maildir "$WORK/maildir" >"$WORK/smtp.log" 2>&1 &
SMTP=$!
trap 'kill $SMTP 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q READY "$WORK/smtp.log" && break; sleep 0.1; done

echo "== $N certificate emails with PDF through SMTP (release build, SQLite, $(nproc) cores)"
ISPIT_LOG_LEVEL=critical RUST_LOG=warn target/release/examples/bench_mail \
  "sqlite:$WORK/bench.db" "smtp://127.0.0.1:$PORT" "$N" | tee "$WORK/result.txt"
received=$(ls "$WORK/maildir/new" | wc -l)
echo "received_by_smtp_server=$received"
[ "$received" -eq "$N" ] || { echo "expected $N messages at the server"; exit 1; }
echo "== PDFs rendered per second (one thread, no email)"
target/release/examples/certificate_pdf "Јована Петровић" --lang sr-Cyrl --out "$WORK/sample.pdf" --bench 500
