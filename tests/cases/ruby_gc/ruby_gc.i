/* Garbage collection: objects that own their struct free it (with the
   destructor, or a %freefunc), borrowed ones do not; %markfunc marks the
   Ruby values a struct holds; %trackobjects gives one Ruby object per
   C pointer. */
%module ruby_gc
%{
#include <stdlib.h>
static int freed_plain = 0;
static int freed_custom = 0;
%}
%freefunc Custom "free_custom";
%markfunc Holder "mark_holder";
%trackobjects Tracked;
%inline %{
typedef struct Plain { int v; } Plain;
typedef struct Custom { int v; } Custom;
typedef struct Holder { unsigned long value; } Holder;
int plain_freed(void) { return freed_plain; }
int custom_freed(void) { return freed_custom; }
Plain *borrowed(void) { static Plain p; return &p; }
typedef struct Tracked { int v; } Tracked;
Tracked *tracked_get(void) { static Tracked t; return &t; }
%}
%extend Plain {
  ~Plain() { freed_plain++; free($self); }
}
%{
static void free_custom(Custom *c) { freed_custom++; free(c); }
static void mark_holder(Holder *h) { rb_gc_mark((VALUE)h->value); }
%}
%inline %{
void holder_keep(Holder *h, const char *tag);
const char *holder_tag(Holder *h);
%}
%{
void holder_keep(Holder *h, const char *tag) { h->value = (unsigned long)rb_str_new_cstr(tag); }
const char *holder_tag(Holder *h) { return StringValueCStr(*(VALUE *)&h->value); }
%}
