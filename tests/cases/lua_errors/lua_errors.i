/* Error cases the other Lua cases leave out: NULL where a value is needed,
 * callbacks of the wrong type, enum and char arguments, immutable members,
 * and ownership handed to C (SWIG_POINTER_DISOWN). */
%module lua_errors
%inline %{
#include <stdlib.h>
typedef struct Vec { double x, y; } Vec;
typedef struct Box { Vec corner; const int id; Vec *link; } Box;
double vec_sum(Vec v) { return v.x + v.y; }
int is_null_vec(Vec *v) { return v == NULL; }
typedef int (*intop)(int);
typedef double (*dblop)(double);
int twice(int x) { return 2 * x; }
double half(double x) { return x / 2; }
int call_intop(intop f, int x) { return f ? f(x) : -1; }
enum Color { RED, GREEN = 5, BLUE };
int color_value(enum Color c) { return (int)c; }
int char_code(char c) { return (unsigned char)c; }
static int freed = 0;
Vec *vec_new(double x, double y) { Vec *v = malloc(sizeof *v); v->x = x; v->y = y; return v; }
void vec_take(Vec *v) { free(v); freed++; }
int freed_count(void) { return freed; }
%}
%constant intop TWICE = twice;
%constant dblop HALF = half;
%typemap(in) Vec *DISOWNED {
  if (!SWIG_IsOK(SWIG_ConvertPtr(L, $input, (void **)&$1, $descriptor, SWIG_POINTER_DISOWN)))
    SWIG_fail_ptr("$symname", $argnum, $descriptor);
}
%apply Vec *DISOWNED { Vec *owned };
%inline %{
void vec_give(Vec *owned) { free(owned); freed++; }
%}
