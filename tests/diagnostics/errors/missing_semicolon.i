// expect: 4: expected
%module t
int f(int a)
int g(void);
