// expect: 3: %varargs needs the function
%module t
%varargs(int x = 0);
int f(int, ...);
