require 'ruby_features'
M = Ruby_features

def raises(exc, msg = nil)
  yield
rescue exc => e
  raise "#{e.class}: #{e.message.inspect}, expected #{msg.inspect}" if msg && e.message != msg
else
  raise "should raise #{exc}"
end

# Default arguments.
raise 'defs 1' unless M.defs(1) == 6
raise 'defs 2' unless M.defs(1, 1) == 5
raise 'defs 3' unless M.defs(1, 1, 1.0) == 3
raises(ArgumentError, 'wrong # of arguments(0 for 1)') { M.defs }
raises(ArgumentError, 'wrong # of arguments(4 for 1)') { M.defs(1, 2, 3, 4) }

# %exception with SWIG_exception: the code maps to a Ruby class.
raise 'fails' unless M.fails(3) == 3
raises(IndexError, 'C failed') { M.fails(-1) }

# Function pointers: a %constant and a %callback are pointer objects.
raise 'apply MUL' unless M.apply(M::MUL, 6, 7) == 42
raise 'apply add_cb' unless M.apply(M::Add_cb, 6, 7) == 13
raise 'add' unless M.add(2, 3) == 5
raises(TypeError) { M.apply(5, 1, 2) }

# %rename, %ignore, %newobject.
raise 'renamed' unless M.renamed == 7
raise 'orig' if M.respond_to?(:orig)
raise 'hidden' if M.respond_to?(:hidden)
raise 'mkstr' unless M.mkstr == 'abc'

# %alias, %predicate, %bang.
raise 'alias' unless M.nickname == 'Chester' && M.fullname == 'Chester'
raise 'predicate' unless M.is_even?(4) == true && M.is_even?(3) == false
raise 'bang' unless M.reset! == 0
raise 'no plain is_even' if M.respond_to?(:is_even)

# A Ruby keyword as a function name.
raise 'C_begin' unless M.C_begin(1) == 2
puts 'ruby_features ok'
