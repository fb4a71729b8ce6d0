require 'ruby_globalmodule'

raise 'triple' unless triple(4) == 12
raise 'counter' unless $counter == 1
$counter = 5
raise 'counter set' unless $counter == 5
$ratio = 2
raise 'ratio' unless $ratio == 2.0
raise 'version' unless $version == 3
begin
  $version = 4
  raise 'version should be read-only'
rescue NameError
end
begin
  $counter = 'x'
  raise 'should raise TypeError'
rescue TypeError => e
  raise e.message unless e.message == "in variable 'counter' of type 'int'"
end
raise 'ANSWER' unless ANSWER == 42
puts 'ruby_globalmodule ok'
