/* Unions as classes, arrays (global and member, 1-D and 2-D, char
   arrays), and object ownership: %newobject results are owned and freed,
   %delobject gives an object up, borrowed pointers are never freed. */
%module ruby_unions_arrays
%{
#include <stdlib.h>
#include <string.h>
static int frees = 0;
%}
%newobject box_new;
%delobject box_free;
%inline %{
typedef union Number { int i; float f; unsigned char bytes[4]; } Number;
int number_int(Number *n) { return n->i; }
Number number_of(int i) { Number n; n.i = i; return n; }

int table[4] = { 1, 2, 3, 4 };
int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
char label[8] = "start";
const int fixed[2] = { 7, 8 };
int table_sum(void) { int s = 0, i; for (i = 0; i < 4; i++) s += table[i]; return s; }
int grid_at(int r, int c) { return grid[r][c]; }
int sum3(int a[3]) { return a[0] + a[1] + a[2]; }

typedef struct Box { int v; struct Box *link; } Box;
Box *box_new(int v) { Box *b = malloc(sizeof(Box)); b->v = v; b->link = NULL; return b; }
void box_free(Box *b) { frees++; free(b); }
int freed_boxes(void) { return frees; }
Box *box_shared(void) { static Box b = { 99, NULL }; return &b; }
%}
%extend Box {
  ~Box() { frees++; free($self); }
}
