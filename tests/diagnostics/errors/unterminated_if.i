// expect: 3: unterminated conditional directive
%module t
#if 1
int a;
