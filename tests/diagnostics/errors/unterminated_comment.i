// expect: 3: unterminated comment
%module t
/* never closed
int a;
