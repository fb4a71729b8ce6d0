/* rswig Lua runtime: the type registry shared with C code outside the
   modules. Each module publishes its descriptors when loaded; the header
   `rswig -lua -external-runtime` writes (swigluarun.h) looks them up. */

/* @piece SWIG_Lua_PublishTypes requires SWIG_TypeKey */
/* Publishes `ty` under `name` in the table on top, as a light userdata,
   unless another descriptor came first. */
SWIGINTERN void SWIG_Lua_PublishType(lua_State *L, const char *name, swig_type_info *ty)
{
  char *key = (char *)malloc(strlen(name) + 1);
  if (!key) return;
  SWIG_TypeKey(name, key);
  lua_pushstring(L, key);
  free(key);
  lua_pushvalue(L, -1);
  lua_rawget(L, -3);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushlightuserdata(L, ty);
    lua_rawset(L, -3);
  } else {
    lua_pop(L, 2);
  }
}

/* Publishes a module's descriptors in the registry's "rswig.types" table
 * (one per Lua state), by mangled name, by display name, and by the other
 * spellings in `aliases` (pairs of mangled name and spelling, ending with
 * NULL), so that SWIG_TypeQuery in code outside the modules finds them. */
SWIGINTERN void SWIG_Lua_PublishTypes(lua_State *L, swig_type_info *types, size_t count, const char *const *aliases)
{
  size_t i, k;
  lua_getfield(L, LUA_REGISTRYINDEX, "rswig.types");
  if (!lua_istable(L, -1)) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, "rswig.types");
  }
  for (i = 0; i < count; i++) {
    SWIG_Lua_PublishType(L, types[i].name, &types[i]);
    SWIG_Lua_PublishType(L, types[i].str, &types[i]);
  }
  for (k = 0; aliases && aliases[k]; k += 2) {
    for (i = 0; i < count; i++) {
      if (strcmp(types[i].name, aliases[k]) == 0) {
        SWIG_Lua_PublishType(L, aliases[k + 1], &types[i]);
        break;
      }
    }
  }
  lua_pop(L, 1);
}

/* @piece swig_external requires SWIG_NewPointerObj, SWIG_TypeKey */
/* The runtime for C code outside the modules. */

/* The descriptor a module loaded in this Lua state published for `name`:
 * a C type ("struct Point *"; spaces and the keywords struct, union and
 * enum do not matter) or a mangled name ("_p_Point"); NULL if no module
 * knows the type. */
SWIGRUNTIME swig_type_info *SWIG_Lua_TypeQuery(lua_State *L, const char *name)
{
  swig_type_info *ty = NULL;
  char *key = (char *)malloc(strlen(name) + 1);
  if (!key) return NULL;
  SWIG_TypeKey(name, key);
  lua_getfield(L, LUA_REGISTRYINDEX, "rswig.types");
  if (lua_istable(L, -1)) {
    lua_getfield(L, -1, key);
    ty = (swig_type_info *)lua_touserdata(L, -1);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  free(key);
  return ty;
}
#define SWIG_TypeQuery(L, name) SWIG_Lua_TypeQuery(L, name)
#define SWIG_TypeName(ty) ((ty) ? (ty)->str : "void *")

/* SWIG_NewPointerObj: pushes `ptr` as an object of its type's class when
 * a module wraps the type in one (nil for NULL); with `own`, Lua frees it.
 * Makes the plain pointers' metatable when no module has yet. */
SWIGRUNTIME void SWIG_Lua_ExternalNewPointerObj(lua_State *L, void *ptr, swig_type_info *type, int own)
{
  if (luaL_newmetatable(L, "SWIG_pointer"))
    SWIG_Lua_InitMetatable(L);
  lua_pop(L, 1);
  SWIG_Lua_NewPointerObj(L, ptr, type, own);
}
#undef SWIG_NewPointerObj
#undef SWIG_NewFunctionPtrObj
#define SWIG_NewPointerObj(L, ptr, type, own) SWIG_Lua_ExternalNewPointerObj(L, (void *)(ptr), type, own)
#define SWIG_NewFunctionPtrObj(L, ptr, type) SWIG_Lua_ExternalNewPointerObj(L, (void *)(ptr), type, 0)

/* SWIG_MustGetPtr: the pointer at `idx`, or a Lua error "Error in
 * func_name (arg argnum), expected 'T' got 'U'". */
SWIGRUNTIME void *SWIG_Lua_MustGetPtr(lua_State *L, int idx, swig_type_info *type, int flags, int argnum,
                                      const char *func_name)
{
  void *ptr = NULL;
  if (!SWIG_IsOK(SWIG_Lua_ConvertPtr(L, idx, &ptr, type, flags))) {
    lua_pushfstring(L, "Error in %s (arg %d), expected '%s' got '%s'", func_name, argnum, SWIG_TypeName(type),
                    SWIG_Lua_typename(L, idx));
    lua_error(L);
  }
  return ptr;
}
#undef SWIG_MustGetPtr
#define SWIG_MustGetPtr(L, idx, type, flags, argnum, func_name) \
  SWIG_Lua_MustGetPtr(L, idx, type, flags, argnum, func_name)
