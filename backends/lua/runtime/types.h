/* @piece swig_type_table */
/* (the emitter writes the descriptor table here) */

/* @piece SWIG_ConvertPtr requires SWIG_Lua_typename */
/* Whether a pointer of type `from` may be passed where `to` is expected:
 * the same type (possibly from another module), one `to` lists among its
 * casts (`%types(doubleArray = double)`), or any to `void *`. */
SWIGINTERN int SWIG_Lua_TypeCompatible(const swig_type_info *from, const swig_type_info *to)
{
  if (!to || from == to) return 1;
  if (!from) return 0;
  if (strcmp(from->name, to->name) == 0) return 1;
  if (to->casts) {
    const char *hit = strstr(to->casts, from->name);
    size_t len = strlen(from->name);
    while (hit) {
      if (hit[-1] == '|' && hit[len] == '|') return 1;
      hit = strstr(hit + 1, from->name);
    }
  }
  return strcmp(to->name, "_p_void") == 0;
}

/* Gets the C pointer at idx: nil is NULL, a wrapped pointer must have a
 * compatible type. With SWIG_POINTER_DISOWN, the object gives up ownership. */
SWIGINTERN int SWIG_Lua_ConvertPtr(lua_State *L, int idx, void **ptr, swig_type_info *type, int flags)
{
  swig_lua_userdata *ud;
  if (lua_isnil(L, idx)) {
    *ptr = NULL;
    return SWIG_OK;
  }
  if (lua_islightuserdata(L, idx)) {
    *ptr = lua_touserdata(L, idx);
    return SWIG_OK;
  }
  ud = SWIG_Lua_ToUserdata(L, idx);
  if (!ud || !SWIG_Lua_TypeCompatible(ud->type, type)) return SWIG_ERROR;
  if (flags & SWIG_POINTER_DISOWN) ud->own = 0;
  *ptr = ud->ptr;
  return SWIG_OK;
}
#define SWIG_ConvertPtr(L, idx, ptr, type, flags) SWIG_Lua_ConvertPtr(L, idx, ptr, type, flags)
#define SWIG_MustGetPtr(L, idx, type, flags) SWIG_Lua_MustGetPtr(L, idx, type, flags)

/* "Error in f (arg n), expected 'T *' got 'U'". */
#define SWIG_fail_ptr(func, argnum, type) do { \
    lua_pushfstring(L, "Error in %s (arg %d), expected '%s' got '%s'", func, argnum, \
                    (type) ? (type)->str : "void *", SWIG_Lua_typename(L, argnum)); \
    SWIG_fail; \
  } while (0)

/* @piece SWIG_NewPointerObj requires SWIG_ConvertPtr */
/* The metatable of pointers of type `type`: its class's (registered by
 * this module or, for a type it %imports, by the module that wraps it), or
 * the plain one. */
SWIGINTERN void SWIG_Lua_GetMetatable(lua_State *L, swig_type_info *type)
{
  swig_lua_class *cls = type ? (swig_lua_class *)type->clientdata : NULL;
  if (cls || type) {
    luaL_getmetatable(L, cls ? cls->type->name : type->name);
    if (!lua_isnil(L, -1)) {
      if (!cls) {
        /* Another module's class: this module's descriptor adopts it. */
        lua_getfield(L, -1, ".class");
        type->clientdata = lua_touserdata(L, -1);
        lua_pop(L, 1);
      }
      return;
    }
    lua_pop(L, 1);
  }
  luaL_getmetatable(L, "SWIG_pointer");
}

/* Pushes a typed pointer (nil for NULL). With `own`, the object frees it
 * when collected. */
SWIGINTERN void SWIG_Lua_NewPointerObj(lua_State *L, void *ptr, swig_type_info *type, int own)
{
  swig_lua_userdata *ud;
  if (!ptr) {
    lua_pushnil(L);
    return;
  }
  ud = (swig_lua_userdata *)lua_newuserdata(L, sizeof(swig_lua_userdata));
  ud->type = type;
  ud->own = own;
  ud->ptr = ptr;
  SWIG_Lua_GetMetatable(L, type);
  lua_setmetatable(L, -2);
}
#define SWIG_NewPointerObj(L, ptr, type, own) SWIG_Lua_NewPointerObj(L, (void *)(ptr), type, own)
#define SWIG_NewFunctionPtrObj(L, ptr, type) SWIG_Lua_NewPointerObj(L, (void *)(ptr), type, 0)

/* __tostring of every pointer object. */
SWIGINTERN int SWIG_Lua_tostring(lua_State *L)
{
  swig_lua_userdata *ud = SWIG_Lua_ToUserdata(L, 1);
  if (!ud) return 0;
  lua_pushfstring(L, "<userdata of type '%s' at %p>", ud->type ? ud->type->str : "void *", ud->ptr);
  return 1;
}

/* __eq: the same C pointer. */
SWIGINTERN int SWIG_Lua_equal(lua_State *L)
{
  swig_lua_userdata *a = SWIG_Lua_ToUserdata(L, 1);
  swig_lua_userdata *b = SWIG_Lua_ToUserdata(L, 2);
  lua_pushboolean(L, a && b && a->ptr == b->ptr);
  return 1;
}

/* __gc: owned memory goes back through the class destructor, or free(). */
SWIGINTERN int SWIG_Lua_gc(lua_State *L)
{
  swig_lua_userdata *ud = SWIG_Lua_ToUserdata(L, 1);
  swig_lua_class *cls;
  if (!ud || !ud->own || !ud->ptr) return 0;
  cls = ud->type ? (swig_lua_class *)ud->type->clientdata : NULL;
  if (cls && cls->destructor) {
    lua_pushcfunction(L, cls->destructor);
    lua_pushvalue(L, 1);
    if (lua_pcall(L, 1, 0, 0) != 0) lua_pop(L, 1);
  } else if (!cls) {
    free(ud->ptr);
  }
  ud->own = 0;
  ud->ptr = NULL;
  return 0;
}

/* swig_type(obj): the C type of a wrapped pointer. */
SWIGINTERN int SWIG_Lua_type(lua_State *L)
{
  swig_lua_userdata *ud = SWIG_Lua_ToUserdata(L, 1);
  if (ud && ud->type) lua_pushstring(L, ud->type->str);
  else lua_pushstring(L, luaL_typename(L, 1));
  return 1;
}

/* swig_equals(a, b): two objects hold the same pointer. */
SWIGINTERN int SWIG_Lua_equals(lua_State *L)
{
  return SWIG_Lua_equal(L);
}

/* Marks the metatable on top as SWIG's and fills the common entries. */
SWIGINTERN void SWIG_Lua_InitMetatable(lua_State *L)
{
  lua_pushboolean(L, 1);
  lua_setfield(L, -2, ".swig");
  lua_pushcfunction(L, SWIG_Lua_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pushcfunction(L, SWIG_Lua_equal);
  lua_setfield(L, -2, "__eq");
  lua_pushcfunction(L, SWIG_Lua_gc);
  lua_setfield(L, -2, "__gc");
}

/* The metatable of plain pointers, and the global helper functions. */
SWIGINTERN void SWIG_Lua_InitPointers(lua_State *L)
{
  luaL_newmetatable(L, "SWIG_pointer");
  SWIG_Lua_InitMetatable(L);
  lua_pop(L, 1);
  lua_pushcfunction(L, SWIG_Lua_type);
  lua_setglobal(L, "swig_type");
  lua_pushcfunction(L, SWIG_Lua_equals);
  lua_setglobal(L, "swig_equals");
}

/* @piece SWIG_Lua_Class requires SWIG_NewPointerObj */
/* The class of the object at 1 (a method's self). */
SWIGINTERN swig_lua_class *SWIG_Lua_ClassOf(lua_State *L)
{
  swig_lua_userdata *ud = SWIG_Lua_ToUserdata(L, 1);
  return ud && ud->type ? (swig_lua_class *)ud->type->clientdata : NULL;
}

/* obj.name: a method, or a member read through its getter. */
SWIGINTERN int SWIG_Lua_class_get(lua_State *L)
{
  swig_lua_class *cls = SWIG_Lua_ClassOf(L);
  const char *name = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "";
  const swig_lua_method *m;
  const swig_lua_attribute *a;
  if (!cls) return 0;
  for (a = cls->attributes; a && a->name; a++) {
    if (strcmp(a->name, name) == 0) {
      lua_pushcfunction(L, a->get);
      lua_pushvalue(L, 1);
      lua_call(L, 1, 1);
      return 1;
    }
  }
  for (m = cls->methods; m && m->name; m++) {
    if (strcmp(m->name, name) == 0) {
      lua_pushcfunction(L, m->func);
      return 1;
    }
  }
  for (m = cls->methods; m && m->name; m++) {
    if (strcmp(m->name, "__getitem") == 0) {
      lua_pushcfunction(L, m->func);
      lua_pushvalue(L, 1);
      lua_pushvalue(L, 2);
      lua_call(L, 2, 1);
      return 1;
    }
  }
  return 0;
}

/* obj.name = value: a member written through its setter. */
SWIGINTERN int SWIG_Lua_class_set(lua_State *L)
{
  swig_lua_class *cls = SWIG_Lua_ClassOf(L);
  const char *name = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "";
  const swig_lua_method *m;
  const swig_lua_attribute *a;
  if (cls) {
    for (a = cls->attributes; a && a->name; a++) {
      if (strcmp(a->name, name) == 0) {
        if (!a->set) return luaL_error(L, "Variable %s is immutable", name);
        lua_pushcfunction(L, a->set);
        lua_pushvalue(L, 1);
        lua_pushvalue(L, 3);
        lua_call(L, 2, 0);
        return 0;
      }
    }
    for (m = cls->methods; m && m->name; m++) {
      if (strcmp(m->name, "__setitem") == 0) {
        lua_pushcfunction(L, m->func);
        lua_pushvalue(L, 1);
        lua_pushvalue(L, 2);
        lua_pushvalue(L, 3);
        lua_call(L, 3, 0);
        return 0;
      }
    }
  }
  return luaL_error(L, "Assignment not possible. No setter/member with this name. "
                       "For custom assignments implement __setitem method.");
}

/* Class(...): calls the constructor (the class table is argument 1). */
SWIGINTERN int SWIG_Lua_class_call(lua_State *L)
{
  swig_lua_class *cls = (swig_lua_class *)lua_touserdata(L, lua_upvalueindex(1));
  if (!cls->constructor) return luaL_error(L, "No constructor defined for %s", cls->name);
  lua_remove(L, 1);
  lua_pushcfunction(L, cls->constructor);
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* Creates the class's metatable and puts its class table (callable, to
 * construct) into the table on top, under its name. */
SWIGINTERN void SWIG_Lua_RegisterClass(lua_State *L, swig_lua_class *cls)
{
  const swig_lua_method *m;
  luaL_newmetatable(L, cls->type->name);
  SWIG_Lua_InitMetatable(L);
  lua_pushlightuserdata(L, cls);
  lua_setfield(L, -2, ".class");
  lua_pushcfunction(L, SWIG_Lua_class_get);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, SWIG_Lua_class_set);
  lua_setfield(L, -2, "__newindex");
  /* Operators (__add, __call, __tostring, ...) go to the metatable too. */
  for (m = cls->methods; m && m->name; m++) {
    if (m->name[0] == '_' && m->name[1] == '_' && strcmp(m->name, "__getitem") != 0 &&
        strcmp(m->name, "__setitem") != 0) {
      lua_pushcfunction(L, m->func);
      lua_setfield(L, -2, m->name);
    }
  }
  lua_pop(L, 1);
  cls->type->clientdata = cls;
  /* The class table: methods by name, and a metatable whose __call builds. */
  lua_newtable(L);
  SWIG_Lua_SetFuncs(L, cls->methods);
  SWIG_Lua_SetFuncs(L, cls->statics);
  lua_newtable(L);
  lua_pushlightuserdata(L, cls);
  lua_pushcclosure(L, SWIG_Lua_class_call, 1);
  lua_setfield(L, -2, "__call");
  lua_setmetatable(L, -2);
  lua_setfield(L, -2, cls->name);
}
