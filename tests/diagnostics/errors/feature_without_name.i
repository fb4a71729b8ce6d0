// expect: 3: %feature needs a feature name
%module t
%feature() f;
int f(void);
