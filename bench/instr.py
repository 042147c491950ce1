#!/usr/bin/env python3
"""bench/instr.py: instruction counts (valgrind's callgrind) of a few benchmark programs, shrunk
so that each runs in seconds under valgrind, for tally and python3. Unlike times, the counts do
not depend on what else the machine is doing, so the README keeps them to show regressions.

Each count has the interpreter's start-up (an empty program) subtracted. Ratio below 1 means
tally executes fewer instructions than CPython.

usage: python3 bench/instr.py [--tally PATH]        (needs valgrind)
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# program -> (text in it, smaller replacement)
SHRINK = {
    "fib.py": ("for i in range(4):\n    total += fib(30)", "for i in range(1):\n    total += fib(22)"),
    "loops.py": ("work(3000000)", "work(300000)"),
    "nbody.py": ("advance(bodies, 0.01, 100000)", "advance(bodies, 0.01, 10000)"),
    "richards.py": ("Richards().run(8)", "Richards().run(1)"),
    "deltablue.py": ("for _ in range(12)", "for _ in range(1)"),
    "alloc.py": ("churn(1200000)", "churn(100000)"),
}


def count(argv):
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name] + argv,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"refs:\s+([\d,]+)", r.stderr)
    if r.returncode != 0 or m is None:
        sys.exit(f"instr.py: {' '.join(argv)} failed:\n{r.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tally", default=os.path.join(ROOT, "build", "release", "tally"))
    args = ap.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.py")
        open(empty, "w").close()
        base_t, base_p = count([args.tally, empty]), count([python, empty])
        print(f"start-up (empty program): tally {base_t / 1e6:.1f}M, python3 {base_p / 1e6:.1f}M instructions")
        print(f"{'program':<14} {'tally':>10} {'python3':>10} {'ratio':>7}")
        for name, (old, new) in SHRINK.items():
            src = open(os.path.join(HERE, name)).read()
            if old not in src:
                sys.exit(f"instr.py: {name} no longer contains {old!r}")
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(src.replace(old, new))
            t = count([args.tally, path]) - base_t
            p = count([python, path]) - base_p
            print(f"{name[:-3]:<14} {t / 1e6:>9.1f}M {p / 1e6:>9.1f}M {t / p:>6.2f}x", flush=True)


if __name__ == "__main__":
    main()
