#ifndef PY_MODERN_H
#define PY_MODERN_H

extern int counter;

int add(int a, int b);
double scale(double x, int k);
int bump(void);
const char *greet(const char *name);

typedef struct Point {
  int x;
  double y;
  char tag[8];
} Point;

int point_sum(const Point *p);

#endif
