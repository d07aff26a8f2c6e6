"""Cold start of the built binary (start → first painted member rows, offscreen) against the bare
PySide6 window of bench/_bare_window.py, alternating, in the same run.

Usage: python build_support/cold_start.py BINARY DB [--runs N]
Prints the medians and the ratio (and the same app run from the venv, when there is one); exits
non-zero only when a process fails to paint or to exit.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "first-rows-painted"


def first_paint(cmd: list[str], env: dict[str, str], timeout: float = 120.0) -> float:
    """Seconds from spawning `cmd` to it printing MARKER; the process must then exit with 0."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    elapsed = None
    for out in proc.stdout:
        if MARKER in out:
            elapsed = time.perf_counter() - started
            break
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SystemExit(f"{cmd[0]} did not exit within {timeout:.0f} s after painting") from None
    if elapsed is None or proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} ended (code {proc.returncode}) without {MARKER!r}:\n{err}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    data = tempfile.mkdtemp(prefix="shequn-cold-")
    ours_env = dict(env, SHEQUN_EXIT_AFTER_FIRST_ROWS="1", SHEQUN_DATA_DIR=data)
    bare_cmd = [sys.executable, str(ROOT / "bench" / "_bare_window.py"), args.db]
    ours_cmd = [args.binary, "--db", args.db]
    source = Path(sys.executable).with_name("shequn")  # the same app run from source (venv)
    source_cmd = [str(source), "--db", args.db] if source.exists() else None
    bare, ours, from_source = [], [], []
    for _ in range(args.runs):
        bare.append(first_paint(bare_cmd, env))
        ours.append(first_paint(ours_cmd, ours_env))
        if source_cmd:
            from_source.append(first_paint(source_cmd, ours_env))
    b, o = statistics.median(bare), statistics.median(ours)
    print(
        f"cold start, {args.runs} runs each, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}:"
    )
    print(
        f"  bare PySide6 window (venv Python): median {b * 1000:.0f} ms, worst {max(bare) * 1000:.0f} ms"
    )
    print(
        f"  built shequn → first rows painted: median {o * 1000:.0f} ms, worst {max(ours) * 1000:.0f} ms"
    )
    if from_source:
        s = statistics.median(from_source)
        print(
            f"  shequn from source (venv) → first rows: median {s * 1000:.0f} ms, "
            f"worst {max(from_source) * 1000:.0f} ms"
        )
    print(f"  ratio built / bare: {o / b:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
