import py_directives as m

def raises(exc, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        return str(e)
    raise AssertionError(f"should raise {exc.__name__}")

# %ignore
assert m.visible() == 2 and not hasattr(m, "secret")
# autodoc / docstring
assert "documented(int count, double ratio) -> int" in m.documented.__doc__, m.documented.__doc__
assert m.explained.__doc__.strip().startswith("Explains nothing, at length."), m.explained.__doc__
# kwargs + defaults
assert m.area(3) == 6 and m.area(3, 4) == 12 and m.area(3, depth=5) == 30
assert m.area(width=2, height=2, depth=2) == 8
raises(TypeError, m.area, 3, bogus=1)
# %varargs
assert m.join("a") == 1 and m.join("a", "b", "c") == 3
raises(TypeError, m.join, "a", "b", "c", "d", "e")
# %immutable
assert m.cvar.frozen == 42
raises(AttributeError, setattr, m.cvar, "frozen", 1)
m.cvar.thawed = 7
assert m.cvar.thawed == 7
r = m.Rec()
r.value = 3
raises(AttributeError, setattr, r, "id", 1)
# %nodefaultctor: no constructor; %newobject/%delobject and thisown
raises(Exception, m.Handle)
h = m.handle_open(3)
assert h.fd == 3 and h.thisown and m.handles_open() == 1
m.handle_close(h)
assert not h.thisown and m.handles_open() == 0
del h
# %types
assert "void" in repr(m.as_void())
# %allowexception
assert m.cvar.guarded == 5
m.cvar.guarded_fail = 1
raises(ValueError, getattr, m.cvar, "guarded")
assert m.cvar.guarded == 5
print("ok")
