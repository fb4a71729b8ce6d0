import pragma_nowarn

# 'lambda' is a Python keyword: renamed with a leading underscore, as SWIG does.
assert pragma_nowarn._lambda(1) == 2
