/* rswig Python runtime: conversions of C primitive types.
   SWIG_AsVal_<type>(obj, &val) converts a Python object to C, returning a
   result code (SWIG_TypeError, SWIG_OverflowError); SWIG_From_<type>(v)
   makes a new Python object. Type names use SWIG's spelling
   (`unsigned_SS_int` for `unsigned int`). */

/* @piece SWIG_AsVal_long requires swig_core */
SWIGINTERN int SWIG_AsVal_long(PyObject *obj, long *val) {
  long v;
  if (!PyLong_Check(obj))
    return SWIG_TypeError;
  v = PyLong_AsLong(obj);
  if (v == -1 && PyErr_Occurred()) {
    PyErr_Clear();
    return SWIG_OverflowError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_unsigned_SS_long requires swig_core */
SWIGINTERN int SWIG_AsVal_unsigned_SS_long(PyObject *obj, unsigned long *val) {
  unsigned long v;
  if (!PyLong_Check(obj))
    return SWIG_TypeError;
  v = PyLong_AsUnsignedLong(obj);
  if (v == (unsigned long)-1 && PyErr_Occurred()) {
    PyErr_Clear();
    return SWIG_OverflowError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_long_SS_long requires swig_core */
SWIGINTERN int SWIG_AsVal_long_SS_long(PyObject *obj, long long *val) {
  long long v;
  if (!PyLong_Check(obj))
    return SWIG_TypeError;
  v = PyLong_AsLongLong(obj);
  if (v == -1 && PyErr_Occurred()) {
    PyErr_Clear();
    return SWIG_OverflowError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_unsigned_SS_long_SS_long requires swig_core */
SWIGINTERN int SWIG_AsVal_unsigned_SS_long_SS_long(PyObject *obj, unsigned long long *val) {
  unsigned long long v;
  if (!PyLong_Check(obj))
    return SWIG_TypeError;
  v = PyLong_AsUnsignedLongLong(obj);
  if (v == (unsigned long long)-1 && PyErr_Occurred()) {
    PyErr_Clear();
    return SWIG_OverflowError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_int requires SWIG_AsVal_long */
SWIGINTERN int SWIG_AsVal_int(PyObject *obj, int *val) {
  long v;
  int res = SWIG_AsVal_long(obj, &v);
  if (!SWIG_IsOK(res))
    return res;
  if (v < INT_MIN || v > INT_MAX)
    return SWIG_OverflowError;
  if (val)
    *val = (int)v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_short requires SWIG_AsVal_long */
SWIGINTERN int SWIG_AsVal_short(PyObject *obj, short *val) {
  long v;
  int res = SWIG_AsVal_long(obj, &v);
  if (!SWIG_IsOK(res))
    return res;
  if (v < SHRT_MIN || v > SHRT_MAX)
    return SWIG_OverflowError;
  if (val)
    *val = (short)v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_signed_SS_char requires SWIG_AsVal_long */
SWIGINTERN int SWIG_AsVal_signed_SS_char(PyObject *obj, signed char *val) {
  long v;
  int res = SWIG_AsVal_long(obj, &v);
  if (!SWIG_IsOK(res))
    return res;
  if (v < SCHAR_MIN || v > SCHAR_MAX)
    return SWIG_OverflowError;
  if (val)
    *val = (signed char)v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_unsigned_SS_int requires SWIG_AsVal_unsigned_SS_long */
SWIGINTERN int SWIG_AsVal_unsigned_SS_int(PyObject *obj, unsigned int *val) {
  unsigned long v;
  int res = SWIG_AsVal_unsigned_SS_long(obj, &v);
  if (!SWIG_IsOK(res))
    return res;
  if (v > UINT_MAX)
    return SWIG_OverflowError;
  if (val)
    *val = (unsigned int)v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_unsigned_SS_short requires SWIG_AsVal_unsigned_SS_long */
SWIGINTERN int SWIG_AsVal_unsigned_SS_short(PyObject *obj, unsigned short *val) {
  unsigned long v;
  int res = SWIG_AsVal_unsigned_SS_long(obj, &v);
  if (!SWIG_IsOK(res))
    return res;
  if (v > USHRT_MAX)
    return SWIG_OverflowError;
  if (val)
    *val = (unsigned short)v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_unsigned_SS_char requires SWIG_AsVal_unsigned_SS_long */
SWIGINTERN int SWIG_AsVal_unsigned_SS_char(PyObject *obj, unsigned char *val) {
  unsigned long v;
  int res = SWIG_AsVal_unsigned_SS_long(obj, &v);
  if (!SWIG_IsOK(res))
    return res;
  if (v > UCHAR_MAX)
    return SWIG_OverflowError;
  if (val)
    *val = (unsigned char)v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_bool requires swig_core */
SWIGINTERN int SWIG_AsVal_bool(PyObject *obj, bool *val) {
  int r;
  if (!PyBool_Check(obj))
    return SWIG_TypeError;
  r = PyObject_IsTrue(obj);
  if (r == -1)
    return SWIG_ERROR;
  if (val)
    *val = r ? true : false;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_double requires swig_core */
SWIGINTERN int SWIG_AsVal_double(PyObject *obj, double *val) {
  if (PyFloat_Check(obj)) {
    if (val)
      *val = PyFloat_AsDouble(obj);
    return SWIG_OK;
  }
  if (PyLong_Check(obj)) {
    double v = PyLong_AsDouble(obj);
    if (v == -1.0 && PyErr_Occurred()) {
      PyErr_Clear();
      return SWIG_TypeError;
    }
    if (val)
      *val = v;
    return SWIG_OK;
  }
  return SWIG_TypeError;
}

/* @piece SWIG_AsVal_float requires SWIG_AsVal_double */
SWIGINTERN int SWIG_AsVal_float(PyObject *obj, float *val) {
  double v;
  int res = SWIG_AsVal_double(obj, &v);
  if (!SWIG_IsOK(res))
    return res;
  if (isfinite(v) && (v < -FLT_MAX || v > FLT_MAX))
    return SWIG_OverflowError;
  if (val)
    *val = (float)v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_long_SS_double requires SWIG_AsVal_double */
SWIGINTERN int SWIG_AsVal_long_SS_double(PyObject *obj, long double *val) {
  double v;
  int res = SWIG_AsVal_double(obj, &v);
  if (SWIG_IsOK(res) && val)
    *val = v;
  return res;
}

/* @piece SWIG_AsCharPtrAndSize requires SWIG_Python_UTF8 */
/* A str as a C string: `*cptr` points into the object (or, when `alloc` is
   given, to a malloc'd copy and `*alloc` is SWIG_NEWOBJ); None is NULL.
   `*psize` counts the terminating NUL. */
SWIGINTERN int SWIG_AsCharPtrAndSize(PyObject *obj, char **cptr, size_t *psize, int *alloc) {
  if (alloc)
    *alloc = SWIG_OLDOBJ;
  if (obj == Py_None) {
    if (cptr)
      *cptr = NULL;
    if (psize)
      *psize = 0;
    return SWIG_OK;
  }
  if (PyUnicode_Check(obj)) {
    Py_ssize_t len;
    const char *s = SWIG_Python_UTF8(obj, &len);
    if (!s) {
      PyErr_Clear();
      return SWIG_TypeError;
    }
    if (cptr) {
      if (alloc) {
        char *copy = (char *)malloc((size_t)len + 1);
        if (!copy)
          return SWIG_MemoryError;
        memcpy(copy, s, (size_t)len + 1);
        *cptr = copy;
        *alloc = SWIG_NEWOBJ;
      } else {
        *cptr = (char *)s;
      }
    }
    if (psize)
      *psize = (size_t)len + 1;
    return SWIG_OK;
  }
  return SWIG_TypeError;
}

/* @piece SWIG_AsCharArray requires SWIG_AsCharPtrAndSize */
/* Copies a str into a char array of `size` bytes (the NUL may be dropped
   when the text fills the array exactly). */
SWIGINTERN int SWIG_AsCharArray(PyObject *obj, char *val, size_t size) {
  char *cptr = NULL;
  size_t csize = 0;
  int res = SWIG_AsCharPtrAndSize(obj, &cptr, &csize, NULL);
  if (!SWIG_IsOK(res))
    return res;
  if (!cptr)
    return SWIG_TypeError;
  if (csize == size + 1 && cptr[csize - 1] == '\0')
    csize--;
  if (csize > size)
    return SWIG_OverflowError;
  if (val) {
    if (csize)
      memcpy(val, cptr, csize);
    if (csize < size)
      memset(val + csize, 0, size - csize);
  }
  return SWIG_OK;
}

/* @piece SWIG_AsVal_char requires SWIG_AsCharArray, SWIG_AsVal_long */
/* A char from a one-character str or a small integer. */
SWIGINTERN int SWIG_AsVal_char(PyObject *obj, char *val) {
  int res = SWIG_AsCharArray(obj, val, 1);
  if (!SWIG_IsOK(res)) {
    long v;
    res = SWIG_AsVal_long(obj, &v);
    if (SWIG_IsOK(res)) {
      if (v < CHAR_MIN || v > CHAR_MAX)
        return SWIG_OverflowError;
      if (val)
        *val = (char)v;
    } else {
      res = SWIG_TypeError;
    }
  }
  return res;
}

/* @piece SWIG_FromCharPtrAndSize requires swig_core */
/* A C string (not NUL-terminated, `size` bytes) as a str; NULL is None. */
SWIGINTERN PyObject *SWIG_FromCharPtrAndSize(const char *carray, size_t size) {
  if (!carray)
    return SWIG_Py_Void();
  if (size > (size_t)PY_SSIZE_T_MAX) {
    PyErr_SetString(PyExc_OverflowError, "string too long");
    return NULL;
  }
  return PyUnicode_DecodeUTF8(carray, (Py_ssize_t)size, "surrogateescape");
}

/* @piece SWIG_FromBinaryCharPtrAndSize requires SWIG_FromCharPtrAndSize */
/* Text that may hold NUL bytes, as a str (`flags` is unused). */
SWIGINTERN PyObject *SWIG_FromBinaryCharPtrAndSize(const char *carray, size_t size, int flags) {
  (void)flags;
  return SWIG_FromCharPtrAndSize(carray, size);
}

/* @piece SWIG_FromCharPtr requires SWIG_FromCharPtrAndSize */
SWIGINTERNINLINE PyObject *SWIG_FromCharPtr(const char *cptr) {
  return SWIG_FromCharPtrAndSize(cptr, cptr ? strlen(cptr) : 0);
}

/* @piece SWIG_From_char requires SWIG_FromCharPtrAndSize */
SWIGINTERNINLINE PyObject *SWIG_From_char(char c) {
  return SWIG_FromCharPtrAndSize(&c, 1);
}

/* @piece SWIG_From_long requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_long(long value) {
  return PyLong_FromLong((long)value);
}

/* @piece SWIG_From_int requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_int(int value) {
  return PyLong_FromLong((long)value);
}

/* @piece SWIG_From_short requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_short(short value) {
  return PyLong_FromLong((long)value);
}

/* @piece SWIG_From_signed_SS_char requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_signed_SS_char(signed char value) {
  return PyLong_FromLong((long)value);
}

/* @piece SWIG_From_unsigned_SS_long requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_unsigned_SS_long(unsigned long value) {
  return PyLong_FromUnsignedLong((unsigned long)value);
}

/* @piece SWIG_From_unsigned_SS_int requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_unsigned_SS_int(unsigned int value) {
  return PyLong_FromUnsignedLong((unsigned long)value);
}

/* @piece SWIG_From_unsigned_SS_short requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_unsigned_SS_short(unsigned short value) {
  return PyLong_FromUnsignedLong((unsigned long)value);
}

/* @piece SWIG_From_unsigned_SS_char requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_unsigned_SS_char(unsigned char value) {
  return PyLong_FromUnsignedLong((unsigned long)value);
}

/* @piece SWIG_From_long_SS_long requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_long_SS_long(long long value) {
  return PyLong_FromLongLong((long long)value);
}

/* @piece SWIG_From_unsigned_SS_long_SS_long requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_unsigned_SS_long_SS_long(unsigned long long value) {
  return PyLong_FromUnsignedLongLong((unsigned long long)value);
}

/* @piece SWIG_From_double requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_double(double value) {
  return PyFloat_FromDouble((double)value);
}

/* @piece SWIG_From_float requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_float(float value) {
  return PyFloat_FromDouble((double)value);
}

/* @piece SWIG_From_long_SS_double requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_long_SS_double(long double value) {
  return PyFloat_FromDouble((double)value);
}

/* @piece SWIG_From_bool requires swig_core */
SWIGINTERNINLINE PyObject *SWIG_From_bool(bool value) {
  return PyBool_FromLong(value ? 1 : 0);
}

/* @piece SWIG_AsWCharPtrAndSize requires swig_core */
#include <wchar.h>
/* A str as a wide C string: `*cptr` gets a malloc'd copy (`*alloc` is
   SWIG_NEWOBJ; the caller frees it); None is NULL. `*psize` counts the
   terminating NUL, in characters. */
SWIGINTERN int SWIG_AsWCharPtrAndSize(PyObject *obj, wchar_t **cptr, size_t *psize, int *alloc) {
  Py_ssize_t len;
  wchar_t *w;
  if (alloc)
    *alloc = SWIG_OLDOBJ;
  if (obj == Py_None) {
    if (cptr)
      *cptr = NULL;
    if (psize)
      *psize = 0;
    return SWIG_OK;
  }
  if (!PyUnicode_Check(obj))
    return SWIG_TypeError;
  w = PyUnicode_AsWideCharString(obj, &len);
  if (!w) {
    PyErr_Clear();
    return SWIG_TypeError;
  }
  if (cptr) {
    wchar_t *copy = (wchar_t *)malloc(((size_t)len + 1) * sizeof(wchar_t));
    if (!copy) {
      PyMem_Free(w);
      return SWIG_MemoryError;
    }
    memcpy(copy, w, ((size_t)len + 1) * sizeof(wchar_t));
    *cptr = copy;
    if (alloc)
      *alloc = SWIG_NEWOBJ;
  }
  PyMem_Free(w);
  if (psize)
    *psize = (size_t)len + 1;
  return SWIG_OK;
}

/* @piece SWIG_FromWCharPtrAndSize requires swig_core */
#include <wchar.h>
SWIGINTERN PyObject *SWIG_FromWCharPtrAndSize(const wchar_t *carray, size_t size) {
  if (!carray)
    return SWIG_Py_Void();
  return PyUnicode_FromWideChar(carray, (Py_ssize_t)size);
}

/* @piece SWIG_FromWCharPtr requires SWIG_FromWCharPtrAndSize */
SWIGINTERNINLINE PyObject *SWIG_FromWCharPtr(const wchar_t *cptr) {
  return SWIG_FromWCharPtrAndSize(cptr, cptr ? wcslen(cptr) : 0);
}

/* @piece SWIG_AsVal_wchar_t requires SWIG_AsVal_long */
#include <wchar.h>
/* A wchar_t from a one-character str or an integer. */
SWIGINTERN int SWIG_AsVal_wchar_t(PyObject *obj, wchar_t *val) {
  if (PyUnicode_Check(obj)) {
    if (PyUnicode_GetLength(obj) != 1)
      return SWIG_TypeError;
    if (val)
      *val = (wchar_t)PyUnicode_ReadChar(obj, 0);
    return SWIG_OK;
  } else {
    long v;
    int res = SWIG_AsVal_long(obj, &v);
    if (!SWIG_IsOK(res))
      return res;
    if (v < (long)WCHAR_MIN || v > (long)WCHAR_MAX)
      return SWIG_OverflowError;
    if (val)
      *val = (wchar_t)v;
    return SWIG_OK;
  }
}

/* @piece SWIG_From_wchar_t requires SWIG_FromWCharPtrAndSize */
SWIGINTERNINLINE PyObject *SWIG_From_wchar_t(wchar_t c) {
  return SWIG_FromWCharPtrAndSize(&c, 1);
}
