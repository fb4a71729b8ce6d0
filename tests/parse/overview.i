%module(directors="1") example
%{
#include "example.h"
%}
#define PI 3.14159
#define FLAGS (1 << 2) | 0x10UL
#define STR "hello" " world"
#define MAX(a,b) ((a)>(b)?(a):(b))
extern double My_variable;
extern int fact(int n);
int my_mod(int x, int y = 3);
char *get_time(void);
static const int a = 1, *b;
typedef struct Vector { double x, y, z; unsigned flags : 3; } Vector;
typedef int (*cmp_t)(const void *, const void *);
enum color { RED, GREEN = 2, BLUE = GREEN + 1 };
struct Foo;
int (*getf(void))(int);
long long unsigned int big[2][3];
double _Complex z; float complex fz;
static inline int add(int a, int b) { return a + b; }
extern "C" int f(void);
extern "C" { int g(int, ...); }
int __attribute__((unused)) h(void);
%constant int FOO = 1;
%constant BAR = 3;
%constant int (*ADD)(int,int) = add;
%typemap(in) int "$1 = PyInt_AsLong($input);";
%typemap(in, numinputs=0, noblock=1) int *OUTPUT (int temp) { $1 = &temp; }
%typemap(in) (char *STR, int LEN) { }
%typemap(in) int, short, long { }
%typemap(in) int ARRAY[ANY], char [ANY] {}
%typemap(out) int = long;
%typemap(out) int;
%typemap(typecheck, precedence=SWIG_TYPECHECK_INTEGER) int {}
%apply int *OUTPUT { int *a, int *b };
%apply (char *STR, int LEN) { (char *s, int n) };
%clear int *a, int *b;
%rename(newname) oldname;
%rename("%(lowercase)s") "";
%rename("%(regex:/^Foo_(.*)/\\1/)s") "";
%rename(foo_i) foo(int);
%feature("autodoc", "1");
%feature("docstring") foo "text";
%feature("except") foo %{ abc %}
%exception { $action }
%exception foo { $action }
%warnfilter(SWIGWARN_TYPEMAP_CHARLEAK) foo;
%pragma(python) code="import os";
%varargs(int, char *) foo;
%types(int *, Foo *);
%callback("%s_cb") foo;
%echo "text"
%ignore Vector::x;
%immutable;
%inline %{
int inl(int x) { return x; }
struct S { int a; };
%}
%extend Vector {
  Vector(double x) { return 0; }
  ~Vector() { }
  double norm() { return 0; }
}
%pythoncode %{ def f(): pass %}
%insert("runtime") %{ rt %}
%fragment("frag", "header", fragment="dep") %{ code %}
%fragment("frag");
struct Outer { struct Inner { int x; } in; %immutable; int y; %extend { int z() { return 1; } } };
