%module importall
/* -importall: `#include "shared.h"` is read as `%import`: Point is known
   (its proxy comes from module base) but not wrapped here. */
%{
#include "shared.h"
%}
#include "shared.h"
%inline %{
int sum_point(Point *p) { return point_sum(p); }
%}
