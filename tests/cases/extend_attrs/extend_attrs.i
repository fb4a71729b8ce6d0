%module extend_attrs
/* %extend attributes (a member backed by <Struct>_<name>_get/_set
   functions), read-only ones (%immutable), static functions, and several
   constructors. */
%{
#include <math.h>
#include <stdlib.h>
typedef struct Vec { double x, y; } Vec;
static double Vec_length_get(Vec *v) { return sqrt(v->x * v->x + v->y * v->y); }
static void Vec_length_set(Vec *v, double len) {
  double cur = Vec_length_get(v);
  if (cur > 0) { v->x *= len / cur; v->y *= len / cur; }
}
static int Vec_quadrant_get(Vec *v) { return v->x >= 0 ? (v->y >= 0 ? 1 : 4) : (v->y >= 0 ? 2 : 3); }
%}
typedef struct Vec { double x, y; } Vec;
%immutable Vec::quadrant;
%extend Vec {
  double length;
  int quadrant;
  Vec(double x, double y) { Vec *v = (Vec *)malloc(sizeof *v); v->x = x; v->y = y; return v; }
  ~Vec() { free($self); }
  static Vec *unit_x(void) { Vec *v = (Vec *)calloc(1, sizeof *v); v->x = 1; return v; }
  void scale(double k) { $self->x *= k; $self->y *= k; }
}
