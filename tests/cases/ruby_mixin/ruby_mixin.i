/* %mixin: Ruby modules included in a struct's class (a comma-separated
   list, looked up by name when the extension loads). */
%module ruby_mixin
%mixin Bag "Enumerable";
%mixin Ranked "Comparable, Marked";
%inline %{
typedef struct Bag { int n; } Bag;
typedef struct Ranked { int rank; } Ranked;
typedef struct Plain { int x; } Plain;
%}
%extend Bag {
  int item(int i) { return i < $self->n ? (i + 1) * 10 : -1; }
}
%extend Ranked {
  int cmp(Ranked *o) { return ($self->rank > o->rank) - ($self->rank < o->rank); }
}
