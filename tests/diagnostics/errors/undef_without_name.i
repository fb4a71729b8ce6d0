// expect: 3: macro name missing in #undef
%module t
#undef
