#include "primitives.h"

char echo_char(char x) { return x; }
signed char echo_schar(signed char x) { return x; }
unsigned char echo_uchar(unsigned char x) { return x; }
short echo_short(short x) { return x; }
unsigned short echo_ushort(unsigned short x) { return x; }
int echo_int(int x) { return x; }
unsigned int echo_uint(unsigned int x) { return x; }
long echo_long(long x) { return x; }
unsigned long echo_ulong(unsigned long x) { return x; }
long long echo_llong(long long x) { return x; }
unsigned long long echo_ullong(unsigned long long x) { return x; }
float echo_float(float x) { return x; }
double echo_double(double x) { return x; }
bool echo_bool(bool x) { return x; }
size_t echo_size(size_t x) { return x; }
int add_ints(int a, short b, long c) { return a + b + (int)c; }
