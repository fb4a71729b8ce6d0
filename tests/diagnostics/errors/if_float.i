// expect: 3: floating constant
%module t
#if 1.5
#endif
