// expect: 3: invalid token
%module t
#define F(a, 3) a
