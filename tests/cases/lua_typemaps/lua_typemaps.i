/* User typemaps in a Lua module: in (with numinputs=0 and multi-argument),
 * out, argout, check, freearg, default, and %apply/%clear. */
%module lua_typemaps
%{
#include <stdlib.h>
#include <string.h>
static int freed = 0;
/* The length of the table at idx, on any Lua. */
static int table_length(lua_State *L, int idx) {
#if LUA_VERSION_NUM >= 502
  return (int)lua_rawlen(L, idx);
#else
  return (int)lua_objlen(L, idx);
#endif
}
%}

/* A Lua table of numbers becomes (double *values, int count). */
%typemap(in) (double *values, int count) {
  int i;
  if (!lua_istable(L, $input)) {
    lua_pushstring(L, "expected a table of numbers");
    SWIG_fail;
  }
  $2 = table_length(L, $input);
  $1 = (double *)malloc(sizeof(double) * (size_t)($2 > 0 ? $2 : 1));
  for (i = 0; i < $2; i++) {
    lua_rawgeti(L, $input, i + 1);
    $1[i] = lua_tonumber(L, -1);
    lua_pop(L, 1);
  }
}
%typemap(freearg) (double *values, int count) { free($1); freed++; }

/* A status code becomes a boolean result. */
%typemap(out) int STATUS { lua_pushboolean(L, $1 == 0); SWIG_arg++; }

/* An ignored input, and an output pushed after the result. */
%typemap(in, numinputs=0) int *count_out (int temp) { temp = 0; $1 = &temp; }
%typemap(argout) int *count_out { lua_pushnumber(L, (lua_Number)*$1); SWIG_arg++; }

/* A check on every `int percent`. */
%typemap(check) int percent {
  if ($1 < 0 || $1 > 100) {
    lua_pushfstring(L, "percent out of 0..100: %d", $1);
    SWIG_fail;
  }
}

/* A default for an omitted argument. */
%typemap(default) int base { $1 = 10; }

%inline %{
double sum(double *values, int count) {
  double s = 0;
  int i;
  for (i = 0; i < count; i++) s += values[i];
  return s;
}
int freed_count(void) { return freed; }
%}
%apply int STATUS { int status_of };
%inline %{
typedef int status_t;
int status_of(int x) { return x; }
int words(const char *text, int *count_out) {
  int n = 0, in_word = 0;
  int length = (int)strlen(text);
  for (; *text; text++) {
    if (*text == ' ') in_word = 0;
    else if (!in_word) { in_word = 1; n++; }
  }
  *count_out = n;
  return length;
}
int scale(int percent, int total) { return total * percent / 100; }
int digits(int value, int base) { int n = 1; while (value >= base) { value /= base; n++; } return n; }
%}

/* typemaps.i: INPUT, several OUTPUTs and INOUTs are multiple returns. */
%include <typemaps.i>
%{
double twice_in(double *x) { return *x * 2; }
void divmod(int a, int b, int *q, int *r) { *q = a / b; *r = a % b; }
void swap_pair(int *a, int *b) { int t = *a; *a = *b; *b = t; }
%}
double twice_in(double *INPUT);
void divmod(int a, int b, int *OUTPUT, int *OUTPUT);
void swap_pair(int *INOUT, int *INOUT);
