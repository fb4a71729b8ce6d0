/* rswig Ruby runtime: conversions of C primitive types.
   SWIG_AsVal_<type>(obj, &val) converts a Ruby object to C, returning a
   result code (SWIG_TypeError, SWIG_OverflowError); SWIG_From_<type>(v)
   makes a Ruby object. Type names use SWIG's spelling (`unsigned_SS_int`).
   As in SWIG's Ruby module, an Integer too big for `long` is a TypeError,
   and an out-of-range value for a narrower type a RangeError. */

/* @piece SWIG_Ruby_PackInteger requires swig_core */
/* Stores Integer `obj` in one native word of `size` bytes, two's
   complement; returns rb_integer_pack's sign, +-2 when it does not fit. */
#define SWIG_RUBY_PACK_FLAGS (INTEGER_PACK_LSWORD_FIRST | INTEGER_PACK_NATIVE_BYTE_ORDER | INTEGER_PACK_2COMP)
#define SWIG_Ruby_PackInteger(obj, out) rb_integer_pack((obj), (out), 1, sizeof(*(out)), 0, SWIG_RUBY_PACK_FLAGS)

/* @piece SWIG_AsVal_long requires SWIG_Ruby_PackInteger */
SWIGINTERN int SWIG_AsVal_long(VALUE obj, long *val) {
  long v;
  if (FIXNUM_P(obj)) {
    v = FIX2LONG(obj);
  } else if (RB_TYPE_P(obj, T_BIGNUM)) {
    int r = SWIG_Ruby_PackInteger(obj, &v);
    if (r == 2 || r == -2 || (r < 0) != (v < 0))
      return SWIG_TypeError;
  } else {
    return SWIG_TypeError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_unsigned_SS_long requires SWIG_Ruby_PackInteger */
SWIGINTERN int SWIG_AsVal_unsigned_SS_long(VALUE obj, unsigned long *val) {
  unsigned long v;
  if (FIXNUM_P(obj)) {
    v = (unsigned long)FIX2LONG(obj);
  } else if (RB_TYPE_P(obj, T_BIGNUM)) {
    int r = SWIG_Ruby_PackInteger(obj, &v);
    if (r == 2 || r == -2)
      return SWIG_TypeError;
  } else {
    return SWIG_TypeError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_long_SS_long requires SWIG_Ruby_PackInteger */
SWIGINTERN int SWIG_AsVal_long_SS_long(VALUE obj, long long *val) {
  long long v;
  if (FIXNUM_P(obj)) {
    v = FIX2LONG(obj);
  } else if (RB_TYPE_P(obj, T_BIGNUM)) {
    int r = SWIG_Ruby_PackInteger(obj, &v);
    if (r == 2 || r == -2 || (r < 0) != (v < 0))
      return SWIG_TypeError;
  } else {
    return SWIG_TypeError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_unsigned_SS_long_SS_long requires SWIG_Ruby_PackInteger */
SWIGINTERN int SWIG_AsVal_unsigned_SS_long_SS_long(VALUE obj, unsigned long long *val) {
  unsigned long long v;
  if (FIXNUM_P(obj)) {
    v = (unsigned long long)FIX2LONG(obj);
  } else if (RB_TYPE_P(obj, T_BIGNUM)) {
    int r = SWIG_Ruby_PackInteger(obj, &v);
    if (r == 2 || r == -2)
      return SWIG_TypeError;
  } else {
    return SWIG_TypeError;
  }
  if (val)
    *val = v;
  return SWIG_OK;
}

/* @piece SWIG_AsVal_int requires SWIG_AsVal_long */
SWIGINTERN int SWIG_AsVal_int(VALUE obj, int *val) {
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
SWIGINTERN int SWIG_AsVal_short(VALUE obj, short *val) {
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
SWIGINTERN int SWIG_AsVal_signed_SS_char(VALUE obj, signed char *val) {
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
SWIGINTERN int SWIG_AsVal_unsigned_SS_int(VALUE obj, unsigned int *val) {
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
SWIGINTERN int SWIG_AsVal_unsigned_SS_short(VALUE obj, unsigned short *val) {
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
SWIGINTERN int SWIG_AsVal_unsigned_SS_char(VALUE obj, unsigned char *val) {
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

/* @piece SWIG_From_long requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_long(long value) {
  return LONG2NUM(value);
}

/* @piece SWIG_From_int requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_int(int value) {
  return INT2NUM(value);
}

/* @piece SWIG_From_short requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_short(short value) {
  return INT2NUM(value);
}

/* @piece SWIG_From_signed_SS_char requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_signed_SS_char(signed char value) {
  return INT2NUM(value);
}

/* @piece SWIG_From_unsigned_SS_long requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_unsigned_SS_long(unsigned long value) {
  return ULONG2NUM(value);
}

/* @piece SWIG_From_unsigned_SS_int requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_unsigned_SS_int(unsigned int value) {
  return UINT2NUM(value);
}

/* @piece SWIG_From_unsigned_SS_short requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_unsigned_SS_short(unsigned short value) {
  return UINT2NUM(value);
}

/* @piece SWIG_From_unsigned_SS_char requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_unsigned_SS_char(unsigned char value) {
  return UINT2NUM(value);
}

/* @piece SWIG_From_long_SS_long requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_long_SS_long(long long value) {
  return LL2NUM(value);
}

/* @piece SWIG_From_unsigned_SS_long_SS_long requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_unsigned_SS_long_SS_long(unsigned long long value) {
  return ULL2NUM(value);
}

/* @piece SWIG_From_double requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_double(double value) {
  return rb_float_new(value);
}

/* @piece SWIG_From_float requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_float(float value) {
  return rb_float_new((double)value);
}

/* @piece SWIG_From_long_SS_double requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_long_SS_double(long double value) {
  return rb_float_new((double)value);
}

/* @piece SWIG_From_bool requires swig_core */
SWIGINTERNINLINE VALUE SWIG_From_bool(bool value) {
  return value ? Qtrue : Qfalse;
}

/* @piece SWIG_AsVal_bool requires SWIG_AsVal_int */
/* true and false, or an Integer (non-zero is true). */
SWIGINTERN int SWIG_AsVal_bool(VALUE obj, bool *val) {
  int v;
  if (obj == Qtrue) {
    if (val)
      *val = true;
    return SWIG_OK;
  }
  if (obj == Qfalse) {
    if (val)
      *val = false;
    return SWIG_OK;
  }
  if (SWIG_IsOK(SWIG_AsVal_int(obj, &v))) {
    if (val)
      *val = v != 0;
    return SWIG_OK;
  }
  return SWIG_TypeError;
}

/* @piece SWIG_AsVal_double requires swig_core */
/* A Float or an Integer. */
SWIGINTERN int SWIG_AsVal_double(VALUE obj, double *val) {
  if (RB_FLOAT_TYPE_P(obj)) {
    if (val)
      *val = RFLOAT_VALUE(obj);
    return SWIG_OK;
  }
  if (FIXNUM_P(obj) || RB_TYPE_P(obj, T_BIGNUM)) {
    if (val)
      *val = NUM2DBL(obj);
    return SWIG_OK;
  }
  return SWIG_TypeError;
}

/* @piece SWIG_AsVal_float requires SWIG_AsVal_double */
SWIGINTERN int SWIG_AsVal_float(VALUE obj, float *val) {
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
SWIGINTERN int SWIG_AsVal_long_SS_double(VALUE obj, long double *val) {
  double v;
  int res = SWIG_AsVal_double(obj, &v);
  if (SWIG_IsOK(res) && val)
    *val = v;
  return res;
}

/* @piece SWIG_AsCharPtrAndSize requires swig_core */
/* A String as a C string: `*cptr` points into the object (or, when `alloc`
   is given, to a malloc'd copy and `*alloc` is SWIG_NEWOBJ); nil is NULL.
   `*psize` counts the terminating NUL. */
SWIGINTERN int SWIG_AsCharPtrAndSize(VALUE obj, char **cptr, size_t *psize, int *alloc) {
  if (alloc)
    *alloc = SWIG_OLDOBJ;
  if (NIL_P(obj)) {
    if (cptr)
      *cptr = NULL;
    if (psize)
      *psize = 0;
    return SWIG_OK;
  }
  if (RB_TYPE_P(obj, T_STRING)) {
    const char *s = RSTRING_PTR(obj);
    size_t len = (size_t)RSTRING_LEN(obj);
    if (cptr) {
      if (alloc) {
        char *copy = (char *)malloc(len + 1);
        if (!copy)
          return SWIG_MemoryError;
        memcpy(copy, s, len);
        copy[len] = '\0';
        *cptr = copy;
        *alloc = SWIG_NEWOBJ;
      } else {
        *cptr = (char *)s;
      }
    }
    if (psize)
      *psize = len + 1;
    return SWIG_OK;
  }
  return SWIG_TypeError;
}

/* @piece SWIG_AsCharArray requires SWIG_AsCharPtrAndSize */
/* Copies a String (with its NUL) into a char array of `size` bytes, zero
   filling the rest; nil clears it. Text that does not fit is a TypeError,
   as in SWIG; only a one-char array may take a one-char String without
   its NUL. */
SWIGINTERN int SWIG_AsCharArray(VALUE obj, char *val, size_t size) {
  char *cptr = NULL;
  size_t csize = 0;
  int res = SWIG_AsCharPtrAndSize(obj, &cptr, &csize, NULL);
  if (!SWIG_IsOK(res))
    return SWIG_TypeError;
  if (size == 1 && csize == 2 && cptr && cptr[1] == '\0')
    csize--;
  if (csize > size)
    return SWIG_TypeError;
  if (val) {
    if (csize)
      memcpy(val, cptr, csize);
    if (csize < size)
      memset(val + csize, 0, size - csize);
  }
  return SWIG_OK;
}

/* @piece SWIG_AsVal_char requires SWIG_AsCharArray, SWIG_AsVal_long */
/* A char from a one-character String or a small Integer. */
SWIGINTERN int SWIG_AsVal_char(VALUE obj, char *val) {
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
/* `size` bytes as a String; NULL is nil. */
SWIGINTERN VALUE SWIG_FromCharPtrAndSize(const char *carray, size_t size) {
  if (!carray)
    return Qnil;
  if (size > (size_t)LONG_MAX)
    rb_raise(rb_eRangeError, "string too long");
  return rb_str_new(carray, (long)size);
}

/* @piece SWIG_FromBinaryCharPtrAndSize requires SWIG_FromCharPtrAndSize */
/* Bytes that may hold NULs, as a binary String (`flags` is unused). */
SWIGINTERN VALUE SWIG_FromBinaryCharPtrAndSize(const char *carray, size_t size, int flags) {
  (void)flags;
  return SWIG_FromCharPtrAndSize(carray, size);
}

/* @piece SWIG_FromCharPtr requires SWIG_FromCharPtrAndSize */
SWIGINTERNINLINE VALUE SWIG_FromCharPtr(const char *cptr) {
  return SWIG_FromCharPtrAndSize(cptr, cptr ? strlen(cptr) : 0);
}

/* @piece SWIG_From_char requires SWIG_FromCharPtrAndSize */
SWIGINTERNINLINE VALUE SWIG_From_char(char c) {
  return SWIG_FromCharPtrAndSize(&c, 1);
}
