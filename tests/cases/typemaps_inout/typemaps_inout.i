%module typemaps_inout
%include <typemaps.i>
%include <constraints.i>
%inline %{
int addout(int a, int *OUTPUT) { *OUTPUT = a + 1; return a; }

void inc(int *INOUT) { *INOUT += 1; }

double sq(double POSITIVE) { return POSITIVE * 2; }
int isnull(void *NONNULL) { return NONNULL == 0; }
%}
%apply int *OUTPUT { int *res };
%inline %{
void getres(int *res) { *res = 42; }
%}
