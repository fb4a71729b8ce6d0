-- bench.lua: times clib's calls through each Lua module, interleaved.
--   lua5.4 lua/bench.lua APPROACH... ROUNDS   (run from examples/comparison)
-- Reports `RESULT<tab>approach<tab>call<tab>ns` lines on stderr, min over
-- rounds of CPU time (os.clock) per call.
package.cpath = "build/lua/?.so;" .. package.cpath

local modules = {
  ["lua-hand"] = "handmod",
  ["lua-swig"] = "swig_clib",
  ["lua-rswig"] = "rswig_clib",
}

local rounds = tonumber(arg[#arg])
local min_seconds = tonumber(os.getenv("BENCH_MIN_SECONDS") or "0.005")
local subjects = {}
for i = 1, #arg - 1 do
  local m = require(modules[arg[i]])
  local p = m.Point()
  p.x, p.y = 3, 4
  assert(m.myadd(3, 4) == 7 and m.fact(10) == 3628800 and m.my_mod(17, 5) == 2)
  assert(m.point_dist2(p) == 25 and p.x == 3, arg[i] .. ": wrong answers")
  subjects[#subjects + 1] = { name = arg[i], m = m, p = p }
end

-- Each call is a loop body over n iterations, built once per module.
local calls = {
  { "myadd(3, 4)", function(m) local f = m.myadd; return function(n) for _ = 1, n do f(3, 4) end end end },
  { "fact(10)", function(m) local f = m.fact; return function(n) for _ = 1, n do f(10) end end end },
  { "my_mod(17, 5)", function(m) local f = m.my_mod; return function(n) for _ = 1, n do f(17, 5) end end end },
  { "get_time()", function(m) local f = m.get_time; return function(n) for _ = 1, n do f() end end end },
  { "myprint(s)", function(m) local f = m.myprint; return function(n) for _ = 1, n do f("hi") end end end },
  { "Point()", function(m) local f = m.Point; return function(n) for _ = 1, n do f() end end end },
  { "p.x", function(_, p) return function(n) local v; for _ = 1, n do v = p.x end; return v end end },
  { "point_dist2(p)", function(m, p) local f = m.point_dist2; return function(n) for _ = 1, n do f(p) end end end },
}

local function seconds(loop, n)
  local t0 = os.clock()
  loop(n)
  return os.clock() - t0
end

-- Pick n so that one measurement takes about BENCH_MIN_SECONDS (5 ms).
local loops, numbers, best = {}, {}, {}
for _, s in ipairs(subjects) do
  for _, c in ipairs(calls) do
    local key = s.name .. "\t" .. c[1]
    local loop = c[2](s.m, s.p)
    local n = 1000
    while seconds(loop, n) < min_seconds do n = n * 2 end
    loops[key], numbers[key] = loop, n
  end
end

for r = 1, rounds do
  for _, c in ipairs(calls) do
    for k = 0, #subjects - 1 do
      local s = subjects[(r + k) % #subjects + 1]
      local key = s.name .. "\t" .. c[1]
      local ns = seconds(loops[key], numbers[key]) / numbers[key] * 1e9
      if best[key] == nil or ns < best[key] then best[key] = ns end
    end
  end
end

for _, s in ipairs(subjects) do
  for _, c in ipairs(calls) do
    local key = s.name .. "\t" .. c[1]
    io.stderr:write(string.format("RESULT\t%s\t%.2f\n", key, best[key]))
  end
end
