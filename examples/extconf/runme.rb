# File : runme.rb -- uses the example module built by extconf.rb.
require 'example'

puts "fact(5) = #{Example.fact(5)}"
puts "my_mod(7, 3) = #{Example.my_mod(7, 3)}"
puts "get_time() = #{Example.get_time.strip}"
puts "My_variable = #{Example.My_variable}"

raise 'fact' unless Example.fact(5) == 120
raise 'my_mod' unless Example.my_mod(7, 3) == 1
raise 'get_time' unless Example.get_time.is_a?(String)
raise 'My_variable' unless Example.My_variable == 3.0

Example.My_variable = 42.5
puts "My_variable = #{Example.My_variable} after setting it from Ruby"
raise 'My_variable set' unless Example.My_variable == 42.5
puts 'simple example: ruby ok'
