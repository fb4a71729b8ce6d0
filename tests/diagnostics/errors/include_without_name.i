// expect: 3: %include expects
%module t
%include
