/* -noautorename (the last of the two options wins): names stay as in C,
   only constants and classes get the capital first letter Ruby needs. */
%module ruby_noautorename
#ifdef SWIG_RUBY_AUTORENAME
#error SWIG_RUBY_AUTORENAME is defined under -noautorename
#endif
%inline %{
typedef struct my_point { int xValue; } my_point;
#define max_size 10
enum colour { red, darkGreen };
int getValue(void) { return 3; }
%}
