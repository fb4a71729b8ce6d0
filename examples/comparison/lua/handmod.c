/* handmod.c: clib wrapped by hand for Lua 5.4, with the checks a generated
 * wrapper makes: argument type and the range of C int. */
#include <limits.h>

#include "clib.h"
#include "lauxlib.h"
#include "lua.h"

#define POINT_META "handmod.Point"

/* Converts argument i to a C int, raising a Lua error when it is not an
 * integer or does not fit. */
static int arg_int(lua_State *L, int i) {
  lua_Integer v = luaL_checkinteger(L, i);
  luaL_argcheck(L, v >= INT_MIN && v <= INT_MAX, i, "out of range of C int");
  return (int)v;
}

/* int fact(int n); */
static int l_fact(lua_State *L) {
  lua_pushinteger(L, fact(arg_int(L, 1)));
  return 1;
}

/* int my_mod(int x, int y); */
static int l_my_mod(lua_State *L) {
  lua_pushinteger(L, my_mod(arg_int(L, 1), arg_int(L, 2)));
  return 1;
}

/* int myadd(int a, int b); */
static int l_myadd(lua_State *L) {
  lua_pushinteger(L, myadd(arg_int(L, 1), arg_int(L, 2)));
  return 1;
}

/* char *get_time(void); */
static int l_get_time(lua_State *L) {
  lua_pushstring(L, get_time());
  return 1;
}

/* void myprint(const char *msg); */
static int l_myprint(lua_State *L) {
  myprint(luaL_checkstring(L, 1));
  return 0;
}

/* Point(): a new zeroed struct Point as full userdata. */
static int l_point_new(lua_State *L) {
  Point *p = lua_newuserdatauv(L, sizeof(Point), 0);
  p->x = 0;
  p->y = 0;
  luaL_setmetatable(L, POINT_META);
  return 1;
}

/* p.x, p.y */
static int l_point_index(lua_State *L) {
  Point *p = luaL_checkudata(L, 1, POINT_META);
  const char *k = luaL_checkstring(L, 2);
  if (k[0] == 'x' && k[1] == '\0') {
    lua_pushinteger(L, p->x);
  } else if (k[0] == 'y' && k[1] == '\0') {
    lua_pushinteger(L, p->y);
  } else {
    lua_pushnil(L);
  }
  return 1;
}

/* p.x = v, p.y = v */
static int l_point_newindex(lua_State *L) {
  Point *p = luaL_checkudata(L, 1, POINT_META);
  const char *k = luaL_checkstring(L, 2);
  int v = arg_int(L, 3);
  if (k[0] == 'x' && k[1] == '\0') {
    p->x = v;
  } else if (k[0] == 'y' && k[1] == '\0') {
    p->y = v;
  } else {
    return luaL_error(L, "Point has no member '%s'", k);
  }
  return 0;
}

/* int point_dist2(const Point *p); */
static int l_point_dist2(lua_State *L) {
  lua_pushinteger(L, point_dist2(luaL_checkudata(L, 1, POINT_META)));
  return 1;
}

static const luaL_Reg handmod_functions[] = {
    {"fact", l_fact},         {"my_mod", l_my_mod},
    {"myadd", l_myadd},       {"get_time", l_get_time},
    {"myprint", l_myprint},   {"Point", l_point_new},
    {"point_dist2", l_point_dist2}, {NULL, NULL},
};

static const luaL_Reg point_methods[] = {
    {"__index", l_point_index},
    {"__newindex", l_point_newindex},
    {NULL, NULL},
};

int luaopen_handmod(lua_State *L) {
  luaL_newmetatable(L, POINT_META);
  luaL_setfuncs(L, point_methods, 0);
  lua_pop(L, 1);
  luaL_newlib(L, handmod_functions);
  return 1;
}
