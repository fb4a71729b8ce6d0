%module m
}
int c;
%typemap(in) int {
  foo;
int d;
