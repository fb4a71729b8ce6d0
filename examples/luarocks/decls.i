/* decls.i: the declarations */
extern double My_variable;
extern int fact(int n);
extern int my_mod(int x, int y);
extern char *get_time(void);
