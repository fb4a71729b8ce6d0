// expect: 3: #error stop here
%module t
#error stop here
