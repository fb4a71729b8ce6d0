/* @piece swig_core */
/* rswig Lua runtime: the pieces every module uses. Portable across
 * Lua 5.1 (and LuaJIT), 5.2, 5.3 and 5.4. */
#include <lua.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>

#ifndef SWIGUNUSED
#if defined(__GNUC__)
#define SWIGUNUSED __attribute__((__unused__))
#else
#define SWIGUNUSED
#endif
#endif
#ifndef SWIGINTERN
#define SWIGINTERN static SWIGUNUSED
#endif
#ifndef SWIGEXPORT
#if defined(_WIN32) || defined(__CYGWIN__)
#define SWIGEXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define SWIGEXPORT __attribute__((visibility("default")))
#else
#define SWIGEXPORT
#endif
#endif
#ifndef SWIGRUNTIME
#define SWIGRUNTIME SWIGINTERN
#endif
#ifndef SWIGINLINE
#define SWIGINLINE inline
#endif
#ifndef SWIGSTDCALL
#define SWIGSTDCALL
#endif
#define SWIG_LABEL_UNUSED SWIGUNUSED
#define SWIG_UNUSED_PARAM(x) (void)(x)

/* Result codes of the conversion helpers. */
#define SWIG_OK 0
#define SWIG_ERROR (-1)
#define SWIG_IsOK(r) ((r) >= 0)
#define SWIG_UnknownError (-1)
#define SWIG_IOError (-2)
#define SWIG_RuntimeError (-3)
#define SWIG_IndexError (-4)
#define SWIG_TypeError (-5)
#define SWIG_DivisionByZero (-6)
#define SWIG_OverflowError (-7)
#define SWIG_SyntaxError (-8)
#define SWIG_ValueError (-9)
#define SWIG_SystemError (-10)
#define SWIG_AttributeError (-11)
#define SWIG_MemoryError (-12)
#define SWIG_NullReferenceError (-13)
#define SWIG_NegativeError (-100)
#define SWIG_ArgError(r) ((r) != SWIG_ERROR ? (r) : SWIG_TypeError)

#define SWIG_POINTER_OWN 1
#define SWIG_POINTER_DISOWN 1

/* Failing in a wrapper: the message is on the stack, `fail:` raises it. */
#define SWIG_fail goto fail
#define SWIG_Lua_pusherrstring(L, msg) lua_pushstring(L, msg)
/* SWIG_exception(code, msg) raises "SWIG_ValueError:msg" and the like. */
#define SWIG_Error(code, msg) lua_pushfstring(L, "%s:%s", SWIG_Lua_ErrorType(code), msg)
#define SWIG_exception_fail(code, msg) do { SWIG_Error(code, msg); SWIG_fail; } while (0)
#define SWIG_exception(code, msg) SWIG_exception_fail(code, msg)
/* `%contract`: a failed condition raises its message. */
#define SWIG_contract_assert(expr, msg) \
  do { if (!(expr)) { lua_pushstring(L, msg); SWIG_fail; } } while (0)
#define SWIG_fail_arg(func, argnum, type) do { SWIG_Lua_PushArgError(L, SWIG_TypeError, func, argnum, type, argnum); SWIG_fail; } while (0)
#define SWIG_check_num_args(func, a, b) \
  if (lua_gettop(L) < (a) || lua_gettop(L) > (b)) { \
    lua_pushfstring(L, "Error in %s expected %d..%d args, got %d", func, a, b, lua_gettop(L)); \
    SWIG_fail; \
  }

#if LUA_VERSION_NUM >= 502
#define SWIG_Lua_rawlen(L, i) lua_rawlen(L, i)
#else
#define SWIG_Lua_rawlen(L, i) lua_objlen(L, i)
#endif

/* Pointer types: the descriptor table entries. */
typedef struct swig_type_info {
  const char *name;      /* mangled: _p_int */
  const char *str;       /* as users see it: int * */
  void *clientdata;      /* the swig_lua_class wrapping it, if any */
  int owndata;
  const char *casts;     /* "|_p_doubleArray|": types also accepted as this one */
} swig_type_info;

/* The object a typed pointer travels in. */
typedef struct swig_lua_userdata {
  swig_type_info *type;
  int own;
  void *ptr;
} swig_lua_userdata;

/* A wrapped struct: its methods and member accessors. */
typedef struct swig_lua_method {
  const char *name;
  lua_CFunction func;
} swig_lua_method;

typedef struct swig_lua_attribute {
  const char *name;
  lua_CFunction get;
  lua_CFunction set;
} swig_lua_attribute;

typedef struct swig_lua_class {
  const char *name;
  swig_type_info *type;
  lua_CFunction constructor;
  lua_CFunction destructor;
  const swig_lua_method *methods;
  const swig_lua_attribute *attributes;
  const swig_lua_method *statics;
} swig_lua_class;

/* The name of a result code, as SWIG_exception's message shows it. */
SWIGINTERN const char *SWIG_Lua_ErrorType(int code)
{
  switch (code) {
  case SWIG_MemoryError: return "SWIG_MemoryError";
  case SWIG_IOError: return "SWIG_IOError";
  case SWIG_RuntimeError: return "SWIG_RuntimeError";
  case SWIG_IndexError: return "SWIG_IndexError";
  case SWIG_TypeError: return "SWIG_TypeError";
  case SWIG_DivisionByZero: return "SWIG_DivisionByZero";
  case SWIG_OverflowError: return "SWIG_OverflowError";
  case SWIG_SyntaxError: return "SWIG_SyntaxError";
  case SWIG_ValueError: return "SWIG_ValueError";
  case SWIG_SystemError: return "SWIG_SystemError";
  case SWIG_AttributeError: return "SWIG_AttributeError";
  case SWIG_NullReferenceError: return "SWIG_NullReferenceError";
  default: return "SWIG_UnknownError";
  }
}

/* The name of the value at idx, for error messages: a wrapped pointer's C
 * type, else the Lua type name. */
SWIGINTERN const char *SWIG_Lua_typename(lua_State *L, int idx);

/* "Error in f (arg n), expected 'T' got 'U'" (or a range message). */
SWIGINTERN void SWIG_Lua_PushArgError(lua_State *L, int code, const char *func, int argnum,
                                      const char *type, int idx)
{
  if (code == SWIG_OverflowError) {
    if (lua_isnumber(L, idx) && lua_tonumber(L, idx) < 0) {
      lua_pushfstring(L, "Error in %s (arg %d), value out of range for '%s' (number must not be negative)",
                      func, argnum, type);
    } else {
      lua_pushfstring(L, "Error in %s (arg %d), value out of range for '%s'", func, argnum, type);
    }
  } else {
    lua_pushfstring(L, "Error in %s (arg %d), expected '%s' got '%s'", func, argnum, type,
                    SWIG_Lua_typename(L, idx));
  }
}

/* Registers the functions of a NULL-terminated table into the table on top. */
SWIGINTERN void SWIG_Lua_SetFuncs(lua_State *L, const swig_lua_method *m)
{
  for (; m && m->name; m++) {
    lua_pushcfunction(L, m->func);
    lua_setfield(L, -2, m->name);
  }
}

/* @piece SWIG_Lua_typename */
/* Whether the value at idx is a userdata made by SWIG (its metatable is
 * marked with ".swig"). */
SWIGINTERN swig_lua_userdata *SWIG_Lua_ToUserdata(lua_State *L, int idx)
{
  swig_lua_userdata *ud;
  if (lua_type(L, idx) != LUA_TUSERDATA || !lua_getmetatable(L, idx)) return NULL;
  lua_pushstring(L, ".swig");
  lua_rawget(L, -2);
  ud = lua_toboolean(L, -1) ? (swig_lua_userdata *)lua_touserdata(L, idx) : NULL;
  lua_pop(L, 2);
  return ud;
}

SWIGINTERN const char *SWIG_Lua_typename(lua_State *L, int idx)
{
  swig_lua_userdata *ud = SWIG_Lua_ToUserdata(L, idx);
  if (ud && ud->type) return ud->type->str;
  return luaL_typename(L, idx);
}
