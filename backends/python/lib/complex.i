/* -----------------------------------------------------------------------------
 * complex.i: C99 complex numbers as Python complex.
 * `complex double`, `double complex`, `_Complex double`, and the same for
 * float, convert to and from Python's complex (int and float accepted).
 * ----------------------------------------------------------------------------- */

%{
#include <complex.h>
%}

#define complex _Complex

/* double _Complex */
%typemap(in) double _Complex (Py_complex c) {
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  c = PyComplex_AsCComplex($input);
  if (c.real == -1.0 && PyErr_Occurred()) SWIG_fail;
  $1 = (double)c.real + (double)c.imag * I;
}
%typemap(out) double _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(varin) double _Complex {
  Py_complex c;
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in variable '" "$name" "' of type '" "$1_type" "'");
  }
  c = PyComplex_AsCComplex($input);
  if (c.real == -1.0 && PyErr_Occurred()) SWIG_fail;
  $1 = (double)c.real + (double)c.imag * I;
}
%typemap(varout) double _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(constcode) double _Complex %{ SWIG_Python_SetConstant(d, "$symname", PyComplex_FromDoubles((double)creal($value), (double)cimag($value))); %}

/* float _Complex */
%typemap(in) float _Complex (Py_complex c) {
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  c = PyComplex_AsCComplex($input);
  if (c.real == -1.0 && PyErr_Occurred()) SWIG_fail;
  $1 = (float)c.real + (float)c.imag * I;
}
%typemap(out) float _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(varin) float _Complex {
  Py_complex c;
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in variable '" "$name" "' of type '" "$1_type" "'");
  }
  c = PyComplex_AsCComplex($input);
  if (c.real == -1.0 && PyErr_Occurred()) SWIG_fail;
  $1 = (float)c.real + (float)c.imag * I;
}
%typemap(varout) float _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(constcode) float _Complex %{ SWIG_Python_SetConstant(d, "$symname", PyComplex_FromDoubles((double)creal($value), (double)cimag($value))); %}
