// expect: 4: unterminated argument list invoking macro 'F'
%module t
#define F(a) a
int x = F(1;
