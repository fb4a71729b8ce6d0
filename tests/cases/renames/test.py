import renames as r

assert r.add(2, 3) == 5
assert not hasattr(r, "add_ints")
assert r.version() == 3 and not hasattr(r, "lib_version")
assert not hasattr(r, "hidden") and not hasattr(r, "lib_hidden")
assert not hasattr(r, "sum_old") and not hasattr(r, "lib_sum_old")
assert (r.Red, r.Green) == (0, 1)
assert r.cvar.COUNTER == 7
r.cvar.COUNTER = 8
assert r.cvar.COUNTER == 8
assert r.Width_set(4) == 4 and r.Width_get() == 5
assert not hasattr(r, "SetWidth")
assert r.MakeThingNow() == 9
assert r.libToCamelCase() == 10
assert r.http_server_port() == 8080
p = r.point()
p.X = 1  # match$kind="variable" renames struct members too, as in SWIG
assert p.X == 1 and not hasattr(p, "x")
print("ok")
