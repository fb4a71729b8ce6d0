%module pragma_nowarn

/* Without the pragma, -Werror (rswig.opts) turns W314 into an error. */
#pragma SWIG nowarn=SWIGWARN_PARSE_KEYWORD

%inline %{
int lambda(int x) { return x + 1; }
%}
