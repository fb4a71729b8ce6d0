// expect: 3: operator 'defined' requires an identifier
%module t
#if defined()
#endif
