// expect: 3: 'defined' cannot be used as a macro name
%module t
#define defined 1
