/* A second Ruby extension, written by hand: it passes struct pointers to
   and from the rswig module `Shapes` through swigrubyrun.h. */
#include "swigrubyrun.h"
#include "shapes.h"

/* Helper.new_point(x, y): a struct Point made here, owned by Ruby. */
static VALUE new_point(VALUE self, VALUE x, VALUE y) {
  swig_type_info *ty = SWIG_TypeQuery("struct Point *");
  (void)self;
  if (!ty)
    rb_raise(rb_eRuntimeError, "struct Point * is not known");
  return SWIG_NewPointerObj(make_point(NUM2INT(x), NUM2INT(y)), ty, SWIG_POINTER_OWN);
}

/* Helper.point_x(obj): the x of a struct Point made anywhere. */
static VALUE point_x(VALUE self, VALUE obj) {
  struct Point *p = NULL;
  (void)self;
  if (!SWIG_IsOK(SWIG_ConvertPtr(obj, (void **)&p, SWIG_TypeQuery("Point*"), SWIG_POINTER_NO_NULL)))
    rb_raise(rb_eTypeError, "point_x: expected a struct Point");
  return INT2NUM(p->x);
}

/* Helper.type_name(name): the name of the type SWIG_TypeQuery finds, or nil. */
static VALUE type_name(VALUE self, VALUE name) {
  swig_type_info *ty = SWIG_TypeQuery(StringValueCStr(name));
  (void)self;
  return ty ? rb_str_new_cstr(SWIG_TypeName(ty)) : Qnil;
}

SWIGEXPORT void Init_helper(void) {
  VALUE mod = rb_define_module("Helper");
  rb_define_module_function(mod, "new_point", new_point, 2);
  rb_define_module_function(mod, "point_x", point_x, 1);
  rb_define_module_function(mod, "type_name", type_name, 1);
}
