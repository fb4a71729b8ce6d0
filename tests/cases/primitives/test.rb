# Every primitive C type round-tripped, with SWIG's Ruby range and type
# checks: out of range for the C type is RangeError, an Integer beyond
# (unsigned) long or a wrong Ruby type is TypeError.
require 'primitives'
M = Primitives

def raises(exc, msg = nil)
  yield
rescue exc => e
  raise "#{e.class}: #{e.message.inspect}, expected #{msg.inspect}" if msg && e.message != msg
else
  raise "should raise #{exc}"
end

def check_int(name, lo, hi, beyond = RangeError)
  [lo, lo + 1, 0, 1, 42, hi - 1, hi].each do |v|
    next unless v >= lo && v <= hi
    r = M.send(name, v)
    raise "#{name}(#{v}) = #{r.inspect}" unless r == v && r.is_a?(Integer)
  end
  raises(beyond) { M.send(name, hi + 1) }
  raises(TypeError) { M.send(name, 1.0) }
  raises(TypeError) { M.send(name, 1.5) }
  raises(TypeError) { M.send(name, '1') }
  raises(TypeError) { M.send(name, nil) }
end

check_int(:echo_schar, -2**7, 2**7 - 1)
check_int(:echo_uchar, 0, 2**8 - 1)
check_int(:echo_short, -2**15, 2**15 - 1)
check_int(:echo_ushort, 0, 2**16 - 1)
check_int(:echo_int, -2**31, 2**31 - 1)
check_int(:echo_uint, 0, 2**32 - 1)
check_int(:echo_long, -2**63, 2**63 - 1, TypeError)
check_int(:echo_ulong, 0, 2**64 - 1, TypeError)
check_int(:echo_llong, -2**63, 2**63 - 1, TypeError)
check_int(:echo_ullong, 0, 2**64 - 1, TypeError)
check_int(:echo_size, 0, 2**64 - 1, TypeError)
raises(RangeError) { M.echo_schar(-129) }
raises(RangeError) { M.echo_int(-2**31 - 1) }
raises(TypeError) { M.echo_long(-2**63 - 1) }

# The examples the spec names.
raises(RangeError) { M.echo_uchar(256) }
raises(RangeError) { M.echo_int(2**31) }
raises(RangeError) { M.echo_uint(-1) }
raises(TypeError) { M.echo_int(3.0) }

# char is a one-character String; a small Integer is a character code.
raise 'char' unless M.echo_char('a') == 'a'
raise 'char Z' unless M.echo_char('Z') == 'Z'
raises(TypeError) { M.echo_char('ab') }
raise 'char 65' unless M.echo_char(65) == 'A'
raises(RangeError) { M.echo_char(200) }

# Floating point: Integers are accepted, the result is a Float.
raise 'double' unless M.echo_double(1.5) == 1.5
raise 'double big' unless M.echo_double(-2.25e300) == -2.25e300
r = M.echo_double(3)
raise 'double int' unless r == 3.0 && r.is_a?(Float)
raise 'float' unless M.echo_float(0.5) == 0.5
raise 'float int' unless M.echo_float(2) == 2.0
raise 'float 0.1' unless (M.echo_float(0.1) - 0.1).abs < 1e-7
raises(RangeError) { M.echo_float(1e300) }
raises(TypeError) { M.echo_double('1.0') }
raises(TypeError) { M.echo_double(nil) }

# bool: true and false (and, as in SWIG, Integers).
raise 'bool true' unless M.echo_bool(true) == true
raise 'bool false' unless M.echo_bool(false) == false
raise 'bool 1' unless M.echo_bool(1) == true
raises(TypeError) { M.echo_bool(nil) }
raises(TypeError) { M.echo_bool('x') }

# SWIG's message names the argument (from 0), its C type, the value and
# the method.
raises(RangeError, "Expected argument 0 of type int, but got Integer 2147483648\n\tin SWIG method 'echo_int'") { M.echo_int(2**31) }
raises(TypeError, "Expected argument 0 of type unsigned char, but got String \"x\"\n\tin SWIG method 'echo_uchar'") { M.echo_uchar('x') }
raises(RangeError, "Expected argument 1 of type short, but got Integer 32768\n\tin SWIG method 'add_ints'") { M.add_ints(1, 2**15, 3) }

# Several parameters; argument count is checked.
raise 'add_ints' unless M.add_ints(1, 2, 3) == 6
raises(ArgumentError, 'wrong # of arguments(2 for 3)') { M.add_ints(1, 2) }
puts 'primitives ok'
