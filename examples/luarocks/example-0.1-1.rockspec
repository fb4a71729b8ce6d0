-- The classic example as a LuaRocks package, wrapped by rswig. The
-- builtin build type compiles C sources only, so the wrapper is generated
-- first (the Makefile here does both):
--
--   rswig -lua example.i
--   luarocks --lua-version=5.4 make --tree=tree example-0.1-1.rockspec
rockspec_format = "3.0"
package = "example"
version = "0.1-1"
source = {
   url = "file://.",
}
description = {
   summary = "SWIG's classic example, wrapped with rswig",
   license = "MIT",
}
dependencies = {
   "lua >= 5.1",
}
build = {
   type = "builtin",
   modules = {
      example = { "example_wrap.c", "example.c" },
   },
}
