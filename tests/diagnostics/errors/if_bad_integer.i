// expect: 3: invalid or too large integer constant
%module t
#if 12abc
#endif
