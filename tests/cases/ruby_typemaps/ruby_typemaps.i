/* User typemaps written against the Ruby C API: in/out with $input and
   $result, a multi-argument typemap, numinputs=0 with argout, check,
   freearg, default, varin/varout, %apply and %clear. */
%module ruby_typemaps
%{
#include <stdlib.h>
#include <string.h>
static int freed = 0;
%}

/* A Ruby Array of Integers as (int *items, int count). */
%typemap(in) (int *items, int count) {
  long i;
  Check_Type($input, T_ARRAY);
  $2 = (int)RARRAY_LEN($input);
  $1 = (int *)malloc(sizeof(int) * ($2 ? $2 : 1));
  for (i = 0; i < $2; i++)
    $1[i] = NUM2INT(rb_ary_entry($input, i));
}
%typemap(freearg) (int *items, int count) { free($1); freed++; }

/* A Symbol in, its name as C text; the result as a Symbol. */
%typemap(in) const char *symbol {
  if (!SYMBOL_P($input))
    rb_raise(rb_eTypeError, "expected a Symbol for $1_name");
  $1 = ($1_ltype)rb_id2name(SYM2ID($input));
}
%typemap(out) const char *as_symbol "$result = ID2SYM(rb_intern($1));";

/* numinputs=0 and argout: a second result. */
%typemap(in, numinputs=0) int *remainder (int temp) { $1 = &temp; }
%typemap(argout) int *remainder { $result = SWIG_Ruby_AppendOutput($result, INT2NUM(*$1)); }

/* check: even numbers only. */
%typemap(check) int even {
  if ($1 % 2)
    rb_raise(rb_eArgError, "$symname: argument $argnum must be even, got %d", $1);
}

/* default: an omitted argument. */
%typemap(default) int scale { $1 = 10; }

/* varin/varout: a global seen as a Float of half its value. */
%typemap(varout) int doubled "$result = rb_float_new($1 / 2.0);";
%typemap(varin) int doubled { $1 = (int)(NUM2DBL($input) * 2); }

%apply const char *symbol { const char *sym2 };

%inline %{
int sum(int *items, int count) { int s = 0, i; for (i = 0; i < count; i++) s += items[i]; return s; }
int freed_count(void) { return freed; }
int symlen(const char *symbol) { return (int)strlen(symbol); }
const char *as_symbol(int i) { return i ? "yes" : "no"; }
int divide(int a, int b, int *remainder) { *remainder = a % b; return a / b; }
int half(int even) { return even / 2; }
int scaled(int x, int scale) { return x * scale; }
int doubled = 8;
int get_doubled(void) { return doubled; }
int symlen2(const char *sym2) { return (int)strlen(sym2); }
%}
%clear const char *sym2;
%inline %{
int plainlen(const char *sym2) { return (int)strlen(sym2); }
%}
