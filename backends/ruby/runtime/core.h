/* rswig Ruby runtime: the core every wrapper uses.
   Split into pieces; the emitter copies only the pieces a module uses. */

/* @piece swig_core */
#ifndef SWIGINTERN
#  if defined(__GNUC__)
#    define SWIGUNUSED __attribute__ ((__unused__))
#  else
#    define SWIGUNUSED
#  endif
#  define SWIGINTERN static SWIGUNUSED
#  define SWIGINTERNINLINE static SWIGUNUSED inline
#  define SWIGRUNTIME SWIGINTERN
#  define SWIGRUNTIMEINLINE SWIGINTERNINLINE
#  define SWIGEXPORT __attribute__ ((visibility("default")))
#endif
#ifndef SWIGSTDCALL
#  define SWIGSTDCALL
#endif
#ifndef SWIGINLINE
#  define SWIGINLINE inline
#endif
#ifndef SWIGUNUSEDPARM
#  define SWIGUNUSEDPARM(p) p SWIGUNUSED
#endif
#define SWIG_as_voidptr(a) ((void *)(a))
#define SWIG_as_voidptrptr(a) ((void **)(a))
#if defined(__GNUC__)
#  define SWIG_LABEL_UNUSED __attribute__ ((__unused__))
#else
#  define SWIG_LABEL_UNUSED
#endif

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

/* Result codes of conversions (SWIG's public values). */
#define SWIG_OK                    0
#define SWIG_ERROR                 (-1)
#define SWIG_UnknownError          (-1)
#define SWIG_IOError               (-2)
#define SWIG_RuntimeError          (-3)
#define SWIG_IndexError            (-4)
#define SWIG_TypeError             (-5)
#define SWIG_DivisionByZero        (-6)
#define SWIG_OverflowError         (-7)
#define SWIG_SyntaxError           (-8)
#define SWIG_ValueError            (-9)
#define SWIG_SystemError           (-10)
#define SWIG_AttributeError        (-11)
#define SWIG_MemoryError           (-12)
#define SWIG_NullReferenceError    (-13)
#define SWIG_ObjectPreviouslyDeletedError (-100)
#define SWIG_IsOK(r)               ((r) >= 0)
#define SWIG_ArgError(r)           (((r) != SWIG_ERROR) ? (r) : SWIG_TypeError)
#define SWIG_OLDOBJ                SWIG_OK
#define SWIG_NEWOBJMASK            (1 << 9)
#define SWIG_NEWOBJ                (SWIG_OK | SWIG_NEWOBJMASK)
#define SWIG_IsNewObj(r)           (SWIG_IsOK(r) && ((r) & SWIG_NEWOBJMASK))
#define SWIG_AddCast(r)            (r)
#define SWIG_CheckState(r)         (SWIG_IsOK(r) ? 1 : 0)

/* Pointer conversion flags. */
#define SWIG_POINTER_DISOWN        0x1
#define SWIG_POINTER_OWN           0x1
#define SWIG_POINTER_NO_NULL       0x4
#define SWIG_POINTER_NEW           SWIG_POINTER_OWN
#define SWIG_POINTER_CLEAR         0x8

/* Raising never returns (rb_raise unwinds the C stack). */
#define SWIG_fail                  goto fail
#define SWIG_Error(code, msg)      rb_raise(SWIG_Ruby_ErrorType(code), "%s", msg)
#define SWIG_exception_fail(code, msg) do { SWIG_Error(code, msg); SWIG_fail; } while (0)
#define SWIG_exception(code, msg)  do { SWIG_Error(code, msg); SWIG_fail; } while (0)
#define SWIG_contract_assert(expr, msg) \
  do { if (!(expr)) { rb_raise(rb_eRuntimeError, "%s", msg); SWIG_fail; } } while (0)
#define SWIG_ErrorType(code)       SWIG_Ruby_ErrorType(code)

/* The `SWIG` module, home of the pointer classes and SWIG's own errors. */
SWIGINTERN VALUE SWIG_Ruby_Module(void) {
  return rb_define_module("SWIG");
}

/* SWIG's name for that module. */
#define _mSWIG SWIG_Ruby_Module()

/* NullReferenceError and ObjectPreviouslyDeleted, top-level classes as in
   SWIG's Ruby module. */
SWIGINTERN VALUE SWIG_Ruby_NullReferenceError(void) {
  return rb_define_class("NullReferenceError", rb_eRuntimeError);
}

SWIGINTERN VALUE SWIG_Ruby_ObjectPreviouslyDeleted(void) {
  return rb_define_class("ObjectPreviouslyDeleted", rb_eRuntimeError);
}

/* Casts of method pointers for the Ruby API (used in user code). */
#define VALUEFUNC(f) ((VALUE (*)(ANYARGS))(f))
#define VOIDFUNC(f) ((RUBY_DATA_FUNC)(f))

/* The Ruby exception class for a result code. */
SWIGINTERN VALUE SWIG_Ruby_ErrorType(int code) {
  switch (code) {
  case SWIG_MemoryError: return rb_eNoMemError;
  case SWIG_IOError: return rb_eIOError;
  case SWIG_RuntimeError: return rb_eRuntimeError;
  case SWIG_IndexError: return rb_eIndexError;
  case SWIG_TypeError: return rb_eTypeError;
  case SWIG_DivisionByZero: return rb_eZeroDivError;
  case SWIG_OverflowError: return rb_eRangeError;
  case SWIG_SyntaxError: return rb_eSyntaxError;
  case SWIG_ValueError: return rb_eArgError;
  case SWIG_SystemError: return rb_eFatal;
  case SWIG_AttributeError: return rb_eRuntimeError;
  case SWIG_NullReferenceError: return SWIG_Ruby_NullReferenceError();
  case SWIG_ObjectPreviouslyDeletedError: return SWIG_Ruby_ObjectPreviouslyDeleted();
  default: return rb_eRuntimeError;
  }
}

/* @piece Ruby_Format_TypeError requires swig_core */
/* The message of a failed argument conversion, as SWIG words it:
   "Expected argument 0 of type int, but got String \"5\"\n\tin SWIG method 'fact'"
   (`argn` counts from 1; the message counts from 0). */
SWIGINTERN const char *Ruby_Format_TypeError(const char *msg, const char *type, const char *name,
                                             int argn, VALUE input) {
  VALUE str = rb_str_new_cstr(msg ? msg : "");
  VALUE shown = rb_inspect(input);
  rb_str_catf(str, "Expected argument %d of type %s, but got %s ", argn - 1, type, rb_obj_classname(input));
  if (RSTRING_LEN(shown) > 30) {
    rb_str_cat(str, RSTRING_PTR(shown), 30);
    rb_str_cat_cstr(str, "...");
  } else {
    rb_str_append(str, shown);
  }
  if (name && *name)
    rb_str_catf(str, "\n\tin SWIG method '%s'", name);
  return StringValueCStr(str);
}

/* @piece SWIG_Ruby_ArgCount requires swig_core */
/* Raises ArgumentError unless `min <= argc <= max`, worded as SWIG does
   (which names the required count either way): "wrong # of arguments(4 for 1)". */
SWIGINTERN void SWIG_Ruby_ArgCount(int argc, int min, int max) {
  if (argc < min || argc > max)
    rb_raise(rb_eArgError, "wrong # of arguments(%d for %d)", argc, min);
}

/* @piece SWIG_Ruby_SetConstant requires swig_core */
/* Defines a constant in the module; Ruby constants start with a capital,
   so a lower-case first letter is raised (as SWIG does). */
SWIGINTERN void SWIG_Ruby_SetConstant(VALUE mod, const char *name, VALUE value) {
  char buf[256];
  size_t n = strlen(name);
  if (n == 0 || n >= sizeof(buf))
    return;
  memcpy(buf, name, n + 1);
  if (buf[0] >= 'a' && buf[0] <= 'z')
    buf[0] = (char)(buf[0] - 'a' + 'A');
  if (!(buf[0] >= 'A' && buf[0] <= 'Z'))
    return;
  rb_define_const(mod, buf, value);
}

/* @piece SWIG_Ruby_AppendOutput requires swig_core */
/* Adds an output value to a wrapper's result: nil is replaced, a single
   value becomes an array of values. */
SWIGINTERN VALUE SWIG_Ruby_AppendOutput(VALUE target, VALUE o) {
  if (NIL_P(target)) {
    target = o;
  } else {
    if (!RB_TYPE_P(target, T_ARRAY)) {
      VALUE first = target;
      target = rb_ary_new();
      rb_ary_push(target, first);
    }
    rb_ary_push(target, o);
  }
  return target;
}
#define SWIG_AppendOutput(result, obj) SWIG_Ruby_AppendOutput(result, obj)
