# cstring.i: binary input, bounded/chunk/mutable outputs, maxsize and
# withsize buffers, and allocated outputs.
require 'ruby_cstring'
M = Ruby_cstring

def raises(exc)
  yield
rescue exc => e
  e
else
  raise "should raise #{exc}"
end

raise 'input_binary' unless M.count_zero("a\0b\0\0") == 3
raises(TypeError) { M.count_zero(5) }
raises(ArgumentError) { M.count_zero }
raise 'bounded_output' unless M.hello == 'hello'
raise 'chunk_output' unless M.fill_chunk == [4, "a\0bc"]
raise 'bounded_mutable' unless M.shout('hey') == 'hey!'
raise 'mutable' unless M.twice('abc') == 'abcabc'
raises(TypeError) { M.twice(nil) }
raise 'maxsize' unless M.stars(4) == '***'
raise 'withsize' unless M.half(6) == 'hhh'
raise 'allocate' unless M.make == 'made'
raise 'allocate_size' unless M.make_sized == "x\0y"
raises(TypeError) { M.stars('x') }
raises(ArgumentError) { M.stars(-1) }
raises(RangeError) { M.half(2**40) }
puts 'ruby_cstring ok'
