# void, char* and double functions; wrong argument types raise TypeError,
# a wrong count ArgumentError.
require 'cffi_basic'

def raises(exc)
  yield
rescue exc
  nil
else
  raise "should raise #{exc}"
end

raise 'mybasic nil' unless Cffi_basic.mybasic.nil?
raise 'myadd' unless Cffi_basic.myadd(4, 9) == 13.0
raise 'myadd float' unless Cffi_basic.myadd(4, 9).is_a?(Float)
raise 'myadd 2' unless Cffi_basic.myadd(1.5, 2.25) == 3.75
raise 'myprint' unless Cffi_basic.myprint('hello') == 6 # printf's count, newline included

raises(TypeError) { Cffi_basic.myadd(4, Complex(1, 3)) }
raises(TypeError) { Cffi_basic.myadd('4', 9) }
raises(ArgumentError) { Cffi_basic.myadd(4) }
raises(ArgumentError) { Cffi_basic.myadd(1, 2, 3) }
raises(TypeError) { Cffi_basic.myprint(4) }
raises(ArgumentError) { Cffi_basic.mybasic(1) }
puts 'cffi_basic ok'
