%module errs
int ok1(int);
int bad1(int x;
int ok2(void);
struct S { int a b; };
int ok3;
%rename(x) ;
%typemap(in) int { ok }
double 3x;
int ok4;
