%module unterminated_block
%{
#include <stdio.h>
int f(int);
