/* Modern CPython behaviour of an rswig module: multi-phase init (reload,
   a fresh import, a subinterpreter), C functions bound directly with text
   signatures, struct members through C descriptors. */
%module py_modern

%{
#include "py_modern.h"
%}

%feature("docstring") scale "Multiplies x by k.";

%include "py_modern.h"
