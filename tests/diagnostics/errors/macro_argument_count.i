// expect: 4: requires 2 arguments, but 1 given
%module t
#define ADD(a, b) a + b
int x = ADD(1);
