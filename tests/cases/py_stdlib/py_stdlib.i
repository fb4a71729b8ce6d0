%module py_stdlib
/* The library files not covered by clibs: exception.i, constraints.i,
   cwstring.i, file.i, complex.i, and the primitive types' ranges. */
%include <exception.i>
%include <constraints.i>
%include <cwstring.i>
%include <file.i>
%include <complex.i>

%cwstring_bounded_output(wchar_t *wout, 32);
%include <cstring.i>
%cstring_bounded_mutable(char *ustr, 16);
%cstring_output_maxsize(char *obuf, int maxlen);

/* SWIG_exception with each error code */
%exception fail_with {
  $action
  switch (result) {
  case 1: SWIG_exception(SWIG_MemoryError, "memory"); break;
  case 2: SWIG_exception(SWIG_IOError, "io"); break;
  case 3: SWIG_exception(SWIG_RuntimeError, "runtime"); break;
  case 4: SWIG_exception(SWIG_IndexError, "index"); break;
  case 5: SWIG_exception(SWIG_TypeError, "type"); break;
  case 6: SWIG_exception(SWIG_DivisionByZero, "zero"); break;
  case 7: SWIG_exception(SWIG_OverflowError, "overflow"); break;
  case 8: SWIG_exception(SWIG_SyntaxError, "syntax"); break;
  case 9: SWIG_exception(SWIG_ValueError, "value"); break;
  case 10: SWIG_exception(SWIG_SystemError, "system"); break;
  case 11: SWIG_exception(SWIG_AttributeError, "attribute"); break;
  case 12: SWIG_exception(SWIG_UnknownError, "unknown"); break;
  default: break;
  }
}

%apply int POSITIVE { int count };
%apply double NONNEGATIVE { double amount };
%apply int NONZERO { int divisor };
%apply void *NONNULL { void *handle };

%inline %{
#include <stdio.h>
#include <wchar.h>
#include <stdbool.h>
#include <stddef.h>
#include <complex.h>
int fail_with(int code) { return code; }
void upcase(char *ustr) { for (; *ustr; ustr++) if (*ustr >= 'a' && *ustr <= 'z') *ustr -= 32; }
void fill_to(char *obuf, int maxlen) { int i; for (i = 0; i < maxlen && i < 5; i++) obuf[i] = 'x'; obuf[i] = 0; }
int repeat(int count) { return count; }
double pay(double amount) { return amount; }
int ratio(int a, int divisor) { return a / divisor; }
int is_set(void *handle) { return handle != 0; }
void *some_handle(void) { static int x; return &x; }

size_t wide_len(const wchar_t *s) { return wcslen(s); }
const wchar_t *wide_hello(void) { return L"h\u00e9llo"; }
void wide_fill(wchar_t *wout) { wcscpy(wout, L"fill\u00e9d"); }

int file_put(FILE *f, const char *s) { int n = fputs(s, f); fflush(f); return n >= 0; }

double complex cmul(double complex a, double complex b) { return a * b; }

long long ll_echo(long long v) { return v; }
unsigned long long ull_echo(unsigned long long v) { return v; }
bool flip(bool b) { return !b; }
size_t size_echo(size_t n) { return n; }
signed char sc_echo(signed char c) { return c; }
unsigned short us_echo(unsigned short v) { return v; }
%}
