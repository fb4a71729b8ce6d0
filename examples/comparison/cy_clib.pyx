# cython: language_level=3
"""clib through Cython: each function and the struct written out in .pyx."""

cdef extern from "clib.h":
    ctypedef struct CPoint "Point":
        int x
        int y
    int c_fact "fact"(int n)
    int c_my_mod "my_mod"(int x, int y)
    char *c_get_time "get_time"()
    int c_myadd "myadd"(int a, int b)
    void c_myprint "myprint"(const char *msg)
    int c_point_dist2 "point_dist2"(const CPoint *p)


def fact(int n):
    return c_fact(n)


def my_mod(int x, int y):
    return c_my_mod(x, y)


def get_time():
    return c_get_time().decode()


def myadd(int a, int b):
    return c_myadd(a, b)


def myprint(str msg):
    c_myprint(msg.encode())


cdef class Point:
    cdef CPoint p

    @property
    def x(self):
        return self.p.x

    @x.setter
    def x(self, int v):
        self.p.x = v

    @property
    def y(self):
        return self.p.y

    @y.setter
    def y(self, int v):
        self.p.y = v


def point_dist2(Point p):
    return c_point_dist2(&p.p)
