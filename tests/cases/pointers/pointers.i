%module pointers
%{
#include "pointers.h"
%}

typedef struct Counter Counter;
typedef struct Other Other;

Counter *counter_new(int start);
void counter_add(Counter *c, int n);
int counter_get(const Counter *c);
void counter_free(Counter *c);
Counter *counter_null(void);
int counter_is_null(Counter *c);
int counter_same(Counter *a, Counter *b);

Other *other_new(void);
void other_free(Other *o);

void *as_void(Counter *c);
int void_is_null(void *p);
