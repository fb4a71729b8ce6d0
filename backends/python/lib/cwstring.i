/* -----------------------------------------------------------------------------
 * cwstring.i: C functions that read or fill wide-character (wchar_t) buffers.
 *
 * %cwstring_input_binary(TYPEMAP, SIZE)          (wchar_t *s, int n) from one str
 * %cwstring_bounded_output(TYPEMAP, MAX)         buffer of MAX+1, returned as str
 * %cwstring_chunk_output(TYPEMAP, SIZE)          buffer of SIZE, all of it returned
 * %cwstring_bounded_mutable(TYPEMAP, MAX)        str copied in (MAX+1), returned
 * %cwstring_mutable(TYPEMAP [, EXPANSION])       str copied in with room, returned
 * %cwstring_output_maxsize(TYPEMAP, SIZE)        (char *buf, int max): max given
 * %cwstring_output_withsize(TYPEMAP, SIZE)       (char *buf, int *size): size given,
 *                                               *size bytes returned
 * %cwstring_output_allocate(TYPEMAP, RELEASE)    (char **s): *s returned, then RELEASE
 * %cwstring_output_allocate_size(TYPEMAP, SIZE, RELEASE)  (char **s, int *sz)
 * Outputs are appended to the function's result.
 * ----------------------------------------------------------------------------- */

%define %cwstring_input_binary(TYPEMAP, SIZE)
%typemap(in, fragment=SWIG_AsWCharPtrAndSize) (TYPEMAP, SIZE) (wchar_t *buf = 0, size_t size = 0, int res = 0) {
  res = SWIG_AsWCharPtrAndSize($input, &buf, &size, NULL);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  $1 = ($1_ltype)buf;
  $2 = ($2_ltype)(size ? size - 1 : 0);
}
%typemap(freearg) (TYPEMAP, SIZE) %{ free(buf$argnum); %}
%enddef

%define %cwstring_bounded_output(TYPEMAP, MAX)
%typemap(in, numinputs=0) TYPEMAP (wchar_t temp[MAX + 1]) {
  temp[0] = 0;
  $1 = ($1_ltype)temp;
}
%typemap(argout, fragment=SWIG_FromWCharPtr) TYPEMAP {
  $1[MAX] = 0;
  $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtr($1));
}
%enddef

%define %cwstring_chunk_output(TYPEMAP, SIZE)
%typemap(in, numinputs=0) TYPEMAP (wchar_t temp[SIZE]) {
  $1 = ($1_ltype)temp;
}
%typemap(argout, fragment=SWIG_FromWCharPtrAndSize) TYPEMAP {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtrAndSize($1, SIZE));
}
%enddef

%define %cwstring_bounded_mutable(TYPEMAP, MAX)
%typemap(in, fragment=SWIG_AsWCharPtrAndSize) TYPEMAP (wchar_t temp[MAX + 1], wchar_t *buf = 0, size_t size = 0, int res = 0) {
  res = SWIG_AsWCharPtrAndSize($input, &buf, &size, NULL);
  if (!SWIG_IsOK(res) || !buf) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  if (size > MAX + 1) size = MAX + 1;
  memcpy(temp, buf, size * sizeof(wchar_t));
  free(buf);
  temp[MAX] = 0;
  $1 = ($1_ltype)temp;
}
%typemap(argout, fragment=SWIG_FromWCharPtr) TYPEMAP {
  $1[MAX] = 0;
  $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtr($1));
}
%enddef

%define %_rswig_cwstring_mutable(TYPEMAP, EXPANSION)
%typemap(in, fragment=SWIG_AsWCharPtrAndSize) TYPEMAP (wchar_t *buf = 0, size_t size = 0, int res = 0, wchar_t *copy = 0) {
  res = SWIG_AsWCharPtrAndSize($input, &buf, &size, NULL);
  if (!SWIG_IsOK(res) || !buf) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  copy = (wchar_t *)malloc((size + (EXPANSION) + 1) * sizeof(wchar_t));
  if (!copy) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
  memcpy(copy, buf, size * sizeof(wchar_t));
  free(buf);
  copy[size] = 0;
  $1 = ($1_ltype)copy;
}
%typemap(argout, fragment=SWIG_FromWCharPtr) TYPEMAP {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtr($1));
}
%typemap(freearg) TYPEMAP %{ free(copy$argnum); %}
%enddef
%define %_rswig_cwstring_first(A, ...) A %enddef
%define %cwstring_mutable(TYPEMAP, ...)
%_rswig_cwstring_mutable(TYPEMAP, %_rswig_cwstring_first(__VA_ARGS__ __VA_OPT__(,) 0))
%enddef

%define %cwstring_output_maxsize(TYPEMAP, SIZE)
%typemap(in, fragment=SWIG_AsVal_int) (TYPEMAP, SIZE) (int size = 0, int res = 0, wchar_t *buf = 0) {
  res = SWIG_AsVal_int($input, &size);
  if (!SWIG_IsOK(res) || size < 0) {
    SWIG_exception_fail(SWIG_ValueError, "in method '" "$symname" "', expecting a non-negative size");
  }
  buf = (wchar_t *)malloc(((size_t)size + 1) * sizeof(wchar_t));
  if (!buf) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
  buf[0] = 0;
  $1 = ($1_ltype)buf;
  $2 = ($2_ltype)size;
}
%typemap(argout, fragment=SWIG_FromWCharPtr) (TYPEMAP, SIZE) {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtr($1));
}
%typemap(freearg) (TYPEMAP, SIZE) %{ free(buf$argnum); %}
%enddef

%define %cwstring_output_withsize(TYPEMAP, SIZE)
%typemap(in, fragment=SWIG_AsVal_int) (TYPEMAP, SIZE) (int size = 0, int res = 0, wchar_t *buf = 0) {
  res = SWIG_AsVal_int($input, &size);
  if (!SWIG_IsOK(res) || size < 0) {
    SWIG_exception_fail(SWIG_ValueError, "in method '" "$symname" "', expecting a non-negative size");
  }
  buf = (wchar_t *)malloc(((size_t)size + 1) * sizeof(wchar_t));
  if (!buf) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
  $1 = ($1_ltype)buf;
  $2 = &size;
}
%typemap(argout, fragment=SWIG_FromWCharPtrAndSize) (TYPEMAP, SIZE) {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtrAndSize($1, (size_t)*$2));
}
%typemap(freearg) (TYPEMAP, SIZE) %{ free(buf$argnum); %}
%enddef

%define %cwstring_output_allocate(TYPEMAP, RELEASE)
%typemap(in, numinputs=0) TYPEMAP (wchar_t *temp = 0) {
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_FromWCharPtr) TYPEMAP {
  if (*$1) {
    $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtr(*$1));
    RELEASE;
  }
}
%enddef

%define %cwstring_output_allocate_size(TYPEMAP, SIZE, RELEASE)
%typemap(in, numinputs=0) (TYPEMAP, SIZE) (wchar_t *temp = 0, int tempn = 0) {
  $1 = &temp;
  $2 = &tempn;
}
%typemap(argout, fragment=SWIG_FromWCharPtrAndSize) (TYPEMAP, SIZE) {
  if (*$1) {
    $result = SWIG_Python_AppendOutput($result, SWIG_FromWCharPtrAndSize(*$1, (size_t)*$2));
    RELEASE;
  }
}
%enddef
