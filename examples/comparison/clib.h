/* clib.h: the small C library that every approach in this folder wraps. */
#ifndef CLIB_H
#define CLIB_H

/* The factorial of n. */
int fact(int n);
/* x mod y. */
int my_mod(int x, int y);
/* The current time, as ctime() prints it. */
char *get_time(void);
/* a + b. */
int myadd(int a, int b);
/* Writes msg and a newline to standard output. */
void myprint(const char *msg);

/* A point in the plane. */
typedef struct Point {
  int x;
  int y;
} Point;

/* The squared distance of p from the origin. */
int point_dist2(const Point *p);

#endif
