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
%typemap(in) double _Complex (double re = 0, double im = 0) {
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  re = PyComplex_RealAsDouble($input);
  if (re == -1.0 && PyErr_Occurred()) SWIG_fail;
  im = PyComplex_ImagAsDouble($input);
  $1 = re + im * I;
}
%typemap(out) double _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(varin) double _Complex {
  double re, im;
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in variable '" "$name" "' of type '" "$1_type" "'");
  }
  re = PyComplex_RealAsDouble($input);
  if (re == -1.0 && PyErr_Occurred()) SWIG_fail;
  im = PyComplex_ImagAsDouble($input);
  $1 = re + im * I;
}
%typemap(varout) double _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(constcode) double _Complex %{ SWIG_Python_SetConstant(d, "$symname", PyComplex_FromDoubles((double)creal($value), (double)cimag($value))); %}

/* float _Complex */
%typemap(in) float _Complex (double re = 0, double im = 0) {
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
  }
  re = PyComplex_RealAsDouble($input);
  if (re == -1.0 && PyErr_Occurred()) SWIG_fail;
  im = PyComplex_ImagAsDouble($input);
  $1 = (float)re + (float)im * I;
}
%typemap(out) float _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(varin) float _Complex {
  double re, im;
  if (!PyComplex_Check($input) && !PyFloat_Check($input) && !PyLong_Check($input)) {
    SWIG_exception_fail(SWIG_TypeError, "in variable '" "$name" "' of type '" "$1_type" "'");
  }
  re = PyComplex_RealAsDouble($input);
  if (re == -1.0 && PyErr_Occurred()) SWIG_fail;
  im = PyComplex_ImagAsDouble($input);
  $1 = (float)re + (float)im * I;
}
%typemap(varout) float _Complex %{ $result = PyComplex_FromDoubles((double)creal($1), (double)cimag($1)); %}
%typemap(constcode) float _Complex %{ SWIG_Python_SetConstant(d, "$symname", PyComplex_FromDoubles((double)creal($value), (double)cimag($value))); %}
