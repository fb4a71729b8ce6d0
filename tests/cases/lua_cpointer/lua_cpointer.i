/* cpointer.i from Lua: %pointer_functions, %pointer_class, %pointer_cast. */
%module lua_cpointer
%include <cpointer.i>
%pointer_functions(int, intp);
%pointer_class(double, doublep);
%pointer_cast(int *, unsigned int *, int_to_uint);
%inline %{
void add_to(int *x, int n) { *x += n; }
void scale(double *x, double k) { *x *= k; }
unsigned int read_uint(unsigned int *p) { return *p; }
%}
