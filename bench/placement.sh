#!/usr/bin/env bash
# Re-runs the placement figures in the README ("English placement test"): the reference bank, and the
# trade-off of test length against accuracy on our own bank, with the oracle bound and what-ifs on item
# discrimination. Usage: bench/placement.sh [EXAMINEES] [SEED]   (default 10000 11; ~10 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
seed=${2:-11}
cargo build --release --quiet
ispit=target/release/ispit

row() { # label, then simulate arguments
    local label=$1
    shift
    "$ispit" placement simulate --examinees "$n" --seed "$seed" --json "$@" | python3 -c '
import json, sys
label = sys.argv[1]
d = json.load(sys.stdin)
def cells(f):
    return "%.1f | %d | %.1f %% | %.2f %% | %.3f | %.2f" % (f["mean_length"], f["p95_length"],
        100 * f["exact_accuracy"], 100 * f["within_one_accuracy"], f["rmse"], f["max_exposure"])
line = "| %s | %s |" % (label, cells(d["cat"]))
if "oracle" in d:
    o = d["oracle"]
    line += " %.1f | %.1f %% |" % (o["mean_length"], 100 * o["exact_accuracy"])
print(line)
if len(sys.argv) > 2:
    print("| %s | %s | | |" % (sys.argv[2], cells(d["linear"])))
' "$label" ${linear_label:+"$linear_label"}
}

echo "Reference bank (180 Rasch items), $n examinees, seed $seed"
echo "| | mean length | p95 | exact | within one | RMSE | max exposure |"
echo "|---|---|---|---|---|---|---|"
linear_label="linear, 40 items" row "adaptive (shipped rules)" --reference
echo
echo "Our bank, $n examinees, seed $seed, θ ~ N(0.3, 1.2²)"
echo "| | mean length | p95 | exact | within one | RMSE | max exposure | oracle length | oracle exact |"
echo "|---|---|---|---|---|---|---|---|---|"
for c in 0.70 0.76 0.80 0.85; do
    row "stop at level probability $c" --oracle --confidence "$c"
done
linear_label="fixed linear 40-item form" row "(shipped rules)" --max-exposure 1 | tail -1
row "fixed 30 items" --oracle --confidence 0 --indifference 0 --min-items 30 --max-items 30
row "no exposure control (0.76)" --oracle --max-exposure 1
for k in 1.15 1.3; do
    row "what-if: every a × $k (0.76)" --oracle --discrimination-scale "$k"
    row "what-if: every a × $k (0.80)" --oracle --discrimination-scale "$k" --confidence 0.80
done
