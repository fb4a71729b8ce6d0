%module includeall
%{
#include "decls.h"
%}
#include "decls.h"
