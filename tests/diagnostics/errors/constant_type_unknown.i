// expect: 3: cannot tell the type of constant
%module t
%constant X = some_function();
