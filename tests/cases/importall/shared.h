#ifndef SHARED_H
#define SHARED_H
/* A type two modules share: `base` wraps it, `py_import` %imports it. */
typedef struct Point { int x, y; } Point;
static inline int point_sum(const Point *p) { return p->x + p->y; }
#endif
