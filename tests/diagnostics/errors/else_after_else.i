// expect: 5: #else after #else
%module t
#if 1
#else
#else
#endif
