#include <stdio.h>
#include "py_modern.h"

int counter = 0;

int add(int a, int b) { return a + b; }
double scale(double x, int k) { return x * k; }
int bump(void) { return ++counter; }

const char *greet(const char *name) {
  static char buf[64];
  snprintf(buf, sizeof buf, "hello %s", name);
  return buf;
}

int point_sum(const Point *p) { return p->x + (int)p->y; }
