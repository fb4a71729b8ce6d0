%module globals
%{
#include "globals.h"
%}

int counter;
double ratio;
char *name;
unsigned char small;

%immutable;
int version;
%mutable;

void bump(void);
int get_counter(void);
double get_ratio(void);
const char *get_name(void);
