/* add.c wrapped by rswig (module rsadd) and by swig (module swadd). */
%{
extern int add(int a, int b);
%}
extern int add(int a, int b);
