/* Ruby-specific features: %exception raising a Ruby error, default
   arguments, function pointers and %callback, renames, %newobject,
   %alias, %predicate and %bang, and Ruby keywords as names. */
%module ruby_features
%include <exception.i>
%{
#include <string.h>
#include <stdlib.h>
%}
%exception {
  errno_flag = 0;
  $action
  if (errno_flag) {
    SWIG_exception(SWIG_IndexError, "C failed");
  }
}
%{
int defs(int a, int b, double c) { return a + b + (int)c; }
int add(int a, int b) { return a + b; }
%}
int defs(int a, int b = 2, double c = 3.5);
%inline %{
static int errno_flag = 0;
int fails(int x) { if (x < 0) errno_flag = 1; return x; }
%}
%noexception;
%inline %{
typedef int (*binop)(int, int);
int mul(int a, int b) { return a * b; }
int apply(binop f, int a, int b) { return f(a, b); }
%}
%constant binop MUL = mul;
%callback("%s_cb");
int add(int a, int b);
%nocallback;
%rename(renamed) orig;
%ignore hidden;
%newobject mkstr;
%alias get_name "nickname,fullname";
%predicate is_even;
%bang reset;
%inline %{
int orig(void) { return 7; }
int hidden(void) { return 1; }
char *mkstr(void) { char *s = malloc(4); strcpy(s, "abc"); return s; }
const char *get_name(void) { return "Chester"; }
int is_even(int x) { return x % 2 == 0; }
static int state = 5;
int reset(void) { state = 0; return state; }
int begin(int x) { return x + 1; }
%}
