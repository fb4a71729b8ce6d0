%module primitives
%{
#include "primitives.h"
%}

char echo_char(char x);
signed char echo_schar(signed char x);
unsigned char echo_uchar(unsigned char x);
short echo_short(short x);
unsigned short echo_ushort(unsigned short x);
int echo_int(int x);
unsigned int echo_uint(unsigned int x);
long echo_long(long x);
unsigned long echo_ulong(unsigned long x);
long long echo_llong(long long x);
unsigned long long echo_ullong(unsigned long long x);
float echo_float(float x);
double echo_double(double x);
bool echo_bool(bool x);
size_t echo_size(size_t x);
int add_ints(int a, short b, long c);
