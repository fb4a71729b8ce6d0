#!/usr/bin/env python3
"""Generates a large C interface for benchmarking interface compilers.

    python3 gen.py --functions 5000 --structs 500 --out DIR

writes DIR/big.h (the C declarations), DIR/big.c (trivial definitions, so
the wrapped module can be linked and imported) and DIR/big.i (the SWIG
interface: `%include "big.h"`). The output is deterministic for a given
size: the benchmark compares tools on identical input.

The mix is meant to look like a real C library header: structs with int,
double, unsigned, long long, char*, char arrays, pointers to other structs
and nested structs by value; functions taking and returning int, double,
strings, struct pointers, structs by value, int pointers and const struct
pointers; a few enums and #define constants along the way.
"""

import argparse
import os

# Each function shape: (return type, [(param type, param name)], body).
# `{S}` and `{T}` are two struct names picked for the function.
FUNCTION_SHAPES = [
    ("int", [("int", "a"), ("int", "b")], "return a + b;"),
    ("double", [("double", "x"), ("int", "n")], "return x * n;"),
    ("const char *", [("const char *", "s")], "return s;"),
    ("void", [("{S} *", "self"), ("int", "value")], "if (self) self->id = value;"),
    ("{S} *", [("const char *", "name"), ("double", "weight")],
     "static {S} v; v.name = (char *)name; v.weight = weight; return &v;"),
    ("int", [("const {S} *", "a"), ("const {T} *", "b")],
     "return (a ? a->id : 0) + (b ? b->id : 0);"),
    ("{S}", [("{S}", "value"), ("int", "id")], "value.id = id; return value;"),
    ("unsigned long", [("unsigned long", "u"), ("long", "l")],
     "return u + (unsigned long)l;"),
    ("void", [("int *", "out"), ("int", "value")], "if (out) *out = value;"),
    ("double", [("const {S} *", "p")], "return p ? p->weight : 0.0;"),
    ("long long", [("long long", "v"), ("short", "s"), ("unsigned char", "c")],
     "return v + s + c;"),
    ("float", [("float", "f"), ("double", "d"), ("int", "i"), ("const char *", "label")],
     "(void)label; return f + (float)d + (float)i;"),
    ("char *", [("{S} *", "p")], "return p ? p->name : 0;"),
    ("int", [("void *", "handle"), ("unsigned int", "flags")],
     "return handle ? (int)flags : -1;"),
]


def struct_name(k):
    return f"Rec{k}"


def emit_structs(n_structs):
    """Forward typedefs, then each struct. Struct k holds struct k-1 by
    value (so definitions come in order) and points at struct k+1."""
    out = []
    for k in range(n_structs):
        out.append(f"typedef struct {struct_name(k)} {struct_name(k)};")
    out.append("")
    for k in range(n_structs):
        s = struct_name(k)
        nxt = struct_name((k + 1) % n_structs)
        out.append(f"/* Record kind {k}. */")
        out.append(f"struct {s} {{")
        out.append("  int id;")
        out.append("  double weight;")
        out.append("  char *name;")
        out.append("  char tag[16];")
        out.append("  unsigned int flags;")
        out.append("  long long stamp;")
        out.append(f"  {nxt} *next;")
        if k > 0:
            out.append(f"  {struct_name(k - 1)} prev;")
        if k % 3 == 0:
            out.append("  float ratio;")
            out.append("  short level;")
        out.append("};")
        out.append("")
    return out


def emit_enums_and_constants(n_functions):
    out = []
    for e in range(max(1, n_functions // 250)):
        names = ", ".join(f"E{e}_V{v} = {v * 2}" for v in range(6))
        out.append(f"enum Kind{e} {{ {names} }};")
        out.append(f"#define BIG_LIMIT_{e} {1000 + e}")
        out.append(f"#define BIG_SCALE_{e} {e}.5")
    out.append("")
    return out


def function_parts(i, n_structs):
    ret, params, body = FUNCTION_SHAPES[i % len(FUNCTION_SHAPES)]
    s = struct_name(i % n_structs)
    t = struct_name((i * 7 + 3) % n_structs)

    def sub(text):
        return text.replace("{S}", s).replace("{T}", t)

    ret = sub(ret)
    params = [(sub(ty), name) for ty, name in params]
    return ret, params, sub(body)


def declarator(ty, name):
    return f"{ty}{name}" if ty.endswith("*") else f"{ty} {name}"


def emit_prototypes(n_functions, n_structs):
    out = []
    for i in range(n_functions):
        ret, params, _ = function_parts(i, n_structs)
        args = ", ".join(declarator(ty, nm) for ty, nm in params)
        out.append(declarator(ret, f"big_fn{i}") + f"({args});")
    return out


def emit_definitions(n_functions, n_structs):
    out = ['#include "big.h"', ""]
    for i in range(n_functions):
        ret, params, body = function_parts(i, n_structs)
        args = ", ".join(declarator(ty, nm) for ty, nm in params)
        out.append(declarator(ret, f"big_fn{i}") + f"({args}) {{ {body} }}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--functions", type=int, default=5000)
    ap.add_argument("--structs", type=int, default=500)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if args.structs < 1 or args.functions < 1:
        ap.error("--functions and --structs must be at least 1")
    os.makedirs(args.out, exist_ok=True)

    header = [
        f"/* big.h: {args.functions} functions, {args.structs} structs (generated by bench/gen.py). */",
        "#ifndef BIG_H",
        "#define BIG_H",
        "",
    ]
    header += emit_enums_and_constants(args.functions)
    header += emit_structs(args.structs)
    header += emit_prototypes(args.functions, args.structs)
    header += ["", "#endif"]
    interface = [
        "/* big.i: the generated interface (bench/gen.py). */",
        "%module big",
        "%{",
        '#include "big.h"',
        "%}",
        "",
        '%include "big.h"',
    ]
    for name, lines in (
        ("big.h", header),
        ("big.c", emit_definitions(args.functions, args.structs)),
        ("big.i", interface),
    ):
        with open(os.path.join(args.out, name), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
