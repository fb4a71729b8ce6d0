// expect: 3: %rename needs a new name
%module t
%rename() f;
int f(void);
