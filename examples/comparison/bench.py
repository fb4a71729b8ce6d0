#!/usr/bin/env python3
"""Runs every approach side by side and prints the comparison table.

    python3 bench.py [--rswig PATH] [--swig swig] [--rounds 9] [--no-build]

1. Builds each approach from scratch with `make -B <target>`, timed (wall
   and CPU time of make and everything it runs, from os.wait4).
2. Imports every Python module into this one process and times each call
   with timeit, interleaved: each round visits every approach (in a rotated
   order) for every call, and the figure kept is the minimum over rounds, in
   ns per call (including timeit's loop, the same for every approach).
   The clock is the process's CPU time (time.process_time), and each
   measurement lasts about 5 ms, so that other processes on a loaded
   machine disturb the figures little.
3. Runs lua/bench.lua and ruby/bench.rb, which do the same for Lua and Ruby.
4. Prints the tables (Markdown), writes build/results.md, build/results.json
   and chart.svg (a bar chart drawn here, no plotting library).
"""

import argparse
import ctypes
import json
import os
import shutil
import subprocess
import sys
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")

# approach -> (make target, files the user writes, generated files, label)
PY_APPROACHES = {
    "hand": ("hand", ["hand/handmod.c"], [], "hand-written C (METH_FASTCALL)"),
    "ctypes": ("ctypes", ["ctypes_clib.py"], [], "ctypes"),
    "cffi-abi": ("cffi-abi", ["cffi_abi_clib.py"], [], "cffi, ABI mode"),
    "cffi-api": ("cffi-api", ["cffi_api_build.py"], ["build/_cffi_api_clib.c"], "cffi, API mode"),
    "cython": ("cython", ["cy_clib.pyx"], ["build/cy_clib.c"], "Cython"),
    "swig": ("swig", ["clib.i"], ["build/swig_clib_wrap.c", "build/swig_clib.py"], "SWIG 4.1"),
    "swig-builtin": (
        "swig-builtin",
        ["clib.i"],
        ["build/swigb_clib_wrap.c", "build/swigb_clib.py"],
        "SWIG 4.1 -builtin",
    ),
    "rswig": ("rswig", ["clib.i"], ["build/rswig_clib_wrap.c", "build/rswig_clib.py"], "rswig"),
}
LUA_APPROACHES = {
    "lua-hand": ("lua-hand", ["lua/handmod.c"], [], "hand-written C"),
    "lua-swig": ("lua-swig", ["clib.i"], ["build/lua/swig_clib_wrap.c"], "SWIG 4.1"),
    "lua-rswig": ("lua-rswig", ["clib.i"], ["build/lua/rswig_clib_wrap.c"], "rswig"),
}
RUBY_APPROACHES = {
    "ruby-hand": ("ruby-hand", ["ruby/handmod.c"], [], "hand-written C"),
    "ruby-swig": ("ruby-swig", ["clib.i"], ["build/ruby/swig_clib_wrap.c"], "SWIG 4.1"),
    "ruby-rswig": ("ruby-rswig", ["clib.i"], ["build/ruby/rswig_clib_wrap.c"], "rswig"),
}
SWIG_APPROACHES = {"swig", "swig-builtin", "lua-swig", "ruby-swig"}

# The calls, in the order of the table: (name, statement). In a statement,
# `m` is the module (for cffi: its `lib`), `p` a Point with x=3, y=4, and
# `s` the string argument ("hi"; bytes for ctypes and cffi, which take char*
# as bytes). ctypes and cffi return get_time() as bytes / a char* cdata.
CALLS = [
    ("myadd(3, 4)", "f(3, 4)", "myadd"),
    ("fact(10)", "f(10)", "fact"),
    ("my_mod(17, 5)", "f(17, 5)", "my_mod"),
    ("get_time()", "f()", "get_time"),
    ("myprint(s)", "f(s)", "myprint"),
    ("Point()", "f()", None),
    ("p.x", "p.x", None),
    ("point_dist2(p)", "f(p)", "point_dist2"),
]


def run_measured(argv, cwd):
    """Runs argv; returns (wall s, cpu s of it and its children, rc, output)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.stdout.close()
    wall = time.perf_counter() - start
    return (
        wall,
        usage.ru_utime + usage.ru_stime,
        os.waitstatus_to_exitcode(status),
        out.decode(errors="replace"),
    )


def count_lines(rel):
    path = os.path.join(HERE, rel)
    if not os.path.isfile(path):
        return None
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def build_all(approaches, make_vars, have_swig):
    """Builds each approach from scratch; returns {approach: (wall, cpu) or reason}."""
    times = {}
    for name, (target, _, _, _) in approaches.items():
        if name in SWIG_APPROACHES and not have_swig:
            times[name] = "swig not installed"
            continue
        wall, cpu, rc, out = run_measured(["make", "-s", "-B", target] + make_vars, HERE)
        if rc != 0:
            print(f"make {target} failed:\n{out}", file=sys.stderr)
            times[name] = "build failed"
        else:
            times[name] = (wall, cpu)
    return times


class Subject:
    """One Python approach's module, point and string, ready to time."""

    def __init__(self, name):
        self.name = name
        if name in ("cffi-abi", "cffi-api"):
            mod = __import__("cffi_abi_clib" if name == "cffi-abi" else "_cffi_api_clib")
            self.ffi, self.lib = mod.ffi, mod.lib
            self.s = b"hi"
            self.new_point = lambda ffi=self.ffi: ffi.new("Point *")
        else:
            module = {
                "hand": "handmod",
                "ctypes": "ctypes_clib",
                "cython": "cy_clib",
                "swig": "swig_clib",
                "swig-builtin": "swigb_clib",
                "rswig": "rswig_clib",
            }[name]
            self.lib = __import__(module)
            self.s = b"hi" if name == "ctypes" else "hi"
            self.new_point = self.lib.Point
        self.p = self.new_point()
        self.p.x, self.p.y = 3, 4

    def timer(self, stmt, func):
        if func is not None:
            f = getattr(self.lib, func)
        elif stmt == "f()":
            f = self.new_point
        else:
            f = None
        return timeit.Timer(
            stmt, timer=time.process_time, globals={"f": f, "p": self.p, "s": self.s}
        )


def check_subject(sub):
    """Each approach must compute the same answers before it is timed."""
    lib = sub.lib
    got = (lib.myadd(3, 4), lib.fact(10), lib.my_mod(17, 5), lib.point_dist2(sub.p), sub.p.x)
    if got != (7, 3628800, 2, 25, 3):
        sys.exit(f"{sub.name}: wrong answers {got}")


def time_python(names, rounds, quick):
    sys.path[:0] = [BUILD, HERE]
    subjects = [Subject(n) for n in names]
    for sub in subjects:
        check_subject(sub)
    timers = {(s.name, c[0]): s.timer(c[1], c[2]) for s in subjects for c in CALLS}
    # myprint writes to C's stdout: send fd 1 to /dev/null while timing.
    libc = ctypes.CDLL(None)
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    best = {}
    try:
        numbers = {}
        for key, t in timers.items():
            if quick:
                numbers[key] = 200
                continue
            n, _ = t.autorange()  # at least 0.2 s worth; also warms up
            numbers[key] = max(1, n // 40)  # ~5 ms per measurement
        for r in range(rounds):
            order = subjects[r % len(subjects):] + subjects[: r % len(subjects)]
            for call in CALLS:
                for sub in order:
                    key = (sub.name, call[0])
                    n = numbers[key]
                    ns = timers[key].timeit(n) / n * 1e9
                    best[key] = min(best.get(key, ns), ns)
        loop = min(
            timeit.Timer("pass", timer=time.process_time).repeat(5, 200_000)
        ) / 200_000 * 1e9
    finally:
        libc.fflush(None)
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)
    return best, loop


def time_script(argv, rounds, quick):
    """Runs lua/bench.lua or ruby/bench.rb; parses `RESULT<tab>approach<tab>call<tab>ns`."""
    # The scripts report on stderr; stdout takes myprint's output.
    env = dict(os.environ, BENCH_MIN_SECONDS="0.0005" if quick else "0.005")
    out = subprocess.run(
        argv + [str(rounds)],
        cwd=HERE,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if out.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{out.stderr}")
    best = {}
    for line in out.stderr.splitlines():
        if line.startswith("RESULT\t"):
            _, name, call, ns = line.split("\t")
            best[(name, call)] = float(ns)
    return best


def fmt_build(t):
    if isinstance(t, str):
        return t
    return f"{t[1]:.2f} s"


def table(title, approaches, best, builds, calls):
    names = list(approaches)
    head = ["approach"] + calls + ["user lines", "generated lines", "build (CPU)"]
    lines = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name in names:
        target, user, generated, label = approaches[name]
        if builds.get(name) in ("swig not installed", "build failed"):
            cells = [label] + ["n/a"] * len(calls) + ["", "", builds[name]]
        else:
            ns = [
                f"{best[(name, c)]:.0f}" if (name, c) in best else "n/a" for c in calls
            ]
            gen = sum(count_lines(g) or 0 for g in generated)
            cells = [label] + ns + [
                str(sum(count_lines(u) or 0 for u in user)),
                str(gen) if generated else "0",
                fmt_build(builds.get(name, "")),
            ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def ratios(best, pairs, call):
    out = []
    for a, b in pairs:
        if (a, call) in best and (b, call) in best:
            out.append(f"{a}/{b} {best[(a, call)] / best[(b, call)]:.2f}")
    return ", ".join(out)


COLOURS = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#1f9e89"]


def svg_chart(path, title, approaches, best, calls):
    """A grouped horizontal bar chart: one group per call, one bar per approach,
    each group scaled to its own longest bar."""
    names = [n for n in approaches if any((n, c) in best for c in calls)]
    bar, gap, left, width = 11, 14, 130, 560
    group_h = bar * len(names) + gap
    legend_h = 18 * ((len(names) + 2) // 3) + 10
    height = 40 + legend_h + group_h * len(calls) + 20
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 80}" height="{height}" '
        'font-family="sans-serif" font-size="11">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">{title}</text>',
    ]
    for i, n in enumerate(names):
        x, y = 10 + (i % 3) * 230, 36 + (i // 3) * 18
        out.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{COLOURS[i % len(COLOURS)]}"/>')
        out.append(f'<text x="{x + 16}" y="{y + 10}">{approaches[n][3]}</text>')
    y = 40 + legend_h
    for c in calls:
        # Each call has its own scale (get_time's ctime() dwarfs the rest).
        vmax = max(best[(n, c)] for n in names if (n, c) in best)
        out.append(f'<text x="{left - 6}" y="{y + group_h / 2 - 4}" text-anchor="end">{c}</text>')
        for i, n in enumerate(names):
            if (n, c) in best:
                v = best[(n, c)]
                w = max(1.0, v / vmax * width)
                out.append(
                    f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar - 1}" '
                    f'fill="{COLOURS[i % len(COLOURS)]}"/>'
                )
                out.append(f'<text x="{left + w + 4:.1f}" y="{y + bar - 2}">{v:.0f}</text>')
            y += bar
        y += gap
    out.append(f'<text x="{left}" y="{height - 6}" fill="#555">ns per call, lower is better; each call is scaled to its slowest approach</text>')
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rswig", default=os.path.join(HERE, "..", "..", "target", "release", "rswig"))
    ap.add_argument("--swig", default="swig")
    ap.add_argument("--rounds", type=int, default=25)
    ap.add_argument("--lua", default="lua5.4")
    ap.add_argument("--ruby", default="ruby")
    ap.add_argument("--no-build", action="store_true", help="reuse build/ as it is")
    ap.add_argument(
        "--quick", action="store_true", help="one short round: checks that everything runs"
    )
    ap.add_argument("--chart", default=os.path.join(HERE, "chart.svg"))
    args = ap.parse_args()
    if args.quick:
        args.rounds = 1

    have_swig = shutil.which(args.swig) is not None
    make_vars = [f"RSWIG={os.path.abspath(args.rswig)}", f"SWIG={args.swig}"]
    all_approaches = {**PY_APPROACHES, **LUA_APPROACHES, **RUBY_APPROACHES}
    if args.no_build:
        builds = {n: "not timed" for n in all_approaches}
    else:
        builds = build_all(all_approaches, make_vars, have_swig)
    for name, b in builds.items():
        if b == "build failed":
            sys.exit(f"{name}: build failed (see above)")

    py_names = [n for n in PY_APPROACHES if not isinstance(builds[n], str) or args.no_build]
    if not have_swig:
        py_names = [n for n in py_names if n not in SWIG_APPROACHES]
    best, loop = time_python(py_names, args.rounds, args.quick)
    lua_names = [n for n in LUA_APPROACHES if have_swig or n not in SWIG_APPROACHES]
    rb_names = [n for n in RUBY_APPROACHES if have_swig or n not in SWIG_APPROACHES]
    best.update(time_script([args.lua, "lua/bench.lua"] + lua_names, args.rounds, args.quick))
    best.update(time_script([args.ruby, "ruby/bench.rb"] + rb_names, args.rounds, args.quick))

    call_names = [c[0] for c in CALLS]
    header = (
        f"Python {sys.version.split()[0]}, {args.rounds} interleaved rounds, min ns per call "
        f"(timeit's empty loop: {loop:.1f} ns); swig: "
        f"{'installed' if have_swig else 'not installed'}\n"
    )
    text = [
        header,
        table("Python", PY_APPROACHES, best, builds, call_names),
        "myadd ratios: " + ratios(best, [("rswig", "hand"), ("rswig", "swig"), ("rswig", "swig-builtin")], "myadd(3, 4)") + "\n",
        table("Lua 5.4", LUA_APPROACHES, best, builds, call_names),
        "myadd ratios: " + ratios(best, [("lua-rswig", "lua-hand"), ("lua-rswig", "lua-swig")], "myadd(3, 4)") + "\n",
        table("Ruby", RUBY_APPROACHES, best, builds, call_names),
        "myadd ratios: " + ratios(best, [("ruby-rswig", "ruby-hand"), ("ruby-rswig", "ruby-swig")], "myadd(3, 4)") + "\n",
    ]
    print("\n".join(text))
    os.makedirs(BUILD, exist_ok=True)
    with open(os.path.join(BUILD, "results.md"), "w") as f:
        f.write("\n".join(text))
    with open(os.path.join(BUILD, "results.json"), "w") as f:
        json.dump(
            {
                "ns_per_call": {f"{a}\t{c}": v for (a, c), v in best.items()},
                "build": builds,
                "loop_ns": loop,
            },
            f,
            indent=1,
        )
    svg_chart(
        args.chart,
        f"clib from Python {sys.version.split()[0]}: ns per call",
        {n: PY_APPROACHES[n] for n in py_names},
        best,
        call_names,
    )
    print(f"chart: {os.path.relpath(args.chart, os.getcwd())}")


if __name__ == "__main__":
    main()
