%module self_reference

/* A self-referential macro keeps its own name unexpanded (C's rule):
   `y` expands to (2 * (4 + y)), where the inner `y` is the variable. So
   `#define y` is no constant of its own, and z is 2 * (4 + 0). */
%inline %{
const int y = 0;
%}

#define x (4 + y)
#define y (2 * x)

%constant int z = y;

#undef y
#undef x
