// expect: 4: #else without #if
%module t
int a;
#else
