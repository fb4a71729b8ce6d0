/* SWIG's operator method names (as Python spells them) are Lua
 * metamethods: __add__ is +, __str__ is tostring(), __getitem__ is [] ...
 * Comparisons may return a C int: Lua gets its truth as a boolean. */
%module lua_operators
%{
#include <stdio.h>
#include <stdlib.h>
%}
%inline %{
typedef struct Complex { double re, im; } Complex;
%}
%extend Complex {
  Complex(double re, double im) {
    Complex *c = (Complex *)malloc(sizeof *c);
    c->re = re;
    c->im = im;
    return c;
  }
  ~Complex() { free($self); }
  Complex __add__(Complex *o) { Complex r; r.re = $self->re + o->re; r.im = $self->im + o->im; return r; }
  Complex __sub__(Complex *o) { Complex r; r.re = $self->re - o->re; r.im = $self->im - o->im; return r; }
  Complex __mul__(double k) { Complex r; r.re = $self->re * k; r.im = $self->im * k; return r; }
  Complex __unm__(void) { Complex r; r.re = -$self->re; r.im = -$self->im; return r; }
  int __eq__(Complex *o) { return $self->re == o->re && $self->im == o->im; }
  int __lt__(Complex *o) { return $self->re < o->re; }
  int __le__(Complex *o) { return $self->re <= o->re; }
  int __len__(void) { (void)$self; return 2; }
  double __call__(int part) { return part == 0 ? $self->re : $self->im; }
  const char *__str__(void) {
    static char buf[64];
    snprintf(buf, sizeof buf, "Complex(%g, %g)", $self->re, $self->im);
    return buf;
  }
  double __getitem__(int i) { return i == 0 ? $self->re : $self->im; }
  void __setitem__(int i, double v) { if (i == 0) $self->re = v; else $self->im = v; }
  static Complex *unit(void) {
    Complex *c = (Complex *)malloc(sizeof *c);
    c->re = 1;
    c->im = 0;
    return c;
  }
}
