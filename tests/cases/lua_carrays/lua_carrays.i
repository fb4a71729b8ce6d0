/* carrays.i from Lua: %array_functions and %array_class. */
%module lua_carrays
%include <carrays.i>
%array_functions(int, intArray);
%array_class(double, doubleArray);
%inline %{
double sum_doubles(const double *a, int n) {
  double s = 0;
  int i;
  for (i = 0; i < n; i++) s += a[i];
  return s;
}
int sum_ints(int *a, int n) {
  int s = 0, i;
  for (i = 0; i < n; i++) s += a[i];
  return s;
}
%}
