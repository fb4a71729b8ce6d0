"""Builds clib's cffi API-mode module `_cffi_api_clib` into build/."""
import os

from cffi import FFI

HERE = os.path.dirname(os.path.abspath(__file__))

ffi = FFI()
ffi.cdef(
    """
    int fact(int n);
    int my_mod(int x, int y);
    char *get_time(void);
    int myadd(int a, int b);
    void myprint(const char *msg);
    typedef struct Point { int x; int y; } Point;
    int point_dist2(const Point *p);
    """
)
ffi.set_source(
    "_cffi_api_clib",
    '#include "clib.h"',
    sources=[os.path.join(HERE, "clib.c")],
    include_dirs=[HERE],
)

if __name__ == "__main__":
    ffi.compile(tmpdir=os.path.join(HERE, "build"))
