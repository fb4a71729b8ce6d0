# -initname names the entry point `require` looks for.
require 'fileutils'

begin
  require 'ruby_initname'
  raise 'Init_ruby_initname should not exist'
rescue LoadError => e
  raise e.message unless e.message.include?('Init_ruby_initname') || e.message.include?('ruby_initname')
end
FileUtils.cp('ruby_initname.so', 'other_name.so')
require 'other_name'
raise 'answer' unless Ruby_initname.answer == 42
puts 'ruby_initname ok'
