/* -globalmodule: functions are global (Kernel) methods, variables are
   Ruby global variables ($name), constants live in Object. */
%module ruby_globalmodule
%inline %{
int counter = 1;
double ratio = 0.5;
int triple(int x) { return 3 * x; }
%}
%immutable;
%inline %{
int version = 3;
%}
%mutable;
#define ANSWER 42
