# A million calls of each kind of wrapper: resident memory stays flat, and
# tracemalloc sees no growth of Python objects.
import os
import tracemalloc

import leak_check as m

N = int(os.environ.get("RSWIG_LEAK_ITERATIONS", "1000000"))
# Allowed RSS growth; tools/sanitize.sh raises it (ASan's quarantine).
LIMIT_KB = int(os.environ.get("RSWIG_LEAK_RSS_LIMIT_KB", "4096"))


def rss_kb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def one_round():
    assert m.echo("abc" * 10) == "abc" * 10
    assert m.greeting() == "hello"
    assert m.length("four") == 4
    p = m.Point()
    p.x = 3
    p.label = "pt"
    del p
    q = m.point_new(2, 5)
    assert m.point_sum(q) == 7
    m.point_free(q)
    assert m.divide(17, 5) == [3, 2]
    try:
        m.checked(-1)
        raise AssertionError("checked(-1) should raise")
    except ValueError:
        pass
    try:
        m.length(42)
        raise AssertionError("length(42) should raise")
    except TypeError:
        pass


def run(n):
    for _ in range(n):
        one_round()


run(max(N // 10, 100))
tracemalloc.start()
before_rss = rss_kb()
before_py = tracemalloc.take_snapshot()
run(N)
after_py = tracemalloc.take_snapshot()
after_rss = rss_kb()
grown_py = sum(s.size_diff for s in after_py.compare_to(before_py, "filename"))
print(f"{N} rounds: RSS {before_rss} -> {after_rss} KB, Python heap {grown_py:+d} bytes")
assert after_rss - before_rss < LIMIT_KB, f"RSS grew by {after_rss - before_rss} KB"
assert grown_py < 256 * 1024, f"Python heap grew by {grown_py} bytes"
