"""clib through cffi in ABI mode: the declarations, parsed at import time."""
import os

from cffi import FFI

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
lib = ffi.dlopen(os.path.join(os.path.dirname(os.path.abspath(__file__)), "build", "libclib.so"))
