#!/usr/bin/env bash
# gen_expected.sh: writes the expectation file (.out) of every test program with CPython 3.11, the
# oracle (`make expectations`). Same conventions as tests/unit/test_scripts.c:
#   tests/scripts/**/x.py  run as `python3 x.py` in its directory, stdin from x.in or /dev/null
#   tests/repl/x.txt       run as `python3 -q -i` in tests/repl with x.txt on stdin
# Format: stdout; a line "--- stderr ---" and stderr if stderr is not empty; a line "--- exit N ---"
# if the status is not 0 (a newline is added before a marker when the text before lacks one).
# CPython 3.11 prints the main script's absolute path in tracebacks: "<absolute dir>/" is removed
# from both streams (File "x.py"), so expectations do not depend on where the checkout lives.
# Files whose first line starts with "# tally-only:" are deliberate differences: skipped, their .out
# is written by hand. Usage: tests/gen_expected.sh [file...]   (default: all of them)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11)' 2>/dev/null; then
    echo "gen_expected.sh: expectations must come from CPython 3.11; $PY is $("$PY" -V 2>&1)" >&2
    echo "(set PYTHON=/path/to/python3.11)" >&2
    exit 1
fi
# -E: ignore PYTHON* variables (PYTHONSTARTUP would print in -i runs); -B: no __pycache__ in tests/
export LC_ALL=C.UTF-8
TIMEOUT=${TALLY_TEST_TIMEOUT:-10}

# expect <out-file> <stdout-file> <stderr-file> <status>
expect() {
    local out=$1 so=$2 se=$3 status=$4
    {
        cat "$so"
        if [ -s "$se" ]; then
            if [ -s "$so" ] && [ -n "$(tail -c1 "$so")" ]; then echo; fi
            echo "--- stderr ---"
            cat "$se"
        fi
        if [ "$status" -ne 0 ]; then
            if { [ -s "$se" ] && [ -n "$(tail -c1 "$se")" ]; } ||
               { [ ! -s "$se" ] && [ -s "$so" ] && [ -n "$(tail -c1 "$so")" ]; }; then echo; fi
            echo "--- exit $status ---"
        fi
    } > "$out"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_one <file>
run_one() {
    local f=$1 dir base stem status=0 input=/dev/null
    if head -n1 "$f" | grep -q '^# tally-only:'; then
        echo "skip (tally-only): $f"
        return
    fi
    dir=$(dirname "$f")
    base=$(basename "$f")
    stem=${f%.*}
    case "$f" in
    tests/repl/*.txt)
        (cd "$dir" && timeout "$TIMEOUT" "$PY" -E -B -q -i < "$base" > "$tmp/out" 2> "$tmp/err") || status=$?
        ;;
    *.py)
        [ -f "$stem.in" ] && input=$(realpath "$stem.in")
        (cd "$dir" && timeout "$TIMEOUT" "$PY" -E -B "$base" < "$input" > "$tmp/out" 2> "$tmp/err") || status=$?
        ;;
    *)
        echo "gen_expected.sh: not a test file: $f" >&2
        return 1
        ;;
    esac
    if [ "$status" -eq 124 ]; then
        echo "gen_expected.sh: $f: python3 timed out after ${TIMEOUT}s; no .out written" >&2
        return 1
    fi
    "$PY" -c 'import sys
prefix = sys.argv[1].encode() + b"/"
for path in sys.argv[2:]:
    with open(path, "rb") as f: data = f.read()
    with open(path, "wb") as f: f.write(data.replace(prefix, b""))' "$(cd "$dir" && pwd -P)" "$tmp/out" "$tmp/err"
    expect "$stem.out" "$tmp/out" "$tmp/err" "$status"
    echo "wrote $stem.out"
}

if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <( { find tests/scripts -name '*.py' -type f; find tests/repl -maxdepth 1 -name '*.txt' -type f; } | LC_ALL=C sort)
fi
failed=0
for f in "${files[@]}"; do
    run_one "$f" || failed=1
done
exit $failed
