// expect: 3: %apply pattern and target have different numbers of parameters
%module t
%apply (int *OUTPUT, int *OUTPUT) { int *a };
void f(int *a);
