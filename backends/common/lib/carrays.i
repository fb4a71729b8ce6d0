/* -----------------------------------------------------------------------------
 * carrays.i: C arrays from the target language.
 *
 * %array_functions(TYPE, NAME) creates
 *     TYPE *new_NAME(size_t nelements);
 *     void delete_NAME(TYPE *ary);
 *     TYPE NAME_getitem(TYPE *ary, size_t index);
 *     void NAME_setitem(TYPE *ary, size_t index, TYPE value);
 *
 * %array_class(TYPE, NAME) wraps a TYPE array as a class NAME, with
 * indexing, cast() (to TYPE *) and NAME.frompointer(TYPE *).
 * ----------------------------------------------------------------------------- */

%define %array_functions(TYPE, NAME)
%{
static TYPE *new_##NAME(size_t nelements) {
  return (TYPE *)calloc(nelements, sizeof(TYPE));
}
static void delete_##NAME(TYPE *ary) {
  free((char *)ary);
}
static TYPE NAME##_getitem(TYPE *ary, size_t index) {
  return ary[index];
}
static void NAME##_setitem(TYPE *ary, size_t index, TYPE value) {
  ary[index] = value;
}
%}
TYPE *new_##NAME(size_t nelements);
void delete_##NAME(TYPE *ary);
TYPE NAME##_getitem(TYPE *ary, size_t index);
void NAME##_setitem(TYPE *ary, size_t index, TYPE value);
%enddef

%define %array_class(TYPE, NAME)
%{
typedef TYPE NAME;
%}
typedef struct {
} NAME;
%extend NAME {
  NAME(size_t nelements) {
    return (TYPE *)calloc(nelements, sizeof(TYPE));
  }
  ~NAME() {
    free((char *)$self);
  }
  TYPE __getitem__(size_t index) {
    return $self[index];
  }
  void __setitem__(size_t index, TYPE value) {
    $self[index] = value;
  }
  TYPE *cast() {
    return $self;
  }
  static NAME *frompointer(TYPE *t) {
    return (NAME *)t;
  }
}
%types(NAME = TYPE);
%enddef
