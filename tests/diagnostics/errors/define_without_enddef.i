// expect: 3: %define without matching %enddef
%module t
%define FOO int x;
