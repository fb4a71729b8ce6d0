// expect: 3: is not a type
%module t
%varargs(abc) f;
int f(int, ...);
