/* -autorename: classes CamelCase, constants UPPER_CASE, enumerators with
   a capital first letter, functions lower_case_with_underscores; struct
   members keep their names. An explicit %rename still wins. */
%module ruby_autorename
#ifndef SWIG_RUBY_AUTORENAME
#error SWIG_RUBY_AUTORENAME is not defined under -autorename
#endif
%rename(Explicit) keepThisName;
%inline %{
typedef struct my_point { int xValue; } my_point;
#define max_size 10
enum colour { red, darkGreen };
int getValue(void) { return 3; }
int keepThisName(void) { return 1; }
%}
%extend my_point {
  int sumAll() { return $self->xValue; }
}
