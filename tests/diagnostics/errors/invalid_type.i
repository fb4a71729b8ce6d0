// expect: 3: type
%module t
unsigned float x;
