// expect: 3: missing ')' in macro parameter list
%module t
#define F(a
