/* -----------------------------------------------------------------------------
 * cdata.i: raw C memory as Ruby Strings (binary).
 *
 *   cdata(void *ptr, int nelements = 1) -> String   (nelements bytes)
 *   memmove(void *ptr, String data)                  (copies data to ptr)
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

%typemap(out) SWIGCDATA %{ $result = rb_str_new($1.data, (long)$1.len); %}

%typemap(in) (const void *indata, int inlen) {
  if (!RB_TYPE_P($input, T_STRING)) {
    SWIG_exception_fail(SWIG_TypeError, Ruby_Format_TypeError("", "String", "$symname", $argnum, $input));
  }
  $1 = (void *)RSTRING_PTR($input);
  $2 = (int)RSTRING_LEN($input);
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
