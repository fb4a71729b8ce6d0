# Constants: #define (ints, floats, strings, chars, expressions), %constant
# and enums, all constants of the module with Ruby types.
require 'constants'
M = Constants

def check(name, value, type)
  got = M.const_get(name)
  raise "#{name}: #{got.inspect}, expected #{value.inspect}" unless got == value && got.is_a?(type)
end

check(:ICONST, 42, Integer)
check(:NEG_ICONST, -7, Integer)
check(:HEXCONST, 31, Integer)
check(:BIGCONST, 4_000_000_000, Integer)
check(:FCONST, 2.5, Float)
check(:EXPCONST, 1500.0, Float)
check(:SCONST, 'hello world', String)
check(:CCONST, 'x', String)
check(:EXPR_CONST, 85, Integer)

check(:ANSWER, 42, Integer)
check(:HALF, 0.5, Float)
check(:GREETING, 'hi there', String)
check(:DERIVED, 50, Integer)

check(:RED, 0, Integer)
check(:GREEN, 5, Integer)
check(:BLUE, 6, Integer)
check(:ANON_A, 10, Integer)
check(:ANON_B, 11, Integer)
raise 'color_value BLUE' unless M.color_value(M::BLUE) == 600
raise 'color_value 1' unless M.color_value(1) == 100

# Function-like and empty macros are not constants.
raise 'SQUARE' if M.const_defined?(:SQUARE)
raise 'EMPTY_MACRO' if M.const_defined?(:EMPTY_MACRO)
# Constants are not methods.
raise 'ICONST method' if M.respond_to?(:ICONST)
puts 'constants ok'
