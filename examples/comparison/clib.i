/* clib.i: the interface SWIG and rswig both read. */
%module clib
%{
#include "clib.h"
%}
%include "clib.h"
