# -prefix nests the module.
require 'ruby_prefix'

M = Outer::Middle_ruby_prefix
raise 'answer' unless M.answer == 42
raise 'LIMIT' unless M::LIMIT == 3
raise 'Pair' unless M::Pair.new.is_a?(M::Pair)
raise 'no top-level module' if Object.const_defined?(:Ruby_prefix)
raise 'Outer is a module' unless Outer.is_a?(Module) && !Outer.is_a?(Class)
puts 'ruby_prefix ok'
