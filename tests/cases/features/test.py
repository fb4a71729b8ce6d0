import features as misc
assert misc.fails(3) == 3
try:
    misc.fails(-1); raise AssertionError
except RuntimeError as e: assert str(e) == "C failed"
assert misc.defs(1) == 6
assert misc.defs(1, 3) == 7
assert misc.defs(1, b=0, c=1.0) == 2
assert misc.apply(misc.ADD, 2, 3) == 5
assert misc.apply(misc.MUL, 2, 3) == 6
assert misc.apply2(misc.ADD, 2, 3) == 5
assert misc.apply(misc.add_cb, 4, 3) == 7
print(misc.ADD)
assert misc.renamed() == 7
assert misc.LOWERFN() == 1
assert not hasattr(misc, "hidden")
assert misc.mkstr() == "abc"
print("ok")
