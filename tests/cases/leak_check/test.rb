# A million calls of each kind of wrapper: resident memory stays flat.
require 'leak_check'

N = Integer(ENV.fetch('RSWIG_LEAK_ITERATIONS', '1000000'))
# Allowed RSS growth; tools/sanitize.sh raises it (ASan's quarantine).
LIMIT_KB = Integer(ENV.fetch('RSWIG_LEAK_RSS_LIMIT_KB', '4096'))

def rss_kb
  File.read('/proc/self/statm').split[1].to_i * 4
end

def one_round
  raise 'echo' unless Leak_check.echo('abc' * 10) == 'abc' * 10
  raise 'greeting' unless Leak_check.greeting == 'hello'
  raise 'length' unless Leak_check.length('four') == 4
  p = Leak_check::Point.new
  p.x = 3
  p.label = 'pt'
  q = Leak_check.point_new(2, 5)
  raise 'sum' unless Leak_check.point_sum(q) == 7
  Leak_check.point_free(q)
  raise 'divide' unless Leak_check.divide(17, 5) == [3, 2]
  begin
    Leak_check.checked(-1)
    raise 'checked(-1) should raise'
  rescue ArgumentError
  end
  begin
    Leak_check.length(42)
    raise 'length(42) should raise'
  rescue TypeError
  end
end

def run(n)
  n.times { one_round }
  GC.start
end

run([N / 10, 100].max)
before = rss_kb
run(N)
after = rss_kb
puts "#{N} rounds: RSS #{before} -> #{after} KB"
raise "RSS grew by #{after - before} KB" unless after - before < LIMIT_KB
