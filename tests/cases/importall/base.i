%module base
%{
#include "shared.h"
%}
%include "shared.h"
%inline %{
Point *make_point(int x, int y) { static Point p; p.x = x; p.y = y; return &p; }
%}
