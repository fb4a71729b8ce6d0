/* Ruby directives on struct methods and globals: %alias, %predicate and
   %bang on %extend methods, %rename of a method, a DISOWN argument that
   hands ownership to C, and a global variable's getter and setter. */
%module ruby_methods
%{
#include <stdlib.h>
static int frees = 0;
static int adopted_freed = 0;
struct Counter;
static struct Counter *kept = NULL;
%}
%alias Counter::value "get,current";
%predicate Counter::is_zero;
%bang Counter::reset;
%rename(bump) Counter::increment;
%apply SWIGTYPE *DISOWN { Counter *adopted };
%inline %{
typedef struct Counter { int n; } Counter;
int adopted_was_freed(void) { return adopted_freed; }
void adopt(Counter *adopted) { kept = adopted; }
int kept_value(void) { return kept ? kept->n : -1; }
int free_count(void) { return frees; }
int limit = 5;
%}
%extend Counter {
  Counter(int start) { Counter *c = malloc(sizeof(Counter)); c->n = start; return c; }
  ~Counter() { frees++; if ($self == kept) adopted_freed = 1; free($self); }
  int value() { return $self->n; }
  int is_zero() { return $self->n == 0; }
  int reset() { $self->n = 0; return 0; }
  void increment(int by) { $self->n += by; }
}
