%module import_types
/* %import: base's declarations are known here (Point's type, not wrapped
   again); pointers cross between the two modules at run time. */
%{
#include "shared.h"
%}
%import "base.i"
%inline %{
int sum_point(Point *p) { return point_sum(p); }
Point *same(Point *p) { return p; }
Point *new_point(int x, int y) { static Point q; q.x = x; q.y = y; return &q; }
%}
