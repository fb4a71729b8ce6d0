#include <stdlib.h>
#include "pointers.h"

struct Counter { int value; };
struct Other { double x; };

Counter *counter_new(int start) {
  Counter *c = malloc(sizeof *c);
  if (c) c->value = start;
  return c;
}
void counter_add(Counter *c, int n) { if (c) c->value += n; }
int counter_get(const Counter *c) { return c ? c->value : -1; }
void counter_free(Counter *c) { free(c); }
Counter *counter_null(void) { return NULL; }
int counter_is_null(Counter *c) { return c == NULL; }
int counter_same(Counter *a, Counter *b) { return a == b; }

Other *other_new(void) { return malloc(sizeof(Other)); }
void other_free(Other *o) { free(o); }

void *as_void(Counter *c) { return c; }
int void_is_null(void *p) { return p == NULL; }
