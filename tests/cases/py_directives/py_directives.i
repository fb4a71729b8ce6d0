%module py_directives
/* Directives a C user writes, each observable from Python. */
%{
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
%}

/* %ignore */
%ignore secret;
%inline %{ int secret(void) { return 1; } int visible(void) { return 2; } %}

/* %feature("autodoc") and %feature("docstring") */
%feature("autodoc", "1") documented;
%feature("docstring") explained "Explains nothing, at length.";
%inline %{
int documented(int count, double ratio) { return count + (int)ratio; }
void explained(void) {}
%}

/* %feature("kwargs") and default arguments */
%feature("kwargs") area;
%{ int area(int width, int height, int depth) { return width * height * depth; } %}
int area(int width, int height = 2, int depth = 1);

/* %varargs: (...) given as a fixed number of extra arguments */
%varargs(3, char *arg = NULL) join;
%inline %{
int join(const char *first, ...) {
  va_list ap; int n = first ? 1 : 0; const char *s;
  va_start(ap, first);
  while ((s = va_arg(ap, const char *)) != NULL) n++;
  va_end(ap);
  return n;
}
%}

/* %immutable: read-only globals and members */
%immutable frozen;
%inline %{
int frozen = 42;
int thawed = 1;
%}
%immutable Rec::id;
%inline %{ typedef struct Rec { int id; int value; } Rec; %}

/* %nodefaultctor / %nodefaultdtor */
%nodefaultctor Handle;
%nodefaultdtor Handle;
%newobject handle_open;
%delobject handle_close;
%inline %{
typedef struct Handle { int fd; } Handle;
static int g_open = 0;
Handle *handle_open(int fd) { Handle *h = (Handle *)malloc(sizeof *h); h->fd = fd; g_open++; return h; }
void handle_close(Handle *h) { free(h); g_open--; }
int handles_open(void) { return g_open; }
%}

/* %types: a pointer type the module knows without a function using it */
%types(long *);
%inline %{ void *as_void(void) { static long x; return &x; } %}

/* %pragma for another language is accepted and has no effect here */
%pragma(java) jniclasscode="ignored"

/* %allowexception: %exception applies to variable access too */
%allowexception guarded;
%exception guarded {
  $action
  if (guarded_fail) { guarded_fail = 0; SWIG_exception_fail(SWIG_ValueError, "guarded access"); }
}
%inline %{
int guarded_fail = 0;
int guarded = 5;
%}
