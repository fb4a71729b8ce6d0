%module clibs
%include <carrays.i>
%include <cpointer.i>
%include <cmalloc.i>
%include <cdata.i>
%include <cstring.i>
%include <stdint.i>
%include <math.i>

%array_functions(int, intArray);
%array_class(double, doubleArray);
%pointer_functions(int, intp);
%pointer_class(double, doublep);
%allocators(int);
%cdata(int);
%cstring_bounded_output(char *out, 64);
%cstring_output_allocate(char **result, free(*$1));

%inline %{
#include <string.h>
#include <stdint.h>
double sum(double *values, int n) {
  double s = 0;
  int i;
  for (i = 0; i < n; i++) s += values[i];
  return s;
}
void add_to(int *p, int n) { *p += n; }
void greet(char *out) { strcpy(out, "hi there"); }
void make(char **result) { *result = malloc(6); strcpy(*result, "built"); }
uint8_t low_byte(uint32_t x) { return (uint8_t)(x & 0xff); }
int64_t big(void) { return 1LL << 40; }
%}
