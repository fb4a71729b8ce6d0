/* A module whose struct pointers C code outside it creates and reads
   through the external runtime header (see helper.c). */
%module shapes

%{
#include "shapes.h"
%}

%include "shapes.h"

%inline %{
typedef struct Point PointAlias;
int alias_sum(PointAlias *p) { return p->x + p->y; }
%}
