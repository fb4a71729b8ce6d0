%module cffi_basic
%{
#include "cffi_basic.h"
%}

void mybasic(void);
int myprint(char *message);
double myadd(double, double);
