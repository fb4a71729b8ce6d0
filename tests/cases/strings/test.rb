# char* in and out: String <-> NUL-terminated bytes, nil <-> NULL.
require 'strings'
M = Strings

def raises(exc)
  yield
rescue exc
  nil
else
  raise "should raise #{exc}"
end

raise 'greeting' unless M.greeting == 'hello'
raise 'greeting String' unless M.greeting.is_a?(String)
raise 'str_len' unless M.str_len('abc') == 3
raise 'str_len empty' unless M.str_len('') == 0
raise 'echo_str' unless M.echo_str('round trip') == 'round trip'
raise 'concat' unless M.concat('foo', 'bar') == 'foobar'

# Non-ASCII text goes to C as its bytes and comes back as the same bytes.
raise 'utf-8 length' unless M.str_len("h\u00e9llo") == 6
raise 'utf-8 round trip' unless M.echo_str("h\u00e9llo \u2603").bytes == "h\u00e9llo \u2603".bytes

# nil is NULL in both directions.
raise 'is_null nil' unless M.is_null(nil) == 1
raise 'is_null empty' unless M.is_null('') == 0
raise 'str_len nil' unless M.str_len(nil) == -1
raise 'echo_str nil' unless M.echo_str(nil).nil?
raise 'maybe_null 0' unless M.maybe_null(0).nil?
raise 'maybe_null 1' unless M.maybe_null(1) == 'not null'
raise 'concat nil' unless M.concat(nil, 'x') == '(null)x'

# As in SWIG's Ruby module, C gets the String's own bytes: it can change
# them.
s = +'abc'
raise 'upcase_first' unless M.upcase_first(s).nil?
raise "string changed: #{s}" unless s == 'Abc'

raises(TypeError) { M.str_len(5) }
raises(TypeError) { M.str_len(1.5) }
raises(TypeError) { M.str_len(['a']) }
raises(ArgumentError) { M.concat('a') }
puts 'strings ok'
