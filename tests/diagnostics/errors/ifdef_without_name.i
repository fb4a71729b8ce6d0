// expect: 3: no macro name given in #ifdef
%module t
#ifdef
#endif
