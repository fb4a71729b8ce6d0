%module ok
int f(int);
