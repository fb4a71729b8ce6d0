%module lua_features
%{
#include <string.h>
%}
%exception {
  errno_flag = 0;
  $action
  if (errno_flag) {
    lua_pushstring(L, "C failed");
    SWIG_fail;
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
int apply2(int (*f)(int, int), int a, int b) { return f(a, b); }
%}
%constant int (*ADD)(int, int) = add;
%constant binop MUL = mul;
%callback("%s_cb");
int add(int a, int b);
%nocallback;
%rename(renamed) orig;
%inline %{
int orig(void) { return 7; }
%}
%ignore hidden;
%inline %{
int hidden(void) { return 1; }
%}
%newobject mkstr;
%inline %{
#include <stdlib.h>
char *mkstr(void) { char *s = malloc(4); strcpy(s, "abc"); return s; }

union Number { int i; double d; };
int union_int(union Number *n) { return n->i; }

static int destroyed = 0;
typedef struct Thing { int id; } Thing;
Thing *thing_borrowed(void) { static Thing t = {99}; return &t; }
%}
%extend Thing {
  Thing(int id) { Thing *t = malloc(sizeof *t); t->id = id; return t; }
  ~Thing() { destroyed++; free($self); }
  int twice() { return 2 * $self->id; }
  int __add(Thing *o) { return $self->id + o->id; }
  const char *__tostring() { return $self->id ? "a Thing" : "a zero Thing"; }
}
%luacode {
  lua_features.from_luacode = lua_features.defs(1) + 100
  local m = ...
  m.luacode_arg = (m == lua_features)
}
%inline %{
typedef struct IntList { int items[4]; } IntList;
%}
%extend IntList {
  int __getitem(int i) { return (i >= 0 && i < 4) ? $self->items[i] : -1; }
  void __setitem(int i, int v) { if (i >= 0 && i < 4) $self->items[i] = v; }
  int __len(void *unused) { (void)unused; return (int)(sizeof($self->items) / sizeof($self->items[0])); }
}
%rename(pick) pick_int;
%rename(pick) pick_double;
%rename(pick) pick_str;
%inline %{
int pick_int(int x) { return x * 0 + 1; }
int pick_double(double x) { return (int)(x * 0) + 2; }
int pick_str(const char *s) { return s ? 3 : 4; }
typedef struct Statics { int k; } Statics;
%}
%extend Statics {
  static int smeth(int x) { return x + 1; }
}
