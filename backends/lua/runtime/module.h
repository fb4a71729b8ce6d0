/* @piece SWIG_Lua_Variables */
/* Global C variables are fields of the module table, read and written
 * through its metatable: `.get` and `.set` hold the accessor functions. */
typedef struct swig_lua_variable {
  const char *name;
  lua_CFunction get;
  lua_CFunction set;
} swig_lua_variable;

/* module.name: a variable's getter, else the raw field. */
SWIGINTERN int SWIG_Lua_module_get(lua_State *L)
{
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, ".get");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  if (lua_iscfunction(L, -1)) {
    lua_call(L, 0, 1);
    return 1;
  }
  lua_pop(L, 3);
  lua_rawget(L, 1);
  return 1;
}

/* module.name = value: a variable's setter (an immutable variable refuses),
 * else a new raw field. */
SWIGINTERN int SWIG_Lua_module_set(lua_State *L)
{
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, ".set");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  if (lua_iscfunction(L, -1)) {
    lua_pushvalue(L, 3);
    lua_call(L, 1, 0);
    return 0;
  }
  lua_pop(L, 2);
  lua_getfield(L, -1, ".get");
  lua_pushvalue(L, 2);
  lua_rawget(L, -2);
  if (lua_iscfunction(L, -1)) {
    lua_pushstring(L, "This variable is immutable");
    return lua_error(L);
  }
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 0;
}

/* Gives the module table on top its variables. */
SWIGINTERN void SWIG_Lua_InstallVariables(lua_State *L, const swig_lua_variable *v)
{
  lua_newtable(L);
  lua_newtable(L);
  lua_newtable(L);
  for (; v->name; v++) {
    lua_pushcfunction(L, v->get);
    lua_setfield(L, -3, v->name);
    if (v->set) {
      lua_pushcfunction(L, v->set);
      lua_setfield(L, -2, v->name);
    }
  }
  lua_setfield(L, -3, ".set");
  lua_setfield(L, -2, ".get");
  lua_pushcfunction(L, SWIG_Lua_module_get);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, SWIG_Lua_module_set);
  lua_setfield(L, -2, "__newindex");
  lua_setmetatable(L, -2);
}
