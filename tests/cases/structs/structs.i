%module structs
%inline %{
#include <stdlib.h>
#include <string.h>
typedef struct Vector { double x, y; int arr[3]; struct Inner { int a; } in; char name[8]; } Vector;
typedef struct { int q; } Anon;
struct Point { int px; };
Vector *vnew(void) { static Vector v; return &v; }
double vlen(Vector v) { return v.x; }
Vector vret(void) { Vector v; memset(&v, 0, sizeof v); v.x = 1; v.y = 2; return v; }
%}
%extend Vector {
  double norm() { return $self->x + $self->y; }
  Vector(double x) { Vector *v = calloc(1, sizeof(Vector)); v->x = x; return v; }
  ~Vector() { free($self); }
}
%inline %{
typedef struct Named { char *label; const char *tag; } Named;
%}
