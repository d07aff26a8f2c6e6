"""How the members figures grow with the number of members (issue 13, "Scale").

Runs `bench_members.py --members N` for each N given (default 10,000, 100,000 and 1,000,000),
each in a process of its own, reads the median of every figure it prints, and prints one table:
the figure at each size and how much it grew for each tenfold growth of the community. A figure
that grows faster than the number of members (more than 10× per tenfold) is marked.

    cd bench && QT_API=pyside6 ../.venv/bin/python bench_scale.py [--sizes 10000,100000,1000000]

The demo databases are built once and kept in .bench/ (a 1,000,000-member one takes minutes).
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import sys
from pathlib import Path

from _common import env_for_child

HERE = Path(__file__).resolve().parent
FIGURE = re.compile(r"^\s{2}(?P<label>\S.*?)\s+median\s+(?P<ms>[\d.]+) ms")


def figures(members: int) -> tuple[dict[str, float], str]:
    """Median milliseconds of each figure `bench_members.py` printed at this size."""
    child = subprocess.run(
        [sys.executable, str(HERE / "bench_members.py"), "--members", str(members)],
        capture_output=True,
        text=True,
        env=env_for_child(),
        cwd=HERE,
        timeout=3 * 3600,
    )
    out: dict[str, float] = {}
    for text in child.stdout.splitlines():
        m = FIGURE.match(text)
        if m:
            out.setdefault(m["label"].strip(), float(m["ms"]))
    return out, child.stdout if child.returncode == 0 else child.stdout + child.stderr[-2000:]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--show-runs", action="store_true", help="print each run's own output")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    runs: dict[int, dict[str, float]] = {}
    for n in sizes:
        got, text = figures(n)
        runs[n] = got
        if args.show_runs or not got:
            print(text)
    labels = [label for label in runs[sizes[0]] if all(label in runs[n] for n in sizes)]
    head = "".join(f"{n:>14,}" for n in sizes)
    print(f"\nMembers figures by community size (median ms){' ' * 4}{head}   growth per 10×")
    for label in labels:
        values = [runs[n][label] for n in sizes]
        growth = []
        for (a, va), (b, vb) in zip(
            zip(sizes, values, strict=True), zip(sizes[1:], values[1:], strict=True), strict=False
        ):
            per_tenfold = (vb / va) ** (1 / math.log10(b / a)) if va else 0
            growth.append(f"{per_tenfold:5.1f}×{' !' if per_tenfold > 10 else '  '}")
        cells = "".join(f"{v:14.1f}" for v in values)
        print(f"  {label:<48}{cells}   {' '.join(growth)}")
    print("  (! = grew faster than the number of members)")


if __name__ == "__main__":
    main()
