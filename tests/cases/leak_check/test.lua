-- A million calls of each kind of wrapper: resident memory stays flat.
local m = require("leak_check")

local N = tonumber(os.getenv("RSWIG_LEAK_ITERATIONS") or "1000000")
-- Allowed RSS growth; tools/sanitize.sh raises it (ASan's quarantine).
local LIMIT_KB = tonumber(os.getenv("RSWIG_LEAK_RSS_LIMIT_KB") or "4096")

local function rss_kb()
  local f = assert(io.open("/proc/self/statm"))
  local _, resident = f:read("*n", "*n")
  f:close()
  return resident * 4
end

local function one_round()
  assert(m.echo(string.rep("abc", 10)) == string.rep("abc", 10))
  assert(m.greeting() == "hello")
  assert(m.length("four") == 4)
  local p = m.Point()
  p.x = 3
  p.label = "pt"
  p = nil
  local q = m.point_new(2, 5)
  assert(m.point_sum(q) == 7)
  m.point_free(q)
  local a, b = m.divide(17, 5)
  assert(a == 3 and b == 2)
  assert(not pcall(m.checked, -1))
  assert(not pcall(m.length, {}))
end

local function run(n)
  for _ = 1, n do one_round() end
  collectgarbage("collect")
end

run(math.max(N // 10, 100))
local before = rss_kb()
local before_lua = collectgarbage("count")
run(N)
local after = rss_kb()
local after_lua = collectgarbage("count")
print(string.format("%d rounds: RSS %d -> %d KB, Lua heap %.0f -> %.0f KB",
  N, before, after, before_lua, after_lua))
assert(after - before < LIMIT_KB, "RSS grew by " .. (after - before) .. " KB")
assert(after_lua - before_lua < 256, "Lua heap grew")
