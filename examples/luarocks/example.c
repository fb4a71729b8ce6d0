/* File : example.c -- SWIG's classic first example. */

#include <time.h>

double My_variable = 3.0;

/* Compute the factorial of n. */
int fact(int n) {
  if (n <= 1) return 1;
  return n * fact(n - 1);
}

/* Compute x mod y. */
int my_mod(int x, int y) {
  return x % y;
}

/* The current time, as ctime() prints it. */
char *get_time(void) {
  time_t ltime;
  time(&ltime);
  return ctime(&ltime);
}
