%module(docstring="A module for tests.
Second line.") pycode
%pythonbegin %{
import math as _math_at_begin
%}
%include <complex.i>
%feature("docstring") twice "Doubles an integer.";
%pythonnondynamic Point;
%inline %{
#include <complex.h>
int twice(int x) { return 2 * x; }
double complex conjugate(double complex z) { return conj(z); }
typedef struct Point { int x, y; } Point;
%}
%extend Point {
  int sum() { return $self->x + $self->y; }
  int scaled(int k) { return k * ($self->x + $self->y); }
  int scaled(double f) { return (int)(f * 10) * ($self->x + $self->y); }
  static int origin_count(void) { return 1; }
}
%pythoncode %{
def quadruple(x):
    return twice(twice(x))
%}
%pythonprepend addone %{
    args = tuple(a * 10 for a in args)
%}
%pythonappend addone {
    val = val + 1000
}
%inline %{
int addone(int x) { return x + 1; }
%}
