// expect: 3: missing ')' after 'defined'
%module t
#if defined(X
#endif
