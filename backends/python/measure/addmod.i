/* add.c wrapped by rswig (module rsadd) and by swig (module swadd). */
%{
extern int add(int a, int b);
typedef struct Point { int x, y; } Point;
%}
extern int add(int a, int b);
typedef struct Point { int x, y; } Point;
