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
static NAME *new_##NAME(size_t nelements) {
  return (TYPE *)calloc(nelements, sizeof(TYPE));
}
static void delete_##NAME(NAME *self) {
  free((char *)self);
}
static TYPE NAME##___getitem__(NAME *self, size_t index) {
  return self[index];
}
static void NAME##___setitem__(NAME *self, size_t index, TYPE value) {
  self[index] = value;
}
static TYPE *NAME##_cast(NAME *self) {
  return self;
}
static NAME *NAME##_frompointer(TYPE *t) {
  return (NAME *)t;
}
%}
typedef struct {
} NAME;
/* The methods are the C functions above (%extend without bodies). */
%extend NAME {
  NAME(size_t nelements);
  ~NAME();
  TYPE __getitem__(size_t index);
  void __setitem__(size_t index, TYPE value);
  TYPE *cast();
  static NAME *frompointer(TYPE *t);
}
%types(NAME = TYPE);
%enddef
