// expect: 3: macro names must be identifiers
%module t
#define 3 4
