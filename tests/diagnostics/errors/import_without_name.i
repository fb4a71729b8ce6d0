// expect: 3: %import expects
%module t
%import
