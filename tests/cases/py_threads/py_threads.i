/* -threads: calls run with the GIL released, so another Python thread runs
   during a long C call; %nothread keeps the GIL for one function. */
%module py_threads

%{
#include "py_threads.h"
%}

%nothread wait_holding_gil;

%include "py_threads.h"
