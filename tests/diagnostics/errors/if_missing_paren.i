// expect: 3: missing ')' in preprocessor expression
%module t
#if (1 + 2
#endif
