# Built with -threads (rswig.opts): wait_for_flag() releases the GIL, so
# the helper thread can call set_flag() while it waits;
# wait_holding_gil() is %nothread, so the helper cannot run until it returns.
# tests/python_modern.rs runs this with EXPECT_RELEASE=0 for a -nothreads build.
import os
import threading
import time

import py_threads

expect_release = os.environ.get("EXPECT_RELEASE", "1") == "1"


def seen_while_waiting(wait, timeout_ms):
    py_threads.clear_flag()
    started = threading.Event()

    def helper():
        started.set()
        time.sleep(0.05)
        py_threads.set_flag()

    t = threading.Thread(target=helper)
    t.start()
    started.wait()
    seen = wait(timeout_ms)
    t.join()
    return seen


assert seen_while_waiting(py_threads.wait_for_flag, 3000 if expect_release else 300) == expect_release
assert seen_while_waiting(py_threads.wait_holding_gil, 300) == 0
print("threads ok")
