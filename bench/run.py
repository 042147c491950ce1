#!/usr/bin/env python3
"""bench/run.py: tally against CPython (python3, and python3.11 when installed) and Lua 5.4 (where
a twin bench/lua/NAME.lua exists) on the programs in bench/.

Each program runs under every interpreter in turn, interleaved (tally, python3, py3.11, lua,
tally, ...), so that a slow moment of the machine hits all of them alike. Reported: the median
wall-clock time of the runs (taken by bench/launch.c from its fork of the program to reaping it,
so the runner's own process start-up is not counted), the ratio tally/python3 (below 1 means
tally is faster), the peak resident memory of each child (its ru_maxrss, read by launch.c too:
see there why not by os.wait4 here), the geometric mean of the ratios, and which programs are slower under tally than
under python3 (ratio above 1.00). tally's output must be python3's, byte for byte, or the row is
marked MISMATCH (and a failed run FAILED); a differing python3.11 or Lua output is noted too. The
first row is start-up: an empty program, run more often and also printed in milliseconds. Peak
memory above python3's is listed under the geometric mean. The python3.11 column is there even when python3 is
itself a 3.11: it is the fixed reference tally aims at.

usage: python3 bench/run.py [--runs N] [--tally PATH] [program.py ...]    (`make bench`)
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


TOOLS = ("run.py", "instr.py")       # the Python files in bench/ that are not benchmarks
LAUNCH_SRC = os.path.join(HERE, "launch.c")
LAUNCH = os.path.join(ROOT, "build", "bench", "launch")


def build_launcher():
    if (os.path.exists(LAUNCH) and
            os.path.getmtime(LAUNCH) >= os.path.getmtime(LAUNCH_SRC)):
        return
    os.makedirs(os.path.dirname(LAUNCH), exist_ok=True)
    cc = os.environ.get("CC", "cc")
    subprocess.run([cc, "-O2", "-o", LAUNCH, LAUNCH_SRC], check=True)


def run_once(argv):
    """Runs argv through the launcher; returns (seconds, peak RSS in KiB, exit status, stdout).
    The seconds are the launcher's, from its fork of the program to reaping it."""
    r, w = os.pipe()
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([LAUNCH, str(w)] + argv, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=err, pass_fds=(w,))
        os.close(w)
        out = proc.stdout.read()
        proc.wait()
        elapsed = time.perf_counter() - start
    with os.fdopen(r) as report:
        fields = report.read().split()
    if len(fields) != 3:
        return elapsed, 0, proc.returncode or 1, out
    return float(fields[2]), int(fields[0]), int(fields[1]), out


def measure(commands, runs):
    """commands: {name: argv or None}. Returns {name: dict(times, rss, status, out)}, interleaved."""
    results = {name: {"times": [], "rss": 0, "status": 0, "out": None}
               for name, argv in commands.items() if argv}
    for _ in range(runs):
        for name, argv in commands.items():
            if not argv:
                continue
            seconds, rss, status, out = run_once(argv)
            r = results[name]
            r["times"].append(seconds)
            r["rss"] = max(r["rss"], rss)
            if status != 0:
                r["status"] = status
            r["out"] = out
    return results


def fmt_time(r):
    return f"{statistics.median(r['times']):8.3f}" if r else "       -"


def fmt_rss(r):
    return f"{r['rss'] / 1024:7.1f}" if r else "      -"


def version_of(exe):
    """The version string of a Python interpreter, or '?' if it cannot be asked."""
    try:
        out = subprocess.run([exe, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        out = ""
    return out or "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tally", default=os.path.join(ROOT, "build", "release", "tally"))
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()

    if not os.access(args.tally, os.X_OK):
        sys.exit(f"bench: {args.tally} not found: build it first (make)")
    build_launcher()
    python = shutil.which("python3")
    py311 = shutil.which("python3.11")
    lua = shutil.which("lua5.4")
    programs = args.programs or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".py") and f not in TOOLS)

    print(f"tally bench: {args.runs} runs each, interleaved; median seconds; peak RSS in MiB")
    print(f"python3: {version_of(python) if python else 'not found'}; "
          f"python3.11: {version_of(py311) if py311 else 'not found'}; "
          f"lua5.4: {'yes' if lua else 'not installed'}")
    header = (f"{'program':<13} {'tally':>8} {'python3':>8} {'py3.11':>8} {'lua':>8} {'tally/py':>9}"
              f" {'RSS tally':>9} {'RSS py':>7} {'RSS 3.11':>8} {'RSS lua':>7}  note")
    print(header)
    print("-" * len(header))

    ratios = []
    slower = []
    bigger = []
    startup = ""
    with tempfile.NamedTemporaryFile("w", suffix=".py") as empty:
        rows = [("startup", empty.name, None)]
        for path in programs:
            name = os.path.splitext(os.path.basename(path))[0]
            twin = os.path.join(HERE, "lua", name + ".lua")
            rows.append((name, path, twin if lua and os.path.exists(twin) else None))
        for name, path, twin in rows:
            commands = {
                "tally": [args.tally, path],
                "python3": [python, path] if python else None,
                "py3.11": [py311, path] if py311 else None,
                "lua": [lua, twin] if twin else None,
            }
            # start-up is short and noisy: it gets more runs
            res = measure(commands, max(args.runs, 21) if name == "startup" else args.runs)
            t, p, p11, l = res.get("tally"), res.get("python3"), res.get("py3.11"), res.get("lua")
            notes = []
            if t["status"] != 0:
                notes.append(f"FAILED (tally exit {t['status']})")
            elif p and t["out"] != p["out"]:
                notes.append("MISMATCH (tally's output differs from python3's)")
            if p11 and p and (p11["status"] != 0 or p11["out"] != p["out"]):
                notes.append("py3.11 output differs")
            if l and p and l["out"] != p["out"]:
                notes.append("lua output differs")
            ratio = "        -"
            if p and t["status"] == 0:
                r = statistics.median(t["times"]) / statistics.median(p["times"])
                ratio = f"{r:8.2f}x"
                if name != "startup" and not notes:
                    ratios.append(r)
                    if r > 1.0:
                        slower.append(f"{name} ({r:.2f}x)")
                    if t["rss"] > p["rss"]:
                        bigger.append(f"{name} ({t['rss'] / 1024:.1f} MiB > {p['rss'] / 1024:.1f} MiB)")
            print(f"{name:<13} {fmt_time(t)} {fmt_time(p)} {fmt_time(p11)} {fmt_time(l)} {ratio}"
                  f" {fmt_rss(t):>9} {fmt_rss(p)} {fmt_rss(p11):>8} {fmt_rss(l)}  {' '.join(notes)}",
                  flush=True)
            if name == "startup":
                startup = (f"start-up, empty program (median of {len(t['times'])} runs): "
                           f"tally {statistics.median(t['times']) * 1000:.1f} ms")
                if p:
                    startup += f", python3 {statistics.median(p['times']) * 1000:.1f} ms"

    print(startup)
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean tally/python3 over {len(ratios)} programs (start-up excluded, "
              f"failed and mismatched ones left out): {geo:.2f}x")
        print(f"slower than python3 (ratio > 1.00): {len(slower)} of {len(ratios)}"
              + (": " + ", ".join(slower) if slower else ""))
        print(f"peak memory above python3's: {len(bigger)} of {len(ratios)}"
              + (": " + ", ".join(bigger) if bigger else ""))
    else:
        print("geometric mean: no program ran correctly under tally")


if __name__ == "__main__":
    main()
