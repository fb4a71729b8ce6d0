// expect: 3: expected a name in %constant
%module t
%constant int = 3;
