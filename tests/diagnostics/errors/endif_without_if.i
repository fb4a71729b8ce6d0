// expect: 4: #endif without #if
%module t
int a;
#endif
