#!/usr/bin/env python3
"""Measures rswig against swig on generated large interfaces, in one run.

    python3 run.py [--rswig PATH] [--swig swig] [--sizes 2000x200,5000x500]
                   [--langs python,lua,ruby] [--repeat 3] [--opt O0,O2]

For each size, bench/gen.py writes the interface; then, for each language,
swig and rswig generate the wrapper in turns (interleaved, `--repeat`
times), and gcc compiles each tool's wrapper once per `--opt` level. Each
child is timed with a monotonic clock and reaped with os.wait4, which gives
its own CPU time and peak resident set (ru_maxrss). Reported:

- codegen wall time (min over repeats) and CPU time (user+sys, min);
- codegen peak memory (max RSS over repeats);
- lines of the wrapper (`*_wrap.c`) and of every file written;
- gcc wall time to compile the wrapper to an object, per level;
- the ratio rswig/swig of each.

The tables are printed as Markdown and written to OUT/results.md, the raw
figures to OUT/results.json.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)


def run_measured(argv, cwd):
    """Runs argv to completion; returns (wall s, cpu s, peak RSS KiB, rc, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    # Read stderr before reaping, so a chatty child cannot block on a full pipe.
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss, proc.returncode, err.decode(errors="replace")


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def language_includes(lang):
    if lang == "python":
        return ["-I" + sysconfig.get_paths()["include"]]
    if lang == "lua":
        for d in ("/usr/include/lua5.4", "/usr/include/lua5.3"):
            if os.path.isfile(os.path.join(d, "lua.h")):
                return ["-I" + d]
        sys.exit("lua.h not found: apt-get install liblua5.4-dev")
    if lang == "ruby":
        out = subprocess.run(
            [
                "ruby",
                "-rrbconfig",
                "-e",
                'puts RbConfig::CONFIG["rubyhdrdir"], RbConfig::CONFIG["rubyarchhdrdir"]',
            ],
            capture_output=True,
            text=True,
        )
        dirs = out.stdout.split()
        if out.returncode != 0 or not os.path.isfile(os.path.join(dirs[0], "ruby.h")):
            sys.exit("ruby.h not found: apt-get install ruby ruby-dev")
        return ["-I" + d for d in dirs]
    raise ValueError(lang)


def generate(size_dir, functions, structs):
    subprocess.run(
        [
            sys.executable,
            os.path.join(HERE, "gen.py"),
            "--functions",
            str(functions),
            "--structs",
            str(structs),
            "--out",
            size_dir,
        ],
        check=True,
    )


def codegen(tool_path, lang, size_dir, out_dir):
    """One codegen run into a fresh out_dir; returns the measurement."""
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    argv = [
        tool_path,
        "-" + lang,
        "-o",
        os.path.join(out_dir, "big_wrap.c"),
        "-outdir",
        out_dir,
        "big.i",
    ]
    wall, cpu, rss, rc, err = run_measured(argv, size_dir)
    if rc != 0:
        sys.exit(f"{' '.join(argv)} failed ({rc}):\n{err}")
    return wall, cpu, rss


def compile_wrapper(lang, size_dir, out_dir, level):
    argv = (
        ["gcc", "-" + level, "-fPIC", "-w", "-c", "-I" + size_dir]
        + language_includes(lang)
        + [os.path.join(out_dir, "big_wrap.c"), "-o", os.path.join(out_dir, "big_wrap.o")]
    )
    wall, cpu, _, rc, err = run_measured(argv, out_dir)
    if rc != 0:
        print(f"warning: {' '.join(argv)} failed:\n{err[:2000]}", file=sys.stderr)
        return None
    return wall


def measure(args, tools, functions, structs, lang):
    size_dir = os.path.join(args.out, f"f{functions}_s{structs}")
    row = {"lang": lang, "functions": functions, "structs": structs}
    per_tool = {t: {"wall": [], "cpu": [], "rss": []} for t in tools}
    for _ in range(args.repeat):
        for tool, path in tools.items():
            out_dir = os.path.join(size_dir, f"{tool}_{lang}")
            wall, cpu, rss = codegen(path, lang, size_dir, out_dir)
            per_tool[tool]["wall"].append(wall)
            per_tool[tool]["cpu"].append(cpu)
            per_tool[tool]["rss"].append(rss)
    for tool in tools:
        out_dir = os.path.join(size_dir, f"{tool}_{lang}")
        m = per_tool[tool]
        files = sorted(os.listdir(out_dir))
        row[tool] = {
            "wall_s": min(m["wall"]),
            "cpu_s": min(m["cpu"]),
            "rss_kib": max(m["rss"]),
            "wrap_lines": count_lines(os.path.join(out_dir, "big_wrap.c")),
            "all_lines": sum(count_lines(os.path.join(out_dir, f)) for f in files),
            "files": files,
            "gcc_s": {},
        }
    for level in args.opt:
        for tool in tools:
            out_dir = os.path.join(size_dir, f"{tool}_{lang}")
            row[tool]["gcc_s"][level] = compile_wrapper(lang, size_dir, out_dir, level)
    return row


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "n/a"
    return f"{a / b:.3f}"


def fmt_s(v):
    return "failed" if v is None else f"{v:.3f} s"


def table(row, opt_levels):
    s, r = row["swig"], row["rswig"]
    lines = [
        f"#### {row['lang']}: {row['functions']} functions, {row['structs']} structs",
        "",
        "| measure | swig | rswig | rswig/swig |",
        "|---|---:|---:|---:|",
        f"| codegen wall time (min) | {fmt_s(s['wall_s'])} | {fmt_s(r['wall_s'])} | {ratio(r['wall_s'], s['wall_s'])} |",
        f"| codegen CPU time (min) | {fmt_s(s['cpu_s'])} | {fmt_s(r['cpu_s'])} | {ratio(r['cpu_s'], s['cpu_s'])} |",
        f"| codegen peak RSS | {s['rss_kib'] / 1024:.1f} MiB | {r['rss_kib'] / 1024:.1f} MiB | {ratio(r['rss_kib'], s['rss_kib'])} |",
        f"| wrapper lines (`big_wrap.c`) | {s['wrap_lines']:,} | {r['wrap_lines']:,} | {ratio(r['wrap_lines'], s['wrap_lines'])} |",
        f"| lines written (all files) | {s['all_lines']:,} | {r['all_lines']:,} | {ratio(r['all_lines'], s['all_lines'])} |",
    ]
    for level in opt_levels:
        sg, rg = s["gcc_s"].get(level), r["gcc_s"].get(level)
        lines.append(
            f"| gcc -{level} -c wrapper | {fmt_s(sg)} | {fmt_s(rg)} | {ratio(rg, sg)} |"
        )
    return "\n".join(lines) + "\n"


def tool_version(argv):
    try:
        out = subprocess.run(argv + ["-version"], capture_output=True, text=True)
    except OSError:
        return "not found"
    text = (out.stdout + out.stderr).strip().splitlines()
    # rswig prints the SWIG version it follows, then its own: prefer that.
    for line in text:
        if line.startswith("rswig "):
            return line.split(" (")[0]
    for line in text:
        if "ersion" in line:
            return line.strip()
    return text[0] if text else "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rswig", default=os.path.join(TOP, "target", "release", "rswig"))
    ap.add_argument("--swig", default="swig")
    ap.add_argument("--sizes", default="2000x200,5000x500")
    ap.add_argument("--langs", default="python,lua,ruby")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--opt", default="O0,O2", help="gcc levels; empty for none")
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    args = ap.parse_args()
    args.opt = [o for o in args.opt.split(",") if o]
    args.out = os.path.abspath(args.out)

    swig = shutil.which(args.swig)
    if swig is None:
        sys.exit(f"{args.swig} not found: apt-get install swig")
    if not os.path.isfile(args.rswig):
        sys.exit(f"{args.rswig} not found: run `cargo build --release` first")
    tools = {"swig": swig, "rswig": os.path.abspath(args.rswig)}

    header = (
        f"{tool_version([swig])}; {tool_version([tools['rswig']])}; "
        f"gcc {subprocess.run(['gcc', '-dumpfullversion'], capture_output=True, text=True).stdout.strip()}; Python {platform.python_version()}; "
        f"{os.cpu_count()} cores; repeat {args.repeat}, min time / max RSS\n"
    )
    print(header)
    report = [header]
    rows = []
    for size in args.sizes.split(","):
        functions, structs = (int(x) for x in size.lower().split("x"))
        size_dir = os.path.join(args.out, f"f{functions}_s{structs}")
        generate(size_dir, functions, structs)
        for lang in args.langs.split(","):
            row = measure(args, tools, functions, structs, lang)
            rows.append(row)
            text = table(row, args.opt)
            print(text, flush=True)
            report.append(text)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "results.md"), "w") as f:
        f.write("\n".join(report))
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
