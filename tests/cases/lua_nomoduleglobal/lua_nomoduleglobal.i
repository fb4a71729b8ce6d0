%module lua_nomoduleglobal
%inline %{
int answer(void) { return 42; }
%}
