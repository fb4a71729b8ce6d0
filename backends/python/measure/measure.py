"""ns per call of add(1, 2) through each module, interleaved in one
process: rounds alternate between the modules so that load on the machine
affects them alike. The figure is the fastest round (the least disturbed
by other load: the intrinsic cost), with the median beside it."""
import statistics
import sys
import timeit

import handadd
import rsadd
import swadd

CANDIDATES = [("hand-written METH_FASTCALL", handadd.add),
              ("rswig", rsadd.add),
              ("swig -python (default)", swadd.add)]
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
NUMBER = 200_000

assert all(f(2, 3) == 5 for _, f in CANDIDATES)
samples = {name: [] for name, _ in CANDIDATES}
for r in range(ROUNDS):
    # Each round starts with a different module, so none is always first.
    for name, f in CANDIDATES[r % 3:] + CANDIDATES[:r % 3]:
        t = timeit.timeit("f(1, 2)", globals={"f": f}, number=NUMBER)
        samples[name].append(t / NUMBER * 1e9)
# Struct member reads: rswig's C getset descriptor against swig's property.
points = {}
for name, mod in (("rswig", rsadd), ("swig -python (default)", swadd)):
    p = mod.Point()
    p.x = 3
    points[name] = p
members = {name: [] for name in points}
for _ in range(ROUNDS):
    for name, p in points.items():
        t = timeit.timeit("p.x", globals={"p": p}, number=NUMBER)
        members[name].append(t / NUMBER * 1e9)

base = min(samples[CANDIDATES[0][0]])
rs = min(samples["rswig"])
for name, _ in CANDIDATES:
    m = min(samples[name])
    med = statistics.median(samples[name])
    print(f"{name:30s} {m:7.1f} ns/call (median {med:6.1f})   x{m / base:.2f} of hand-written   rswig/this {rs / m:.2f}")
for name in members:
    print(f"{'p.x, ' + name:30s} {min(members[name]):7.1f} ns/read (median {statistics.median(members[name]):6.1f})")
