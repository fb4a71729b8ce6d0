/* -----------------------------------------------------------------------------
 * cpointer.i: pointers to single C values.
 *
 * %pointer_functions(TYPE, NAME) creates
 *     TYPE *new_NAME(void);            TYPE *copy_NAME(TYPE value);
 *     void delete_NAME(TYPE *obj);     void NAME_assign(TYPE *obj, TYPE value);
 *     TYPE NAME_value(TYPE *obj);
 * %pointer_class(TYPE, NAME) wraps a TYPE * as a class NAME with assign(),
 * value(), cast() and NAME.frompointer().
 * %pointer_cast(TYPE1, TYPE2, NAME) creates TYPE2 NAME(TYPE1 x).
 * ----------------------------------------------------------------------------- */

%define %pointer_functions(TYPE, NAME)
%{
static TYPE *new_##NAME(void) {
  return (TYPE *)calloc(1, sizeof(TYPE));
}
static TYPE *copy_##NAME(TYPE value) {
  TYPE *obj = (TYPE *)calloc(1, sizeof(TYPE));
  if (obj) *obj = value;
  return obj;
}
static void delete_##NAME(TYPE *obj) {
  free((char *)obj);
}
static void NAME##_assign(TYPE *obj, TYPE value) {
  *obj = value;
}
static TYPE NAME##_value(TYPE *obj) {
  return *obj;
}
%}
TYPE *new_##NAME(void);
TYPE *copy_##NAME(TYPE value);
void delete_##NAME(TYPE *obj);
void NAME##_assign(TYPE *obj, TYPE value);
TYPE NAME##_value(TYPE *obj);
%enddef

%define %pointer_class(TYPE, NAME)
%{
typedef TYPE NAME;
static NAME *new_##NAME(void) {
  return (TYPE *)calloc(1, sizeof(TYPE));
}
static void delete_##NAME(NAME *self) {
  free((char *)self);
}
static void NAME##_assign(NAME *self, TYPE value) {
  *self = value;
}
static TYPE NAME##_value(NAME *self) {
  return *self;
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
  NAME();
  ~NAME();
  void assign(TYPE value);
  TYPE value();
  TYPE *cast();
  static NAME *frompointer(TYPE *t);
}
%types(NAME = TYPE);
%enddef

%define %pointer_cast(TYPE1, TYPE2, NAME)
%inline %{
TYPE2 NAME(TYPE1 x) {
  return (TYPE2)x;
}
%}
%enddef
