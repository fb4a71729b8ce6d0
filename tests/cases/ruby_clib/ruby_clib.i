/* The C-memory library from Ruby: carrays.i (functions and class),
   cpointer.i (functions and class), cdata.i and cmalloc.i. */
%module ruby_clib
%include <carrays.i>
%include <cpointer.i>
%include <cdata.i>
%include <cmalloc.i>

%array_functions(int, intArray);
%array_class(double, DoubleArray);
%pointer_functions(int, intp);
%pointer_class(double, Doublep);
%malloc(int);
%free(int);
%calloc(int);
%realloc(int);
%sizeof(int);
%sizeof(double, dbl);

%inline %{
int sum_ints(const int *a, int n) {
  int s = 0, i;
  for (i = 0; i < n; i++) s += a[i];
  return s;
}
double sum_doubles(const double *a, int n) {
  double s = 0;
  int i;
  for (i = 0; i < n; i++) s += a[i];
  return s;
}
void add_to(int *x, int d) { *x += d; }
void halve(double *x) { *x /= 2; }
static const char raw_bytes[6] = { 'a', 0, 'b', 0, 'c', 0 };
const void *raw(void) { return raw_bytes; }
%}
