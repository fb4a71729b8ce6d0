# Global variables as module methods: get and set both ways, type and
# range checks on set, and %immutable variables without a setter.
require 'globals'
M = Globals

def raises(exc, msg = nil)
  yield
rescue exc => e
  raise "#{e.class}: #{e.message.inspect}, expected #{msg.inspect}" if msg && e.message != msg
else
  raise "should raise #{exc}"
end

raise 'counter' unless M.counter == 0
M.bump
raise 'bump' unless M.counter == 1
M.counter = 41
raise 'get_counter' unless M.get_counter == 41
M.bump
raise 'counter 42' unless M.counter == 42

raise 'ratio' unless M.ratio == 0.5
M.ratio = 2.5
raise 'get_ratio' unless M.get_ratio == 2.5
M.ratio = 3
raise 'ratio int' unless M.ratio == 3.0 && M.ratio.is_a?(Float)

# char*: NULL reads as nil; setting copies the string into C memory.
raise 'name nil' unless M.name.nil?
raise 'get_name null' unless M.get_name == '(null)'
M.name = 'first'
raise 'name' unless M.name == 'first'
raise 'get_name' unless M.get_name == 'first'
M.name = 'second, longer than the first'
raise 'get_name 2' unless M.get_name == 'second, longer than the first'

# Type and range checks on set, and the value is left unchanged.
raises(TypeError, "in variable 'counter' of type 'int'") { M.counter = 'x' }
raises(TypeError) { M.counter = 1.5 }
raises(RangeError, "in variable 'counter' of type 'int'") { M.counter = 2**31 }
raise 'counter unchanged' unless M.counter == 42
raises(RangeError) { M.small = 256 }
raises(RangeError) { M.small = -1 }
raise 'small' unless M.small == 7
raises(TypeError) { M.ratio = 'x' }
raises(TypeError) { M.name = 5 }
raise 'name unchanged' unless M.name == 'second, longer than the first'

# %immutable: readable, no setter.
raise 'version' unless M.version == 3
raises(NoMethodError) { M.version = 4 }
raise 'version unchanged' unless M.version == 3
raise 'no version=' if M.respond_to?(:version=)
raises(NoMethodError) { M.no_such_variable }
puts 'globals ok'
