"""clib through ctypes: every signature declared by hand, loaded at run time."""
import ctypes
import os

_lib = ctypes.CDLL(os.path.join(os.path.dirname(os.path.abspath(__file__)), "build", "libclib.so"))


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


fact = _lib.fact
fact.argtypes = [ctypes.c_int]
fact.restype = ctypes.c_int

my_mod = _lib.my_mod
my_mod.argtypes = [ctypes.c_int, ctypes.c_int]
my_mod.restype = ctypes.c_int

myadd = _lib.myadd
myadd.argtypes = [ctypes.c_int, ctypes.c_int]
myadd.restype = ctypes.c_int

get_time = _lib.get_time
get_time.argtypes = []
get_time.restype = ctypes.c_char_p  # returns bytes

myprint = _lib.myprint
myprint.argtypes = [ctypes.c_char_p]  # takes bytes
myprint.restype = None

point_dist2 = _lib.point_dist2
point_dist2.argtypes = [ctypes.POINTER(Point)]
point_dist2.restype = ctypes.c_int
