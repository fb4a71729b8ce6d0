%module constants
%{
#include "constants.h"
%}

#define ICONST 42
#define NEG_ICONST -7
#define HEXCONST 0x1F
#define BIGCONST 4000000000UL
#define FCONST 2.5
#define EXPCONST 1.5e3
#define SCONST "hello world"
#define CCONST 'x'
#define EXPR_CONST (ICONST * 2 + 1)
#define SQUARE(x) ((x) * (x))
#define EMPTY_MACRO

%constant int ANSWER = 42;
%constant double HALF = 0.5;
%constant const char *GREETING = "hi there";
%constant int DERIVED = ICONST + 8;

enum color { RED, GREEN = 5, BLUE };
enum { ANON_A = 10, ANON_B = ANON_A + 1 };

int color_value(enum color c);
