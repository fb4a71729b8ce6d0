%module syntax_error
int fact(int n;
