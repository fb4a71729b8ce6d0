/* -----------------------------------------------------------------------------
 * cstring.i: C functions that read or fill character buffers.
 *
 * %cstring_input_binary(TYPEMAP, SIZE)          (char *s, int n) from one str/bytes
 * %cstring_bounded_output(TYPEMAP, MAX)         buffer of MAX+1, returned as str
 * %cstring_chunk_output(TYPEMAP, SIZE)          buffer of SIZE, all of it returned
 * %cstring_bounded_mutable(TYPEMAP, MAX)        str copied in (MAX+1), returned
 * %cstring_mutable(TYPEMAP [, EXPANSION])       str copied in with room, returned
 * %cstring_output_maxsize(TYPEMAP, SIZE)        (char *buf, int max): max given
 * %cstring_output_withsize(TYPEMAP, SIZE)       (char *buf, int *size): size given,
 *                                               *size bytes returned
 * %cstring_output_allocate(TYPEMAP, RELEASE)    (char **s): *s returned, then RELEASE
 * %cstring_output_allocate_size(TYPEMAP, SIZE, RELEASE)  (char **s, int *sz)
 * Outputs are appended to the function's result.
 * ----------------------------------------------------------------------------- */

%define %cstring_input_binary(TYPEMAP, SIZE)
%typemap(in, fragment=SWIG_AsCharPtrAndSize) (TYPEMAP, SIZE) (char *buf = 0, size_t size = 0, int res = 0) {
  res = SWIG_AsCharPtrAndSize($input, &buf, &size, NULL);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  $1 = ($1_ltype)buf;
  $2 = ($2_ltype)(size ? size - 1 : 0);
}
%enddef

%define %cstring_bounded_output(TYPEMAP, MAX)
%typemap(in, numinputs=0) TYPEMAP (char temp[MAX + 1]) {
  temp[0] = 0;
  $1 = ($1_ltype)temp;
}
%typemap(argout, fragment=SWIG_FromCharPtr) TYPEMAP {
  $1[MAX] = 0;
  $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtr($1));
}
%enddef

%define %cstring_chunk_output(TYPEMAP, SIZE)
%typemap(in, numinputs=0) TYPEMAP (char temp[SIZE]) {
  $1 = ($1_ltype)temp;
}
%typemap(argout, fragment=SWIG_FromCharPtrAndSize) TYPEMAP {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtrAndSize($1, SIZE));
}
%enddef

%define %cstring_bounded_mutable(TYPEMAP, MAX)
%typemap(in, fragment=SWIG_AsCharPtrAndSize) TYPEMAP (char temp[MAX + 1], char *buf = 0, size_t size = 0, int res = 0) {
  res = SWIG_AsCharPtrAndSize($input, &buf, &size, NULL);
  if (!SWIG_IsOK(res) || !buf) {
    SWIG_exception_fail(SWIG_ArgError(buf ? res : SWIG_TypeError), "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  if (size > MAX + 1) size = MAX + 1;
  memcpy(temp, buf, size);
  temp[MAX] = 0;
  $1 = ($1_ltype)temp;
}
%typemap(argout, fragment=SWIG_FromCharPtr) TYPEMAP {
  $1[MAX] = 0;
  $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtr($1));
}
%enddef

%define %_rswig_cstring_mutable(TYPEMAP, EXPANSION)
%typemap(in, fragment=SWIG_AsCharPtrAndSize) TYPEMAP (char *buf = 0, size_t size = 0, int res = 0, char *copy = 0) {
  res = SWIG_AsCharPtrAndSize($input, &buf, &size, NULL);
  if (!SWIG_IsOK(res) || !buf) {
    SWIG_exception_fail(SWIG_ArgError(buf ? res : SWIG_TypeError), "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  copy = (char *)malloc(size + (EXPANSION) + 1);
  if (!copy) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
  memcpy(copy, buf, size);
  copy[size] = 0;
  $1 = ($1_ltype)copy;
}
%typemap(argout, fragment=SWIG_FromCharPtr) TYPEMAP {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtr($1));
}
%typemap(freearg) TYPEMAP %{ free(copy$argnum); %}
%enddef
%define %_rswig_cstring_first(A, ...) A %enddef
%define %cstring_mutable(TYPEMAP, ...)
%_rswig_cstring_mutable(TYPEMAP, %_rswig_cstring_first(__VA_ARGS__ __VA_OPT__(,) 0))
%enddef

%define %cstring_output_maxsize(TYPEMAP, SIZE)
%typemap(in, fragment=SWIG_AsVal_int) (TYPEMAP, SIZE) (int size = 0, int res = 0, char *buf = 0) {
  res = SWIG_AsVal_int($input, &size);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "$2_type" "'");
  }
  if (size < 0) {
    SWIG_exception_fail(SWIG_ValueError, "in method '" "$symname" "', expecting a non-negative size");
  }
  buf = (char *)malloc((size_t)size + 1);
  if (!buf) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
  buf[0] = 0;
  $1 = ($1_ltype)buf;
  $2 = ($2_ltype)size;
}
%typemap(argout, fragment=SWIG_FromCharPtr) (TYPEMAP, SIZE) {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtr($1));
}
%typemap(freearg) (TYPEMAP, SIZE) %{ free(buf$argnum); %}
%enddef

%define %cstring_output_withsize(TYPEMAP, SIZE)
%typemap(in, fragment=SWIG_AsVal_int) (TYPEMAP, SIZE) (int size = 0, int res = 0, char *buf = 0) {
  res = SWIG_AsVal_int($input, &size);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "$2_type" "'");
  }
  if (size < 0) {
    SWIG_exception_fail(SWIG_ValueError, "in method '" "$symname" "', expecting a non-negative size");
  }
  buf = (char *)malloc((size_t)size + 1);
  if (!buf) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
  $1 = ($1_ltype)buf;
  $2 = &size;
}
%typemap(argout, fragment=SWIG_FromCharPtrAndSize) (TYPEMAP, SIZE) {
  $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtrAndSize($1, (size_t)*$2));
}
%typemap(freearg) (TYPEMAP, SIZE) %{ free(buf$argnum); %}
%enddef

%define %cstring_output_allocate(TYPEMAP, RELEASE)
%typemap(in, numinputs=0) TYPEMAP (char *temp = 0) {
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_FromCharPtr) TYPEMAP {
  if (*$1) {
    $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtr(*$1));
    RELEASE;
  }
}
%enddef

%define %cstring_output_allocate_size(TYPEMAP, SIZE, RELEASE)
%typemap(in, numinputs=0) (TYPEMAP, SIZE) (char *temp = 0, int tempn = 0) {
  $1 = &temp;
  $2 = &tempn;
}
%typemap(argout, fragment=SWIG_FromCharPtrAndSize) (TYPEMAP, SIZE) {
  if (*$1) {
    $result = SWIG_Python_AppendOutput($result, SWIG_FromCharPtrAndSize(*$1, (size_t)*$2));
    RELEASE;
  }
}
%enddef
