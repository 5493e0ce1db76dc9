#!/usr/bin/env bash
# Mutation testing of the pure core (not run by CI: ~1,400 mutants, hours on 2 cores). For each file, runs
# cargo-mutants in a copy of the tree (never --in-place) with the `mutants` profile and nextest, running only the
# unit tests of that file's area, then prints one line of figures per file and the totals.
# usage: bench/mutants.sh [FILE...]      (default: every file below; needs cargo-mutants and cargo-nextest)
#        bench/mutants.sh --table         (the last runs' figures as a Markdown table)
# Output: mutants.out.d/<file>/mutants.out (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=(
    src/assessment/scoring.rs src/assessment/answer.rs src/assessment/paper.rs src/assessment/shown.rs
    src/assessment/view.rs src/assessment/attempt.rs
    src/bank/pattern.rs src/bank/parse.rs
    src/i18n/format.rs src/i18n/load.rs src/i18n/locale.rs src/i18n/mod.rs src/i18n/translit.rs
    src/placement/cat.rs src/placement/estimate.rs src/placement/irt.rs src/placement/cefr.rs
    src/placement/attempt.rs src/placement/bank.rs src/placement/load.rs
    src/placement/calibrate.rs src/placement/simulate.rs src/placement/advice.rs
    src/analysis/mod.rs src/analysis/stats.rs
)
OUT=mutants.out.d

# Figures of a file's last run: "mutants caught missed unviable timeout". A run with --iterate lists the
# mutants it skipped (caught *or* unviable before) together in previously_caught.txt; `unviable.sofar`, kept
# beside mutants.out, remembers which of them were unviable, so they are not counted as caught. That list also
# keeps names of mutants that moved when the code changed: `all.txt` (the file's mutants when the run started)
# keeps only the current ones.
figures() {
    local d=$1/mutants.out
    l() {
        if [ "$1" = previously_caught ] && [ -f "$d/../all.txt" ]; then
            sort -u "$d/$1.txt" 2>/dev/null | comm -12 - <(sort -u "$d/../all.txt") || true
        else
            cat "$d/$1.txt" 2>/dev/null | grep . | sort -u || true
        fi
    }
    local all_unviable skipped_unviable caught missed unviable timeout
    all_unviable=$( (l unviable; grep . "$1/unviable.sofar" 2>/dev/null || true) | sort -u)
    skipped_unviable=$(comm -12 <(echo "$all_unviable") <(l previously_caught) | grep -c . || true)
    caught=$(( $( (l caught; l previously_caught) | sort -u | grep -c . || true) - skipped_unviable ))
    missed=$(l missed | grep -c . || true)
    unviable=$(( $(l unviable | grep -c . || true) + skipped_unviable ))
    timeout=$(l timeout | grep -c . || true)
    echo "$(( caught + missed + unviable + timeout )) $caught $missed $unviable $timeout"
}

# `--table` prints the figures of the last runs as a Markdown table (for the README), runs nothing.
if [ "${1:-}" = --table ]; then
    echo '| file | mutants | caught | missed | unviable | timed out |'
    echo '|---|---|---|---|---|---|'
    for d in "$OUT"/*/mutants.out; do
        file=$(basename "$(dirname "$d")" | sed 's/_/\//')
        echo "| $file | $(figures "$(dirname "$d")" | sed 's/ / | /g') |"
    done
    exit 0
fi
[ $# -gt 0 ] && FILES=("$@")

# The unit tests that may kill a mutant of a file: those of its area (scoring uses bank patterns, so the
# assessment and bank areas share one filter).
filter() {
    case $1 in
        src/assessment/* | src/bank/*) echo 'test(/assessment|bank/)' ;;
        src/i18n/*) echo 'test(/i18n/)' ;;
        src/analysis/*) echo 'test(/^analysis::/)' ;;
        # The placement engine's own tests; the exposure simulation (10 s) only where exposure lives, and
        # not the CLI's (they repeat the engine's figures at length).
        src/placement/cat.rs) echo 'test(/^placement::/)' ;;
        src/placement/*) echo 'test(/^placement::/) - test(sympson_hetter)' ;;
        *) echo "no test filter for $1" >&2; exit 2 ;;
    esac
}

# Unit tests of the first three areas take well under a second, so a mutant that runs 30 s has hung (glob
# mutants loop forever); the placement simulations take longer.
test_timeout() {
    case $1 in
        src/placement/*) echo 60 ;;  # its slowest test takes about 10 s; a mutant that loops forever times out
        *) echo 30 ;;
    esac
}

# cargo-mutants builds in a copy of the tree; a shared target dir keeps the dependencies built once for every
# file (otherwise each file's copy starts cold and rebuilds Rocket and sqlx first).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
mkdir -p "$OUT"
summary=()
for f in "${FILES[@]}"; do
    dir="$OUT/$(echo "${f#src/}" | tr / _)"
    start=$(date +%s)
    # Exit status 2 = some mutants missed, 3 = timeouts: report them, don't stop.
    # --cargo-arg=--lib builds only the unit-test binary (the build step ignores the args after --).
    # MUTANTS_ITERATE=1 resumes: mutants caught or unviable in the last run of the file are not tried again.
    iterate=()
    if [ -n "${MUTANTS_ITERATE:-}" ] && [ -d "$dir/mutants.out" ]; then
        iterate=(--iterate)
        # This run will list last run's unviable mutants as previously caught: remember them.
        cat "$dir/mutants.out/unviable.txt" "$dir/unviable.sofar" 2>/dev/null | grep . | sort -u \
            >"$dir/unviable.sofar.new" || true
        mv "$dir/unviable.sofar.new" "$dir/unviable.sofar"
    fi
    mkdir -p "$dir"
    cargo mutants --list -f "$f" >"$dir/all.txt"
    cargo mutants "${iterate[@]}" -f "$f" --profile mutants --test-tool nextest --baseline skip -j 1 --timeout "$(test_timeout "$f")" \
        --cargo-arg=--lib --output "$dir" -- -E "$(filter "$f")" || true
    secs=$(( $(date +%s) - start ))
    read -r total caught missed unviable timeout <<<"$(figures "$dir")"
    summary+=("$(printf '%-30s %4d mutants %4d caught %3d missed %3d unviable %3d timeout %5.1f min' "$f" \
        "$total" "$caught" "$missed" "$unviable" "$timeout" "$(echo "$secs / 60" | bc -l)")")
done
echo
printf '%s\n' "${summary[@]}"
printf '%s\n' "${summary[@]}" | awk '{m+=$2; c+=$4; x+=$6; u+=$8; t+=$10; s+=$12}
    END {printf "%-30s %4d mutants %4d caught %3d missed %3d unviable %3d timeout %5.1f min\n", "total", m, c, x, u, t, s}'
