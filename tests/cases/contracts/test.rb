require 'contracts'
C = Contracts

def raises(exc)
  yield
rescue exc => e
  e
else
  raise "should raise #{exc}"
end

raise unless C.isqrt(17) == 4
e = raises(RuntimeError) { C.isqrt(-1) }
raise e.message unless e.message == "Contract violation: require: (arg1>=0)"
raise unless C.divide(7, 2) == 3
e = raises(RuntimeError) { C.divide(1, 0) }
raise e.message unless e.message.include?("require: (arg2!=0)")
raise unless C.broken(11) == 1
e = raises(RuntimeError) { C.broken(3) }
raise e.message unless e.message == "Contract violation: ensure: (result>0)"
s = C::Stack.new
4.times { |i| C.Stack_push(s, i) }
raise unless s.n == 4
e = raises(RuntimeError) { C.Stack_push(s, 9) }
raise e.message unless e.message.include?("(arg1->n<4)")
raise unless s.n == 4
puts "ok"
