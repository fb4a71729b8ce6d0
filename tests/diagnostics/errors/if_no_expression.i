// expect: 3: #if with no expression
%module t
#if
#endif
