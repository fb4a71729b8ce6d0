%module tmrec
%typemap(in) int {
  $typemap(in, int)
}
int f(int x);
