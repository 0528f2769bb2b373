"""Run every benchmark and write docs/benchmarks.md.

Each ``bench/bench_*.py`` defines ``run(n_stories) -> list[dict]`` with one dict per
figure: ``{"name", "value", "unit", "target", "ok"}``. This runs each of them at 1,000
and 10,000 stories (a module may set ``SIZES`` when size does not apply to it), each in
its own process so one benchmark's memory or crash cannot spoil another's figures, and
writes one Markdown table with the machine it was measured on.

    python bench/run.py                      # everything, both sizes
    python bench/run.py --sizes 1000         # quicker
    python bench/run.py --only crash,coding  # re-measure some; the others' figures stay
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = REPO / "docs" / "benchmarks.md"
# The figures as data beside the table, so `--only X` can re-measure one benchmark and
# keep the others' last figures.
SIZES = (1000, 10_000)
MARK = "\x1eFIGURES\x1e"


def benchmarks() -> list[Path]:
    return sorted(HERE.glob("bench_*.py"))


def sizes_for(path: Path, default: tuple[int, ...]) -> tuple[int, ...]:
    """A module's own ``SIZES = (...)`` line (read, not run), else the sizes asked for."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("SIZES = "):
            try:
                return tuple(int(x) for x in ast.literal_eval(line.split("=", 1)[1].strip()))
            except (ValueError, SyntaxError, TypeError):
                return default
    return default


def run_one(path: Path, n_stories: int, timeout: float) -> tuple[list[dict], float, str]:
    """One benchmark at one size, in a fresh process. Returns (figures, seconds, error)."""
    code = (
        "import json, sys, runpy\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        f"module = runpy.run_path({str(path)!r}, run_name='bench')\n"
        f"rows = module['run']({n_stories})\n"
        f"print({MARK!r} + json.dumps(rows, default=str))\n"
    )
    began = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=timeout, cwd=REPO,
                              env=dict(os.environ, PYTHONPATH=str(REPO)))
    except subprocess.TimeoutExpired:
        return [], time.monotonic() - began, f"timed out after {timeout:.0f} s"
    seconds = time.monotonic() - began
    if done.returncode != 0 or MARK not in done.stdout:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [], seconds, tail[:300]
    rows = json.loads(done.stdout.rsplit(MARK, 1)[1])
    return rows, seconds, ""


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return {
        "CPU": cpu,
        "Cores": f"{usable} usable ({os.cpu_count()} in the machine)",
        "Memory": memory or "?",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "Date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def render(results: list[dict], info: dict[str, str], elapsed: float) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `python bench/run.py`; do not edit by hand. Each benchmark runs in its own",
        "process at each workshop size. Targets come from the issues; ✅ met, ❌ not met.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {k} | {_cell(v)} |" for k, v in info.items()),
        f"| Last run | {elapsed / 60:.1f} min |",
        "",
    ]
    by_bench: dict[str, list[dict]] = {}
    for row in results:
        by_bench.setdefault(row["bench"], []).append(row)
    failed = [r for r in results if r.get("ok") is False]
    lines += ["## Summary", "",
              f"{len(results)} figures, {len(results) - len(failed)} meet their target"
              + (f", {len(failed)} do not." if failed else "."), ""]
    for bench, rows in by_bench.items():
        lines += [f"## {bench}", "", f"Measured {rows[0].get('measured', '?')}.", "",
                  "| Figure | Stories | Value | Target | |",
                  "|---|---:|---:|---|:-:|"]
        for r in rows:
            value = f"{r.get('value', '')} {r.get('unit', '')}".strip()
            mark = "✅" if r.get("ok") else "❌"
            lines.append(f"| {_cell(r.get('name', ''))} | {r['n_stories']:,} | {_cell(value)} "
                         f"| {_cell(r.get('target', ''))} | {mark} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="workshop sizes in stories, comma-separated")
    parser.add_argument("--only", default="", help="benchmark names, e.g. crash,coding")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per run")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(",") if s)
    wanted = {w.strip() for w in args.only.split(",") if w.strip()}
    results: list[dict] = []
    began = time.monotonic()
    for path in benchmarks():
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        for n in sizes_for(path, sizes):
            print(f"{name} at {n:,} stories …", file=sys.stderr, flush=True)
            rows, seconds, error = run_one(path, n, args.timeout)
            if error:
                rows = [{"name": f"benchmark did not finish: {error}", "value": "",
                         "unit": "", "target": "finishes", "ok": False}]
            for row in rows:
                row.update(bench=name, n_stories=n, seconds=round(seconds, 1))
                print(f"  {'ok ' if row.get('ok') else 'BAD'} {row['name']}: "
                      f"{row.get('value')} {row.get('unit', '')}", file=sys.stderr)
            results.extend(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data_file = args.out.with_suffix(".json")
    if wanted and data_file.exists():
        ran = {row["bench"] for row in results} | wanted
        kept = [r for r in json.loads(data_file.read_text(encoding="utf-8"))
                if r.get("bench") not in ran]
        results = sorted(kept + results, key=lambda r: r["bench"])
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    for row in results:
        row.setdefault("measured", stamp)
    data_file.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    args.out.write_text(render(results, machine(), time.monotonic() - began) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0 if all(r.get("ok") for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
