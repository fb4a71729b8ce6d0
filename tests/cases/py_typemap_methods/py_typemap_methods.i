%module py_typemap_methods
/* Every typemap method, each observable from Python. */
%{
static int g_freed = 0, g_ret = 0, g_newfree = 0, g_memberin = 0;
%}
%inline %{
int freed_count(void) { return g_freed; }
int ret_count(void) { return g_ret; }
int newfree_count(void) { return g_newfree; }
int memberin_count(void) { return g_memberin; }
%}

/* in + freearg: a list of ints becomes a C array, freed after the call. */
%typemap(in) (int *vals, int n) {
  Py_ssize_t i, len;
  if (!PyList_Check($input)) SWIG_exception_fail(SWIG_TypeError, "expected a list");
  len = PyList_Size($input);
  $2 = (int)len;
  $1 = (int *)malloc(sizeof(int) * (size_t)(len ? len : 1));
  for (i = 0; i < len; i++) $1[i] = (int)PyLong_AsLong(PyList_GetItem($input, i));
}
%typemap(freearg) (int *vals, int n) { free($1); g_freed++; }
%inline %{
int sum(int *vals, int n) { int s = 0, i; for (i = 0; i < n; i++) s += vals[i]; return s; }
%}

/* check: after conversion, before the call. */
%typemap(check) int positive {
  if ($1 <= 0) SWIG_exception_fail(SWIG_ValueError, "$symname: argument $argnum must be positive");
}
%inline %{ int twice(int positive) { return 2 * positive; } %}

/* arginit runs first; default gives a value when the argument is absent. */
%typemap(arginit) int level "$1 = 100;";
%typemap(in, numinputs=0) int level "";   /* leaves arginit's value */
%typemap(default) int scale { $1 = 3; }
%inline %{
int scaled(int scale) { return scale * 10; }
int get_level(int level) { return level; }
%}

/* out and ret: the result is converted, then ret runs. */
/* (a return value's "name" is its function's) */
%typemap(out) int half { $result = PyLong_FromLong((long)$1 * 2); }
%typemap(ret) counted { g_ret++; }
%inline %{
typedef int counted;
int half(int x) { return x / 2; }
counted count_me(void) { return 1; }
%}

/* argout: an extra result appended; numinputs=0 hides the argument. */
%typemap(in, numinputs=0) int *remainder (int temp) { $1 = &temp; }
%typemap(argout) int *remainder {
  PyObject *o = PyLong_FromLong((long)*$1);
  $result = SWIG_Python_AppendOutput($result, o);
}
%inline %{ int divmod_(int a, int b, int *remainder) { *remainder = a % b; return a / b; } %}

/* newfree with %newobject: the returned string is freed after conversion. */
%typemap(newfree) char * { free($1); g_newfree++; }
%newobject make_greeting;
%inline %{
#include <stdlib.h>
#include <string.h>
char *make_greeting(const char *who) {
  char *s = (char *)malloc(strlen(who) + 7);
  strcpy(s, "hello "); strcat(s, who); return s;
}
%}

/* typecheck: dispatch among overloads renamed to one name. */
%typemap(typecheck, precedence=SWIG_TYPECHECK_INTEGER) int kind_int { $1 = PyLong_Check($input) ? 1 : 0; }
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const char *kind_str { $1 = PyUnicode_Check($input) ? 1 : 0; }
%rename(describe) describe_int;
%rename(describe) describe_str;
%inline %{
const char *describe_int(int kind_int) { return kind_int ? "int" : "zero"; }
const char *describe_str(const char *kind_str) { return kind_str; }
%}

/* varin/varout: a global seen through cvar. */
%typemap(varout) scaled_var { $result = PyLong_FromLong((long)$1 * 1000); }
%typemap(varin) scaled_var {
  long v = PyLong_AsLong($input);
  if (v == -1 && PyErr_Occurred()) SWIG_fail;
  $1 = (int)(v / 1000);
}
%inline %{
typedef int scaled_var;
scaled_var milli = 2;
int milli_raw(void) { return milli; }
%}

/* memberin: how a struct member is assigned. */
%typemap(memberin) tracked { $1 = $input; g_memberin++; }
%inline %{
typedef int tracked;
struct Box { tracked size; int plain; };
%}

/* %exception: code around the action. */
%exception risky {
  $action
  if (result < 0) SWIG_exception_fail(SWIG_IOError, "risky failed");
}
%inline %{ int risky(int x) { return x; } %}
