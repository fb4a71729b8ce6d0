/* exception.i from Lua: SWIG_exception(code, msg) raises a Lua error
 * "SWIG_<Kind>:msg", from %exception and from typemaps. */
%module lua_exception
%include <exception.i>
%{
#include <string.h>
%}
%inline %{
static int last_error = 0;
static const char *last_message = "";
void set_error(int code, const char *msg) { last_error = code; last_message = msg; }
/* The SWIG_* error codes exception.i defines, by name. */
int code_of(const char *name) {
  static const struct { const char *name; int code; } codes[] = {
    {"SWIG_MemoryError", SWIG_MemoryError}, {"SWIG_IOError", SWIG_IOError},
    {"SWIG_RuntimeError", SWIG_RuntimeError}, {"SWIG_IndexError", SWIG_IndexError},
    {"SWIG_TypeError", SWIG_TypeError}, {"SWIG_DivisionByZero", SWIG_DivisionByZero},
    {"SWIG_OverflowError", SWIG_OverflowError}, {"SWIG_SyntaxError", SWIG_SyntaxError},
    {"SWIG_ValueError", SWIG_ValueError}, {"SWIG_SystemError", SWIG_SystemError},
    {"SWIG_UnknownError", SWIG_UnknownError}};
  size_t i;
  for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
    if (strcmp(codes[i].name, name) == 0) return codes[i].code;
  return 0;
}
%}
%{
int work(int x) { return x * 2; }
int checked(int x) { return x; }
int unchecked(int x) { return x; }
%}
%exception work {
  $action
  if (last_error) {
    int code = last_error;
    last_error = 0;
    SWIG_exception(code, last_message);
  }
}
int work(int x);
%typemap(check) int POSITIVE_ONLY {
  if ($1 <= 0) SWIG_exception(SWIG_ValueError, "must be positive");
}
%apply int POSITIVE_ONLY { int x };
int checked(int x);
%clear int x;
int unchecked(int x);

/* constraints.i: checks that raise SWIG_exception. */
%include <constraints.i>
%{
double inverse(double x) { return 1 / x; }
int neg_id(int x) { return x; }
int nonneg_id(int x) { return x; }
%}
double inverse(double NONZERO);
int neg_id(int NEGATIVE);
int nonneg_id(int NONNEGATIVE);
