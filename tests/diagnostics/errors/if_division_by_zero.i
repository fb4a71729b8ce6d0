// expect: 3: division by zero in preprocessor expression
%module t
#if 1 / 0
#endif
