/* -initname: the entry point is Init_other_name, so the extension loads
   as other_name.so; the Ruby module keeps the %module name. */
%module ruby_initname
%inline %{
int answer(void) { return 42; }
%}
