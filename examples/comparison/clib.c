/* clib.c: the library's definitions. */
#include <stdio.h>
#include <time.h>

#include "clib.h"

int fact(int n) {
  if (n <= 1) return 1;
  return n * fact(n - 1);
}

int my_mod(int x, int y) { return x % y; }

char *get_time(void) {
  time_t now;
  time(&now);
  return ctime(&now);
}

int myadd(int a, int b) { return a + b; }

void myprint(const char *msg) { puts(msg); }

int point_dist2(const Point *p) { return p->x * p->x + p->y * p->y; }
