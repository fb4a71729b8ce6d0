# Method directives, DISOWN and globals.
require 'ruby_methods'
M = Ruby_methods

def raises(exc, msg = nil)
  yield
rescue exc => e
  raise "#{e.class}: #{e.message.inspect}, expected #{msg.inspect}" if msg && e.message != msg
  e
else
  raise "should raise #{exc}"
end

c = M::Counter.new(3)
raise 'value' unless c.value == 3
raise 'alias get' unless c.get == 3 && c.current == 3
raise 'predicate false' unless c.is_zero? == false
c.bump(2)
raise 'bump' unless c.n == 5
raise 'no increment' if c.respond_to?(:increment)
raise 'bang' unless c.reset! == 0
raise 'predicate true' unless c.is_zero? == true
raise 'no plain is_zero' if c.respond_to?(:is_zero)
raises(ArgumentError) { M::Counter.new }
raises(ArgumentError) { c.bump }
raises(TypeError) { c.bump('x') }
raises(TypeError) { M::Counter.new('x') }

# DISOWN: after adopt, Ruby no longer frees the struct.
def adopt_one
  M.adopt(M::Counter.new(7))
end
adopt_one
before = M.free_count
500.times { M::Counter.new(1) }
GC.start
raise 'adopted struct freed by Ruby' unless M.adopted_was_freed == 0
raise 'kept' unless M.kept_value == 7
# Owned ones are still freed.
100.times { M::Counter.new(1) }
GC.start
raise 'freed' unless M.free_count > before

# A global: getter and setter as module methods, checked on set.
raise 'limit' unless M.limit == 5
M.limit = 9
raise 'limit set' unless M.limit == 9
raises(TypeError, "in variable 'limit' of type 'int'") { M.limit = 'x' }
raises(RangeError) { M.limit = 2**40 }
raise 'limit unchanged' unless M.limit == 9
puts 'ruby_methods ok'
