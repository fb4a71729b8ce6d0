# bench.rb: times clib's calls through each Ruby extension, interleaved.
#   ruby ruby/bench.rb APPROACH... ROUNDS   (run from examples/comparison)
# Reports `RESULT<tab>approach<tab>call<tab>ns` lines on stderr, min over
# rounds of the process's CPU time per call.
$LOAD_PATH.unshift(File.join(Dir.pwd, "build", "ruby"))

MODULES = {
  "ruby-hand" => ["handmod", "Handmod"],
  "ruby-swig" => ["swig_clib", "Swig_clib"],
  "ruby-rswig" => ["rswig_clib", "Rswig_clib"],
}.freeze

rounds = Integer(ARGV.last)
# One measurement lasts at least this long (5 ms unless told).
MIN_SECONDS = Float(ENV.fetch("BENCH_MIN_SECONDS", "0.005"))
subjects = ARGV[0...-1].map do |name|
  file, const = MODULES.fetch(name)
  require file
  m = Object.const_get(const)
  p = m::Point.new
  p.x = 3
  p.y = 4
  ok = m.myadd(3, 4) == 7 && m.fact(10) == 3_628_800 && m.my_mod(17, 5) == 2 &&
       m.point_dist2(p) == 25 && p.x == 3
  raise "#{name}: wrong answers" unless ok
  [name, m, p]
end

CALLS = [
  ["myadd(3, 4)", ->(m, _) { ->(n) { n.times { m.myadd(3, 4) } } }],
  ["fact(10)", ->(m, _) { ->(n) { n.times { m.fact(10) } } }],
  ["my_mod(17, 5)", ->(m, _) { ->(n) { n.times { m.my_mod(17, 5) } } }],
  ["get_time()", ->(m, _) { ->(n) { n.times { m.get_time } } }],
  ["myprint(s)", ->(m, _) { ->(n) { n.times { m.myprint("hi") } } }],
  ["Point()", ->(m, _) { k = m::Point; ->(n) { n.times { k.new } } }],
  ["p.x", ->(_, p) { ->(n) { n.times { p.x } } }],
  ["point_dist2(p)", ->(m, p) { ->(n) { n.times { m.point_dist2(p) } } }],
].freeze

def seconds(loop, n)
  t0 = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
  loop.call(n)
  Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - t0
end

loops = {}
numbers = {}
best = {}
subjects.each do |name, m, p|
  CALLS.each do |call, make|
    key = "#{name}\t#{call}"
    loop = make.call(m, p)
    n = 1000
    n *= 2 while seconds(loop, n) < MIN_SECONDS
    loops[key] = loop
    numbers[key] = n
  end
end

(1..rounds).each do |r|
  CALLS.each do |call, _|
    subjects.size.times do |k|
      name = subjects[(r + k) % subjects.size][0]
      key = "#{name}\t#{call}"
      ns = seconds(loops[key], numbers[key]) / numbers[key] * 1e9
      best[key] = ns if best[key].nil? || ns < best[key]
    end
  end
end

subjects.each do |name, _, _|
  CALLS.each do |call, _|
    key = "#{name}\t#{call}"
    $stderr.puts format("RESULT\t%s\t%.2f", key, best[key])
  end
end
