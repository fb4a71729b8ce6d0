/* File : example.i -- the classic example, its declarations in decls.i */
%module example
%{
extern double My_variable;
extern int fact(int n);
extern int my_mod(int x, int y);
extern char *get_time(void);
%}

%include "decls.i"
