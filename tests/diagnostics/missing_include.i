%module missing_include
%include "does_not_exist.i"
int f(int);
