%module renames
/* %rename and %ignore: exact names, name-transforming functions, and the
   match family that limits a global rule. */
%rename(add) add_ints;                          // exact
%rename("%(strip:[lib_])s") "";                 // global: drop a prefix
%rename("%(title)s", match="enumitem") "";      // enum items only
%rename("%(upper)s", match$kind="variable") ""; // global variables only
%rename("%(regex:/^(Set|Get)(.*)/\\2_\\L\\1/)s", regexmatch$name="^(Set|Get)") "";
%rename("%(camelcase)s", regexmatch$name="^make_") "";
%rename("$ignore", regextarget=1) "_old$";
%rename("%(lowercamelcase)s") lib_to_camel_case;
%rename("%(undercase)s") HttpServerPort;
%rename("%(rstrip:[_t])s") point_t;
%ignore lib_hidden;

%inline %{
int add_ints(int a, int b) { return a + b; }
int lib_version(void) { return 3; }
int lib_hidden(void) { return 0; }
int lib_sum_old(int a) { return a; }
enum Color { RED, GREEN };
int counter = 7;
int SetWidth(int w) { return w; }
int GetWidth(void) { return 5; }
int make_thing_now(void) { return 9; }
int lib_to_camel_case(void) { return 10; }
int HttpServerPort(void) { return 8080; }
typedef struct point_t { int x; } point_t;
%}
