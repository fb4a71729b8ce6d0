%module(package="pkg", directors="1") "mod"
%{
#include "x.h"
%}
%begin %{ /* begin */ %}
%runtime %{ rt %}
%wrapper %{ w %}
%init %{ init(); %}
%pythoncode "extra.py"
%pythonbegin %{ import sys %}
%insert("header") %{ hdr %}
%rename("%(regex:/^Foo_(.*)/\\1/)s") "";
%rename(foo_i) foo(int);
%rename(bar) Struct::member;
%ignore "regexname";
%feature("autodoc", "1");
%feature("except") foo %{ ex %}
%exception foo { $action }
%newobject make;
%delobject destroy;
%callback("%s_cb") cb;
%nocallback;
%nodefaultctor Foo;
%warnfilter(SWIGWARN_TYPEMAP_CHARLEAK) foo;
%types(int *, struct Foo *);
%contract f(int x) { require: x > 0; }
%kwargs;
%pythonprepend foo %{ pre %}
%pythonappend foo "post"
%naturalvar;
%echo "done"
%fragment("f", "header", fragment="g") { frag }
%apply int *INPUT { int *x };
%clear int *x;
%constant double PI2 = 6.28;
