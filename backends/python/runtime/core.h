/* rswig Python runtime: the core every wrapper uses.
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
#endif
#ifndef SWIGEXPORT
#  if defined(__GNUC__)
#    define SWIGEXPORT __attribute__ ((visibility("default")))
#  else
#    define SWIGEXPORT
#  endif
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
#define SWIG_POINTER_NOSHADOW      0x2
#define SWIG_POINTER_NEW           (SWIG_POINTER_OWN | SWIG_POINTER_NOSHADOW)

#define SWIG_fail                  goto fail
#define SWIG_Error(code, msg)      PyErr_SetString(SWIG_Python_ErrorType(code), msg)
#define SWIG_exception_fail(code, msg) do { SWIG_Error(code, msg); SWIG_fail; } while (0)
#define SWIG_exception(code, msg)  do { SWIG_Error(code, msg); SWIG_fail; } while (0)
#define SWIG_contract_assert(expr, msg) \
  do { if (!(expr)) { PyErr_SetString(PyExc_RuntimeError, msg); SWIG_fail; } } while (0)
#define SWIG_SetErrorMsg(exc, msg) PyErr_SetString(exc, msg)
#define SWIG_ErrorType(code)       SWIG_Python_ErrorType(code)

/* The Python exception for a result code. */
SWIGINTERN PyObject *SWIG_Python_ErrorType(int code) {
  switch (code) {
  case SWIG_MemoryError: return PyExc_MemoryError;
  case SWIG_IOError: return PyExc_IOError;
  case SWIG_RuntimeError: return PyExc_RuntimeError;
  case SWIG_IndexError: return PyExc_IndexError;
  case SWIG_TypeError: return PyExc_TypeError;
  case SWIG_DivisionByZero: return PyExc_ZeroDivisionError;
  case SWIG_OverflowError: return PyExc_OverflowError;
  case SWIG_SyntaxError: return PyExc_SyntaxError;
  case SWIG_ValueError: return PyExc_ValueError;
  case SWIG_SystemError: return PyExc_SystemError;
  case SWIG_AttributeError: return PyExc_AttributeError;
  case SWIG_NullReferenceError: return PyExc_TypeError;
  default: return PyExc_RuntimeError;
  }
}

/* None, as a new reference. */
SWIGINTERNINLINE PyObject *SWIG_Py_Void(void) {
  Py_INCREF(Py_None);
  return Py_None;
}

/* @piece swig_fastcall requires swig_core */
/* A wrapper's C signature: METH_FASTCALL | METH_KEYWORDS. */
typedef PyObject *(*swig_fastcall)(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames);

#if defined(Py_LIMITED_API) && Py_LIMITED_API + 0 < 0x030A0000
/* METH_FASTCALL is not in the limited API before 3.10: each wrapper gets a
   METH_VARARGS | METH_KEYWORDS adapter, `<wrapper>_varargs`. */
SWIGINTERN PyObject *SWIG_Python_CallVarargs(swig_fastcall fn, PyObject *self, PyObject *args, PyObject *kwargs) {
  Py_ssize_t nargs = PyTuple_Size(args), nkw = kwargs ? PyDict_Size(kwargs) : 0, i, pos = 0;
  PyObject *small[8], **all = small, *kwnames = NULL, *key, *value, *res = NULL;
  if (nargs + nkw > 8) {
    all = (PyObject **)PyMem_Malloc((size_t)(nargs + nkw) * sizeof(PyObject *));
    if (!all)
      return PyErr_NoMemory();
  }
  for (i = 0; i < nargs; i++)
    all[i] = PyTuple_GetItem(args, i);
  if (nkw) {
    kwnames = PyTuple_New(nkw);
    for (i = 0; kwnames && PyDict_Next(kwargs, &pos, &key, &value); i++) {
      Py_INCREF(key);
      PyTuple_SetItem(kwnames, i, key);
      all[nargs + i] = value;
    }
  }
  if (!nkw || kwnames)
    res = fn(self, all, nargs, kwnames);
  Py_XDECREF(kwnames);
  if (all != small)
    PyMem_Free(all);
  return res;
}
#  define SWIG_FASTCALL(fn) (PyCFunction)(void (*)(void))fn##_varargs, METH_VARARGS | METH_KEYWORDS
#  define SWIG_FASTCALL_ADAPTER(fn) \
  static SWIGUNUSED PyObject *fn##_varargs(PyObject *self, PyObject *args, PyObject *kwargs) { \
    return SWIG_Python_CallVarargs(fn, self, args, kwargs); \
  }
#else
#  define SWIG_FASTCALL(fn) (PyCFunction)(void (*)(void))fn, METH_FASTCALL | METH_KEYWORDS
#  define SWIG_FASTCALL_ADAPTER(fn)
#endif

/* @piece SWIG_Python_UnpackArgs requires swig_fastcall */
/* Sorts positional and keyword arguments of a METH_FASTCALL|METH_KEYWORDS
   call into `out` (one slot per parameter; NULL when not given), with the
   same messages Python gives for a `def` function. */
SWIGINTERN int SWIG_Python_UnpackArgs(const char *func, PyObject *const *args, Py_ssize_t nargs,
                                      PyObject *kwnames, const char *const *names,
                                      Py_ssize_t min, Py_ssize_t max, PyObject **out) {
  Py_ssize_t i, k, nkw = kwnames ? PyTuple_Size(kwnames) : 0;
  if (nargs > max) {
    if (min == max)
      PyErr_Format(PyExc_TypeError, "%s() takes %zd positional argument%s but %zd %s given",
                   func, max, max == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    else
      PyErr_Format(PyExc_TypeError, "%s() takes from %zd to %zd positional arguments but %zd %s given",
                   func, min, max, nargs, nargs == 1 ? "was" : "were");
    return 0;
  }
  for (i = 0; i < max; i++)
    out[i] = i < nargs ? args[i] : NULL;
  for (k = 0; k < nkw; k++) {
    PyObject *kw = PyTuple_GetItem(kwnames, k);
    for (i = 0; i < max; i++)
      if (PyUnicode_CompareWithASCIIString(kw, names[i]) == 0)
        break;
    if (i == max) {
      PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", func, kw);
      return 0;
    }
    if (out[i]) {
      PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%U'", func, kw);
      return 0;
    }
    out[i] = args[nargs + k];
  }
  {
    Py_ssize_t missing = 0;
    for (i = 0; i < min; i++)
      if (!out[i])
        missing++;
    if (missing) {
      PyObject *list = PyUnicode_FromString("");
      Py_ssize_t seen = 0;
      for (i = 0; i < min && list; i++) {
        PyObject *next;
        if (out[i])
          continue;
        seen++;
        next = PyUnicode_FromFormat("%U%s'%s'", list,
                                    seen == 1 ? "" : (missing == 2 ? " and " : (seen == missing ? ", and " : ", ")),
                                    names[i]);
        Py_DECREF(list);
        list = next;
      }
      if (list) {
        PyErr_Format(PyExc_TypeError, "%s() missing %zd required positional argument%s: %U",
                     func, missing, missing == 1 ? "" : "s", list);
        Py_DECREF(list);
      }
      return 0;
    }
  }
  return 1;
}

/* @piece SWIG_Python_SetConstant requires swig_core */
/* Installs a constant in the module dictionary (steals `obj`). */
SWIGINTERN void SWIG_Python_SetConstant(PyObject *d, const char *name, PyObject *obj) {
  if (obj) {
    PyDict_SetItemString(d, name, obj);
    Py_DECREF(obj);
  } else {
    PyErr_Clear();
  }
}

/* @piece SWIG_Python_AppendOutput requires swig_core */
/* Adds an output value to a wrapper's result: None is replaced, a single
   value becomes a list of values. Steals `obj`. */
SWIGINTERN PyObject *SWIG_Python_AppendOutput(PyObject *result, PyObject *obj) {
  if (!result) {
    result = obj;
  } else if (result == Py_None) {
    Py_DECREF(result);
    result = obj;
  } else {
    if (!PyList_Check(result)) {
      PyObject *list = PyList_New(1);
      if (!list) {
        Py_DECREF(obj);
        return result;
      }
      PyList_SetItem(list, 0, result);
      result = list;
    }
    PyList_Append(result, obj);
    Py_DECREF(obj);
  }
  return result;
}
#define SWIG_AppendOutput(result, obj) SWIG_Python_AppendOutput(result, obj)

/* @piece SWIG_Python_UTF8 requires swig_core */
/* The UTF-8 text of a str and its length in bytes, valid while `obj`
   lives; NULL with an exception set on failure. With the limited API
   before 3.10, which has no PyUnicode_AsUTF8AndSize, the text lives in a
   bytes object kept for the next 64 conversions. */
SWIGINTERN const char *SWIG_Python_UTF8(PyObject *obj, Py_ssize_t *len) {
#if defined(Py_LIMITED_API) && Py_LIMITED_API + 0 < 0x030A0000
  static PyObject *keep[64];
  static unsigned next;
  char *s;
  PyObject *bytes = PyUnicode_AsUTF8String(obj);
  if (!bytes)
    return NULL;
  if (PyBytes_AsStringAndSize(bytes, &s, len) < 0) {
    Py_DECREF(bytes);
    return NULL;
  }
  Py_XDECREF(keep[next % 64]);
  keep[next++ % 64] = bytes;
  return s;
#else
  return PyUnicode_AsUTF8AndSize(obj, len);
#endif
}
