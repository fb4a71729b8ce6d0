#ifndef SHAPES_H
#define SHAPES_H
#include <stdlib.h>

struct Point {
  int x, y;
};

struct Other {
  double weight;
};

static inline struct Point *make_point(int x, int y) {
  struct Point *p = (struct Point *)malloc(sizeof *p);
  p->x = x;
  p->y = y;
  return p;
}

static inline int point_sum(struct Point *p) { return p->x + p->y; }

static inline struct Other *make_other(double weight) {
  struct Other *o = (struct Other *)malloc(sizeof *o);
  o->weight = weight;
  return o;
}
#endif
