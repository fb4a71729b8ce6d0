// expect: 3: %enddef without %define
%module t
%enddef
