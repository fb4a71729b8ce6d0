/* -prefix: prepended to the module name as written, "::" nesting it:
   `-prefix outer::middle_` with %module ruby_prefix gives
   Outer::Middle_ruby_prefix (first letters raised), entry point
   Init_ruby_prefix. */
%module ruby_prefix
%inline %{
int answer(void) { return 42; }
typedef struct Pair { int a, b; } Pair;
%}
#define LIMIT 3
