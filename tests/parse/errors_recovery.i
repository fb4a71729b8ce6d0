%module m
struct S { int x; }
int e;
int f(int, );
int g(int x,
     double y;
%rename() foo;
%apply int *OUTPUT { int *a ;
enum E { A B };
typedef int;
%constant = 3;
int h[;
#define X (1 +
int i = ;
