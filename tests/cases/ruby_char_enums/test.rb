# encoding: ascii-8bit
# Character constants and char-valued enumerators.
require 'ruby_char_enums'
M = Ruby_char_enums

raise 'LETTER' unless M::LETTER == 'x'
raise "LATIN1 #{M::LATIN1.bytes}" unless M::LATIN1.bytes == [0xe1]
raise 'OCTAL' unless M::OCTAL == "\341" && M::OCTAL == M::LATIN1
raise 'NEWLINE' unless M::NEWLINE == "\n"
raise "PAIR #{M::PAIR.inspect}" unless M::PAIR.is_a?(Integer) && M::PAIR == M.pair_value
raise 'Plain' unless M::Plain == 1
raise "Letter #{M::Letter.inspect}" unless M::Letter == 'k'
raise 'Sum is int' unless M::Sum == 98
raise 'Flag is char' unless M::Flag == 'B'
puts 'ruby_char_enums ok'
