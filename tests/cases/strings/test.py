# char* in and out: str <-> NUL-terminated UTF-8, None <-> NULL.
import strings as m


def raises(exc, f, *args):
    try:
        f(*args)
    except exc:
        return
    raise AssertionError("%s%r should raise %s" % (f.__name__, args, exc.__name__))


assert m.greeting() == "hello"
assert type(m.greeting()) is str
assert m.str_len("abc") == 3
assert m.str_len("") == 0
assert m.echo_str("round trip") == "round trip"
assert m.concat("foo", "bar") == "foobar"

# Non-ASCII text goes to C as UTF-8 and comes back as the same str.
assert m.str_len("h\u00e9llo") == 6
assert m.echo_str("h\u00e9llo \u2603") == "h\u00e9llo \u2603"

# None is NULL in both directions.
assert m.is_null(None) == 1
assert m.is_null("") == 0
assert m.str_len(None) == -1
assert m.echo_str(None) is None
assert m.maybe_null(0) is None
assert m.maybe_null(1) == "not null"
assert m.concat(None, "x") == "(null)x"

# C may change its copy; the Python str is immutable and stays as it was.
s = "abc"
assert m.upcase_first(s) is None
assert s == "abc"

raises(TypeError, m.str_len, 5)
raises(TypeError, m.str_len, 1.5)
raises(TypeError, m.str_len, ["a"])
raises(TypeError, m.concat, "a")
print("strings ok")
