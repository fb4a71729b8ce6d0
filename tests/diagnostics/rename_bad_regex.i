%module bad
%rename("x", regexmatch$name="(") "";
int f(void);
