%module hostile_values
/* Hostile values at run time: wrong types, out-of-range integers, NULL,
   freed and disowned objects, very long strings. Each gives the
   language's exception (or a defined result), never a crash. */

%{
#include <stdlib.h>
#include <string.h>
%}

%newobject box_new;
%delobject box_free;

%inline %{
int take_int(int x) { return x; }
short take_short(short x) { return x; }
unsigned char take_uchar(unsigned char x) { return x; }
unsigned int take_uint(unsigned int x) { return x; }
double take_double(double x) { return x; }

size_t length(const char *s) { return s ? strlen(s) : 0; }
int is_null(const char *s) { return s == NULL; }

typedef struct Box { int value; char name[8]; } Box;
Box *box_new(int v) { Box *b = calloc(1, sizeof *b); if (b) b->value = v; return b; }
int box_value(const Box *b) { return b ? b->value : -1; }
void box_free(Box *b) { free(b); }
Box *box_null(void) { return NULL; }

typedef struct Other { int unused; } Other;
Other *other_new(void) { return calloc(1, sizeof(Other)); }
void other_free(Other *o) { free(o); }
%}
