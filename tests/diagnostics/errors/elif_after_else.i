// expect: 5: #elif after #else
%module t
#if 1
#else
#elif 1
#endif
