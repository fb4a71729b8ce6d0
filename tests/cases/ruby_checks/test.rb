# SWIG_exception codes as SWIG's Ruby module maps them, constraints.i
# checks, math.i and stdint.i.
require 'ruby_checks'
M = Ruby_checks

def raises(exc, msg = nil)
  yield
rescue exc => e
  raise "#{e.class}: #{e.message.inspect}, expected #{msg.inspect}" if msg && e.message != msg
  raise "#{e.class} is not exactly #{exc}" unless e.class == exc
  e
else
  raise "should raise #{exc}"
end

# exception.i: codes (SWIG's values) and the Ruby class of each.
{
  -1 => RuntimeError,    # SWIG_UnknownError
  -2 => IOError,         # SWIG_IOError
  -3 => RuntimeError,    # SWIG_RuntimeError
  -4 => IndexError,      # SWIG_IndexError
  -5 => TypeError,       # SWIG_TypeError
  -6 => ZeroDivisionError, # SWIG_DivisionByZero
  -7 => RangeError,      # SWIG_OverflowError
  -8 => SyntaxError,     # SWIG_SyntaxError
  -9 => ArgumentError,   # SWIG_ValueError
  -11 => RuntimeError,   # SWIG_AttributeError
  -12 => NoMemoryError,  # SWIG_MemoryError
}.each do |code, cls|
  raises(cls, 'failed on purpose') { M.fail_with(code) }
end
# SWIG_NullReferenceError: a RuntimeError subclass SWIG defines on first use.
begin
  M.fail_with(-13)
rescue RuntimeError => e
  raise "NullReferenceError: #{e.class}" unless e.class.name == 'NullReferenceError' && e.message == 'failed on purpose'
end
# SWIG_SystemError is Ruby's `fatal`, which only `rescue Exception` sees.
begin
  M.fail_with(-10)
  raise 'SystemError should raise'
rescue Exception => e
  raise "SystemError: #{e.class}" unless e.class.name == 'fatal' && e.message == 'failed on purpose'
end
raise 'no error after' unless M.fail_with(0).nil?
raise 'NullReferenceError < RuntimeError' unless NullReferenceError < RuntimeError

# constraints.i: a failed check is ArgumentError (NULL: NullReferenceError).
raise 'root' unless M.root(2.5) == 2.5
raises(ArgumentError, 'Expected a positive value.') { M.root(0) }
raises(ArgumentError, 'Expected a positive value.') { M.root(-1.5) }
raise 'neg' unless M.neg(-3) == -3
raises(ArgumentError, 'Expected a negative value.') { M.neg(0) }
raise 'nonneg' unless M.nonneg(0) == 0
raises(ArgumentError, 'Expected a non-negative value.') { M.nonneg(-1) }
raise 'nonpos' unless M.nonpos(0) == 0
raises(ArgumentError, 'Expected a non-positive value.') { M.nonpos(1) }
raise 'inverse' unless M.inverse(4) == 25
raises(ArgumentError, 'Expected a nonzero value.') { M.inverse(0) }
raise 'take' unless M.take(M.some_ptr) == 1
raises(NullReferenceError, 'Received a NULL pointer.') { M.take(nil) }
raise 'take_aligned' unless M.take_aligned(M.some_ptr) == 1
raises(ArgumentError, 'Pointer must be 4-byte aligned.') { M.take_aligned(M.odd_ptr) }
# The type check still comes first.
raises(TypeError) { M.root('x') }

# math.i
raise 'cos' unless M.cos(0) == 1.0
raise 'sqrt' unless M.sqrt(16.0) == 4.0
raise 'pow' unless M.pow(2, 10) == 1024.0
raise 'fabs' unless M.fabs(-2.5) == 2.5
raise 'atan2' unless (M.atan2(1, 1) - Math::PI / 4).abs < 1e-12
raise 'M_PI' unless (M::M_PI - Math::PI).abs < 1e-15
raise 'M_E' unless (M::M_E - Math::E).abs < 1e-15
raises(TypeError) { M.sqrt('4') }

# stdint.i: each type's range, RangeError past it.
[[:echo_i8, -2**7, 2**7 - 1], [:echo_u8, 0, 2**8 - 1],
 [:echo_i16, -2**15, 2**15 - 1], [:echo_u16, 0, 2**16 - 1],
 [:echo_i32, -2**31, 2**31 - 1], [:echo_u32, 0, 2**32 - 1]].each do |name, lo, hi|
  raise "#{name} lo" unless M.send(name, lo) == lo
  raise "#{name} hi" unless M.send(name, hi) == hi
  raises(RangeError) { M.send(name, hi + 1) }
  raises(RangeError) { M.send(name, lo - 1) } if lo < 0
  raises(TypeError) { M.send(name, 'x') }
end
raise 'i64' unless M.echo_i64(-2**63) == -2**63 && M.echo_i64(2**63 - 1) == 2**63 - 1
raise 'u64' unless M.echo_u64(2**64 - 1) == 2**64 - 1
raises(TypeError) { M.echo_i64(2**63) }
raise 'intptr' unless M.echo_iptr(-5) == -5
raise 'size' unless M.echo_size(2**40) == 2**40
puts 'ruby_checks ok'
