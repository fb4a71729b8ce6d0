// expect: 3: #elif without #if
%module t
#elif 1
