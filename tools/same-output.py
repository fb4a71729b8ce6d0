#!/usr/bin/env python3
"""Checks that two rswig binaries write the same files, messages and exit
codes for every interface the project has: the runtime test cases (with
their rswig.opts), the examples, the diagnostics cases, a generated bench
interface, and any extra folders of .i files (e.g. a swig-conformance
--keep folder).

For refactorings that must not change the output (speed, memory):

    cp target/release/rswig /tmp/rswig-base      # before the change
    ... change, cargo build --release ...
    tools/same-output.py --base /tmp/rswig-base --new target/release/rswig

Exits 1 and lists the differences when any output differs.
"""

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("python", "lua", "ruby")


def case_jobs():
    """(name, folder, interface, langs, options) of each runtime case."""
    for case in sorted((ROOT / "tests" / "cases").iterdir()):
        name = case.name
        if not (case / f"{name}.i").is_file():
            continue
        langs = [l for l, s in (("python", "test.py"), ("lua", "test.lua"), ("ruby", "test.rb"))
                 if (case / s).is_file()]
        opts_file = case / "rswig.opts"
        opts = opts_file.read_text().split() if opts_file.is_file() else []
        modules = case / "rswig.modules"
        extra = modules.read_text().split() if modules.is_file() else []
        for module in extra + [name]:
            yield (f"cases/{name}/{module}", case, f"{module}.i", langs, opts)


def folder_jobs(folder, label):
    for i in sorted(Path(folder).rglob("*.i")):
        yield (f"{label}/{i.relative_to(folder)}", i.parent, i.name, list(LANGS), [])


def run(binary, folder, interface, lang, opts, out):
    """Runs one binary in a copy of `folder`; returns (exit code, stderr)."""
    work = out / "work"
    shutil.copytree(folder, work, symlinks=True)
    gen = out / "gen"
    gen.mkdir()
    extra = ["-pyi"] if lang == "python" else []
    try:
        p = subprocess.run(
            [binary, f"-{lang}", *extra, *opts, "-outdir", str(gen), "-o",
             str(gen / (Path(interface).stem + "_wrap.c")), interface],
            cwd=work, capture_output=True, timeout=120)
        code, err = p.returncode, p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        code, err = "timeout", ""
    shutil.rmtree(work)
    return code, err.replace(str(out), "<out>")


def same_tree(a, b):
    cmp = filecmp.dircmp(a, b)
    diffs = cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files
    # filecmp compares sizes and mtimes first; compare contents for sure.
    for name in cmp.common_files:
        if (a / name).read_bytes() != (b / name).read_bytes() and name not in diffs:
            diffs.append(name)
    return diffs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the reference rswig binary")
    ap.add_argument("--new", required=True, help="the rswig binary under test")
    ap.add_argument("--extra", action="append", default=[],
                    help="another folder of .i files (each run in its own folder)")
    ap.add_argument("--bench-size", default="300x30",
                    help="functions x structs of the generated bench interface")
    ap.add_argument("--keep", help="folder to keep the outputs that differ in")
    args = ap.parse_args()
    args.base = str(Path(args.base).resolve())
    args.new = str(Path(args.new).resolve())

    scratch = Path(tempfile.mkdtemp(prefix="rswig-same-"))
    bench = scratch / "bench"
    fns, structs = args.bench_size.split("x")
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen.py"), "--functions", fns,
                    "--structs", structs, "--out", str(bench)], check=True)

    jobs = list(case_jobs())
    jobs += folder_jobs(ROOT / "examples", "examples")
    jobs += folder_jobs(ROOT / "tests" / "diagnostics", "diagnostics")
    jobs += folder_jobs(bench, "bench")
    for n, extra in enumerate(args.extra):
        jobs += folder_jobs(Path(extra), f"extra{n}")

    failures = 0
    runs = 0
    for label, folder, interface, langs, opts in jobs:
        for lang in langs:
            runs += 1
            outs = []
            for tag, binary in (("base", args.base), ("new", args.new)):
                out = scratch / "run" / tag
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir(parents=True)
                outs.append((out, run(binary, folder, interface, lang, opts, out)))
            (a, ra), (b, rb) = outs
            problems = []
            if ra != rb:
                problems.append(f"exit/stderr differ: base {ra[0]} new {rb[0]}\n"
                                f"--- base stderr\n{ra[1]}--- new stderr\n{rb[1]}")
            diffs = same_tree(a / "gen", b / "gen")
            if diffs:
                problems.append("files differ: " + ", ".join(sorted(diffs)))
            if problems:
                failures += 1
                print(f"DIFF {label} -{lang}: " + "\n  ".join(problems))
                if args.keep:
                    dest = Path(args.keep) / f"{label.replace('/', '_')}-{lang}"
                    shutil.rmtree(dest, ignore_errors=True)
                    shutil.copytree(scratch / "run", dest)
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"{runs} runs, {failures} differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
