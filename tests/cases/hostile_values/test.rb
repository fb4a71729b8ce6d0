# Hostile values: the wrapper raises Ruby's exception, never crashes.
require 'hostile_values'
M = Hostile_values

def raises(exc, what)
  yield
rescue exc
  nil
else
  raise "#{what} should raise #{exc}"
end

# Wrong types.
raises(TypeError, 'take_int("3")') { M.take_int('3') }
raises(TypeError, 'take_int(nil)') { M.take_int(nil) }
raises(TypeError, 'take_double("x")') { M.take_double('x') }
raises(TypeError, 'length(42)') { M.length(42) }
raises(TypeError, 'box_value("box")') { M.box_value('box') }
raises(TypeError, 'box_value(Other)') { M.box_value(M.other_new) }
raises(ArgumentError, 'take_int()') { M.take_int }
raises(ArgumentError, 'take_int(1, 2)') { M.take_int(1, 2) }

# Out-of-range integers.
raises(RangeError, 'take_int(2**31)') { M.take_int(2**31) }
# Beyond C long, SWIG's conversion fails as a type error, not a range one.
raises(TypeError, 'take_int(2**200)') { M.take_int(2**200) }
raises(RangeError, 'take_short(40000)') { M.take_short(40_000) }
raises(RangeError, 'take_uchar(256)') { M.take_uchar(256) }
raises(RangeError, 'take_uint(-1)') { M.take_uint(-1) }
raise 'max int' unless M.take_int(2**31 - 1) == 2**31 - 1

# NULL both ways.
raise 'is_null' unless M.is_null(nil) == 1
raise 'box_value(nil)' unless M.box_value(nil) == -1
raise 'box_null' unless M.box_null.nil?

# Very long strings.
big = 'x' * (10 * 1024 * 1024)
raise 'length' unless M.length(big) == big.size
b = M::Box.new
raises(TypeError, 'name = too long') { b.name = 'much too long for eight bytes' }
b.name = 'short'
raise 'name' unless b.name == 'short'

# An object freed through C (%delobject) is disowned: the GC does not free
# it again (the sanitizer job would see a double free). Using it after
# that is the caller's error, as with SWIG.
100.times do
  owned = M.box_new(7)
  raise 'box_value' unless M.box_value(owned) == 7
  M.box_free(owned)
end
1000.times { M::Box.new.value = 1 }
GC.start
puts 'hostile values ok'
