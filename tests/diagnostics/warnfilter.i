%module warnfilter
%warnfilter(SWIGWARN_PARSE_KEYWORD) lambda;
%warnfilter(314) yield;
int lambda(int);
int yield(int);
int global(int);
int pass(int);
