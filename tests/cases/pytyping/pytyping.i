/* Type stubs (-pyi): what each C declaration becomes in pytyping.pyi.
   tests/stubs.rs checks the stub with mypy.stubtest and mypy --strict
   (typing_ok.py, typing_bad.py); test.py checks the runtime agrees. */
%module pytyping
%include <typemaps.i>

/* A user's own conversion, with its Python type given by a typemap. */
%typemap(in) Celsius "$1 = (Celsius)PyFloat_AsDouble($input); if (PyErr_Occurred()) SWIG_fail;";
%typemap(out) Celsius "$result = PyFloat_FromDouble((double)$1);";
%typemap(pytype) Celsius "float";
/* One in, another out (SWIG 4.5's pytyping name and out= attribute). */
%typemap(in) Flag "$1 = PyObject_IsTrue($input);";
%typemap(out) Flag "$result = PyLong_FromLong((long)$1);";
%typemap(pytyping, out="int") Flag "object";

%rename(area) area_circle;
%rename(area) area_rect;
%apply double *OUTPUT { double *w, double *h };

%inline %{
typedef double Celsius;
typedef int Flag;

enum Color { RED, GREEN = 5, BLUE };
#define VERSION "1.2"
#define LIMIT 100
#define RATIO 0.5

typedef struct Circle { double r; } Circle;
typedef struct Rect { double w, h; Circle *inner; Circle outer; char label[16]; } Rect;

double area_circle(const Circle *c) { return 3.0 * c->r * c->r; }
double area_rect(const Rect *r) { return r->w * r->h; }

Circle *find_circle(int i) {
  static Circle c = { 2.0 };
  return i == 0 ? &c : 0;
}
int count_chars(const char *s) { return s ? (int)strlen(s) : -1; }
enum Color next_color(enum Color c) { return c == BLUE ? RED : (enum Color)(c + 1); }
int divide(int a, int b, int *OUTPUT) { *OUTPUT = a % b; return a / b; }
void size_of(const Rect *r, double *w, double *h) { *w = r->w; *h = r->h; }
void twice(int *INOUT) { *INOUT *= 2; }
Celsius warmer(Celsius t) { return t + 1.0; }
Flag negate(Flag f) { return !f; }
int *new_counter(void) { static int n = 7; return &n; }
int read_counter(const int *p) { return *p; }

double temperature = 21.5;
const int answer = 42;
Circle unit = { 1.0 };
%}

%{
#include <string.h>
int scaled(int x, int factor) { return x * factor; }
%}
int scaled(int x, int factor = 10);

%extend Circle {
  Circle(double r) { Circle *c = (Circle *)calloc(1, sizeof(Circle)); c->r = r; return c; }
  double grow(double by) { $self->r += by; return $self->r; }
  void grow(const char *how) { if (how && strcmp(how, "double") == 0) $self->r *= 2; }
  static Circle *unit_circle(void) { static Circle u = { 1.0 }; return &u; }
}

/* Python code: its names are in the stub, typed as %pythonstubcode says
   (else typing.Any). */
%pythoncode %{
def half(x):
    return x / 2
TWICE_LIMIT = LIMIT * 2
%}
%pythonstubcode %{
def half(x: float) -> float: ...
%}

/* argout typemaps that replace the result (overwrite=1) or add nothing
   (numoutputs=0), as SWIG 4.5 describes them. */
%typemap(in, numinputs=0) int *OutReplace (int temp) "$1 = &temp;";
%typemap(argout, overwrite=1) int *OutReplace {
  Py_XDECREF($result);
  $result = PyUnicode_FromFormat("replaced%d", *$1);
}
%typemap(pytyping) int *OutReplace "str";
%typemap(in, numinputs=0) int *OutCheck (int temp) "$1 = &temp;";
%typemap(argout, numoutputs=0) int *OutCheck {
  if (*$1 != 0) { PyErr_Format(PyExc_RuntimeError, "error code %d", *$1); SWIG_fail; }
}
%inline %{
int replace_result(int a, int *OutReplace) { *OutReplace = a + 1; return a; }
double checked(double x, int *OutCheck) { *OutCheck = x < 0; return x * 2; }
%}
