// expect: 3: macro parameter list
%module t
#define F(a b) a
