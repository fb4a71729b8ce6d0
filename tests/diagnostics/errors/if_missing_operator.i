// expect: 3: missing binary operator
%module t
#if 1 2
#endif
