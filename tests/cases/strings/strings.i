%module strings
%{
#include "strfuncs.h"
%}

const char *greeting(void);
int str_len(const char *s);
int is_null(const char *s);
const char *echo_str(const char *s);
char *maybe_null(int flag);
char *concat(const char *a, const char *b);
void upcase_first(char *s);
