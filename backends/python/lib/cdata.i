/* -----------------------------------------------------------------------------
 * cdata.i: raw C memory as Python bytes.
 *
 *   cdata(void *ptr, int nelements = 1) -> bytes   (nelements bytes)
 *   memmove(void *ptr, bytes data)                  (copies data to ptr)
 *   %cdata(TYPE [, NAME]) adds cdata_NAME(TYPE *ptr, int nelements = 1),
 *   reading nelements values of TYPE.
 * ----------------------------------------------------------------------------- */

%{
typedef struct SWIGCDATA {
  char *data;
  size_t len;
} SWIGCDATA;

static SWIGCDATA cdata_void(void *ptr, int nelements) {
  SWIGCDATA d;
  d.data = (char *)ptr;
  d.len = nelements > 0 ? (size_t)nelements : 0;
  return d;
}

static void rswig_cdata_memmove(void *data, const void *indata, int inlen) {
  memmove(data, indata, (size_t)inlen);
}
%}

%typemap(out) SWIGCDATA %{ $result = PyBytes_FromStringAndSize($1.data, (Py_ssize_t)$1.len); %}

%typemap(in) (const void *indata, int inlen) (char *buf = 0, Py_ssize_t len = 0) {
  if (PyBytes_Check($input)) {
    if (PyBytes_AsStringAndSize($input, &buf, &len) < 0) SWIG_fail;
  } else if (PyUnicode_Check($input)) {
    buf = (char *)SWIG_Python_UTF8($input, &len);
    if (!buf) SWIG_fail;
  } else {
    SWIG_exception_fail(SWIG_TypeError, "in method '" "$symname" "', argument " "$argnum" " of type 'bytes'");
  }
  $1 = (void *)buf;
  $2 = (int)len;
}

%rename(cdata) cdata_void;
SWIGCDATA cdata_void(void *ptr, int nelements = 1);

%rename(memmove) rswig_cdata_memmove;
void rswig_cdata_memmove(void *data, const void *indata, int inlen);

%define %_rswig_cdata(TYPE, NAME)
%{
static SWIGCDATA cdata_##NAME(TYPE *ptr, int nelements) {
  SWIGCDATA d;
  d.data = (char *)ptr;
  d.len = nelements > 0 ? (size_t)nelements * sizeof(TYPE) : 0;
  return d;
}
%}
SWIGCDATA cdata_##NAME(TYPE *ptr, int nelements = 1);
%enddef
%define %_rswig_cdata_first(A, ...) A %enddef
%define %_rswig_cdata1(TYPE, NAME) %_rswig_cdata(TYPE, NAME) %enddef
%define %cdata(TYPE, ...)
%_rswig_cdata1(TYPE, %_rswig_cdata_first(__VA_ARGS__ __VA_OPT__(,) TYPE))
%enddef
