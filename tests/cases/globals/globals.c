#include "globals.h"

int counter = 0;
double ratio = 0.5;
char *name = 0;
int version = 3;
unsigned char small = 7;

void bump(void) { counter++; }
int get_counter(void) { return counter; }
double get_ratio(void) { return ratio; }
const char *get_name(void) { return name ? name : "(null)"; }
