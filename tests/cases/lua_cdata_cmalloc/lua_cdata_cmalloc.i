/* cdata.i and cmalloc.i from Lua: raw bytes as Lua strings, and C's
 * allocators for a type. */
%module lua_cdata_cmalloc
%include <cdata.i>
%include <cmalloc.i>
%include <carrays.i>
%cdata(int);
%malloc(int);
%free(int);
%calloc(double);
%realloc(double);
%free(double);
%sizeof(double);
%allocators(short, sh);
%array_functions(int, intArray);
%array_functions(double, doubleArray);
%inline %{
typedef struct Pair { int a, b; } Pair;
%}
%malloc(Pair);
%free(Pair);
