"""ns per call of add(1, 2) through each module, interleaved in one
process: rounds alternate between the modules so that load on the machine
affects them alike; the figure is the median over rounds."""
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
for _ in range(ROUNDS):
    for name, f in CANDIDATES:
        t = timeit.timeit("f(1, 2)", globals={"f": f}, number=NUMBER)
        samples[name].append(t / NUMBER * 1e9)
base = statistics.median(samples[CANDIDATES[0][0]])
rs = statistics.median(samples["rswig"])
for name, _ in CANDIDATES:
    m = statistics.median(samples[name])
    print(f"{name:30s} {m:7.1f} ns/call   x{m / base:.2f} of hand-written   rswig/this {rs / m:.2f}")
