#include <stdio.h>
#include "cffi_basic.h"

void mybasic(void) {
}

int myprint(char *message) {
  return printf("%s\n", message);
}

double myadd(double a, double b) {
  return a + b;
}
