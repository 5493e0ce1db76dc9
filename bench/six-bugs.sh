#!/usr/bin/env bash
# The six bugs of issue 17, each made again in a copy of the tree, one at a time, then the README's test
# command run on it: each must make at least one test fail. Not run by CI (seven builds and suite runs, about
# half an hour on 2 cores).
# usage: bench/six-bugs.sh [BUG...]   (default: all; CARGO_TARGET_DIR defaults to target/six-bugs)
# Prints one line per bug: the failing tests' count and the first few names, or "NOT CAUGHT" (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/six-bugs}"

ALL=(pass-mark penalty csrf deadline case-sensitive owner-page owner-api)
[ $# -gt 0 ] && ALL=("$@")

# Each bug: file, the code as it is, the code with the bug. The code must occur exactly once.
apply() {
    python3 - "$1" "$work/tree" <<'EOF'
import sys, pathlib
bug, tree = sys.argv[1], pathlib.Path(sys.argv[2])
BUGS = {
    # A learner exactly at the pass mark fails.
    "pass-mark": ("src/assessment/scoring.rs",
        "total.0 * 100 >= i64::from(quiz.pass_percent) * max.0",
        "total.0 * 100 > i64::from(quiz.pass_percent) * max.0"),
    # The multiple-choice penalty divided by the number of right options instead of wrong ones.
    "penalty": ("src/assessment/scoring.rs",
        "let wrong_total = (options.len() - correct.len()).max(1) as f64;",
        "let wrong_total = correct.len().max(1) as f64;"),
    # The API's CSRF header no longer checked on the cookie-session path.
    "csrf": ("src/web/guards.rs",
        "            let expected = req.cookies().get_private(CSRF_COOKIE);\n            if !expected.is_some_and(|c| same_secret(c.value(), sent)) {",
        "            let expected = req.cookies().get_private(CSRF_COOKIE);\n            if false && !expected.is_some_and(|c| same_secret(c.value(), sent)) {"),
    # "Expired" from the deadline's own second on (the one rule the core, the service and the SQL share).
    "deadline": ("src/assessment/attempt.rs",
        "    limit < in_time_from(now)\n",
        "    limit <= in_time_from(now)\n"),
    # A short answer's `case_sensitive = true` ignored.
    "case-sensitive": ("src/bank/parse.rs",
        "                raw.case_sensitive.as_ref(),\n                raw.diacritics_sensitive.as_ref(),\n",
        "                None,\n                raw.diacritics_sensitive.as_ref(),\n"),
    # Saving answers on the page loads the attempt by its id, whoever owns it.
    "owner-page": ("src/web/learner.rs",
        "    let autosave = form.get(\"go\") == Some(\"autosave\");\n    let now = app.clock.now();\n    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;",
        "    let autosave = form.get(\"go\") == Some(\"autosave\");\n    let now = app.clock.now();\n    let owner = crate::db::attempts::find_attempt(&app.db, id).await.ok().flatten().map_or(user.0.id, |a| a.user_id);\n    let a = service::load_attempt(&app.db, &bank, owner, id, now).await?;"),
    # Saving an answer over the API loads the attempt by its id, whoever owns it.
    "owner-api": ("src/web/api/mod.rs",
        "    let a = service::load_attempt(&app.db, &bank, user.0.id, id, now).await?;\n    let answer = body(answer)?;",
        "    let owner = crate::db::attempts::find_attempt(&app.db, id).await.ok().flatten().map_or(user.0.id, |a| a.user_id);\n    let a = service::load_attempt(&app.db, &bank, owner, id, now).await?;\n    let answer = body(answer)?;"),
}
path, before, after = BUGS[bug]
file = tree / path
text = file.read_text()
if text.count(before) != 1:
    sys.exit(f"{bug}: the code to change is not in {path} exactly once (it moved: update bench/six-bugs.sh)")
file.write_text(text.replace(before, after))
EOF
}

missed=0
for bug in "${ALL[@]}"; do
    rm -rf "$work/tree"
    mkdir -p "$work/tree"
    git ls-files -z | xargs -0 cp --parents -t "$work/tree"
    apply "$bug"
    log="$work/$bug.log"
    # The README's test command, on the changed copy.
    (cd "$work/tree" && cargo test --no-fail-fast >"$log" 2>&1) || true
    failed=$(grep -E '^test .* FAILED$' "$log" | sed -E 's/^test (.*) \.\.\. FAILED$/\1/' | sort -u || true)
    if grep -q '^error\(\[E[0-9]*\]\)\?:' "$log" && [ -z "$failed" ]; then
        echo "$bug: does not build"; grep -m5 '^error' "$log"; missed=1
    elif [ -z "$failed" ]; then
        echo "$bug: NOT CAUGHT"; missed=1
    else
        echo "$bug: caught by $(echo "$failed" | grep -c .) tests, e.g. $(echo "$failed" | head -3 | paste -sd ' ')"
    fi
done
exit $missed
