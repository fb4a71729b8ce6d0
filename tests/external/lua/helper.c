/* A second Lua module, written by hand: it passes struct pointers to and
   from the rswig module `shapes` through swigluarun.h. */
#include "swigluarun.h"
#include "shapes.h"

/* helper.new_point(x, y): a struct Point made here, owned by Lua. */
static int new_point(lua_State *L) {
  swig_type_info *ty = SWIG_TypeQuery(L, "struct Point *");
  struct Point *p;
  if (!ty)
    return luaL_error(L, "struct Point * is not known");
  p = make_point((int)luaL_checkinteger(L, 1), (int)luaL_checkinteger(L, 2));
  SWIG_NewPointerObj(L, p, ty, 1);
  return 1;
}

/* helper.point_x(obj): the x of a struct Point made anywhere. */
static int point_x(lua_State *L) {
  struct Point *p = NULL;
  if (!SWIG_IsOK(SWIG_ConvertPtr(L, 1, (void **)&p, SWIG_TypeQuery(L, "Point*"), 0)) || !p)
    return luaL_error(L, "point_x: expected a struct Point");
  lua_pushinteger(L, p->x);
  return 1;
}

/* helper.must_x(obj): the same through SWIG_MustGetPtr. */
static int must_x(lua_State *L) {
  struct Point *p = (struct Point *)SWIG_MustGetPtr(L, 1, SWIG_TypeQuery(L, "_p_Point"), 0, 1, "must_x");
  lua_pushinteger(L, p->x);
  return 1;
}

/* helper.type_name(name): the name of the type SWIG_TypeQuery finds, or nil. */
static int type_name(lua_State *L) {
  swig_type_info *ty = SWIG_TypeQuery(L, luaL_checkstring(L, 1));
  if (ty)
    lua_pushstring(L, SWIG_TypeName(ty));
  else
    lua_pushnil(L);
  return 1;
}

static const luaL_Reg helper_functions[] = {
  {"new_point", new_point},
  {"point_x", point_x},
  {"must_x", must_x},
  {"type_name", type_name},
  {NULL, NULL}
};

SWIGEXPORT int luaopen_helper(lua_State *L) {
  const luaL_Reg *f;
  lua_newtable(L);
  for (f = helper_functions; f->name; f++) {
    lua_pushcfunction(L, f->func);
    lua_setfield(L, -2, f->name);
  }
  return 1;
}
