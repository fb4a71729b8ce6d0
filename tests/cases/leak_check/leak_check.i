%module leak_check
/* Every kind of wrapper, called a million times by the scripts: resident
   memory must stay flat. */
%include <typemaps.i>
%include <exception.i>

%{
#include <stdlib.h>
#include <string.h>
%}

%newobject echo;
%exception checked {
  $action
  if (result < 0) {
    SWIG_exception(SWIG_ValueError, "negative value");
  }
}

%inline %{
/* Strings in and out: a copy the caller owns, and a borrowed constant. */
char *echo(const char *s) {
  size_t n = strlen(s);
  char *r = malloc(n + 1);
  if (r) memcpy(r, s, n + 1);
  return r;
}
const char *greeting(void) { return "hello"; }
size_t length(const char *s) { return strlen(s); }

/* Structs created and freed through the proxy class. */
typedef struct Point { int x; int y; char label[16]; } Point;

/* Pointers made and freed by C functions. */
Point *point_new(int x, int y) {
  Point *p = calloc(1, sizeof *p);
  if (p) { p->x = x; p->y = y; }
  return p;
}
int point_sum(const Point *p) { return p ? p->x + p->y : -1; }
void point_free(Point *p) { free(p); }

/* An exception raised by %exception. */
int checked(int x) { return x; }

%}

/* OUTPUT typemaps. */
%{
void divide(int a, int b, int *q, int *r) {
  *q = b ? a / b : 0;
  *r = b ? a % b : 0;
}
%}
void divide(int a, int b, int *OUTPUT, int *OUTPUT);
