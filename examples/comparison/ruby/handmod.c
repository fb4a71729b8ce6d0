/* handmod.c: clib wrapped by hand for Ruby, with the checks a generated
 * wrapper makes: NUM2INT raises TypeError or RangeError. */
#include <ruby.h>

#include "clib.h"

/* int fact(int n); */
static VALUE r_fact(VALUE self, VALUE n) {
  (void)self;
  return INT2NUM(fact(NUM2INT(n)));
}

/* int my_mod(int x, int y); */
static VALUE r_my_mod(VALUE self, VALUE x, VALUE y) {
  (void)self;
  return INT2NUM(my_mod(NUM2INT(x), NUM2INT(y)));
}

/* int myadd(int a, int b); */
static VALUE r_myadd(VALUE self, VALUE a, VALUE b) {
  (void)self;
  return INT2NUM(myadd(NUM2INT(a), NUM2INT(b)));
}

/* char *get_time(void); */
static VALUE r_get_time(VALUE self) {
  (void)self;
  return rb_str_new_cstr(get_time());
}

/* void myprint(const char *msg); */
static VALUE r_myprint(VALUE self, VALUE msg) {
  (void)self;
  myprint(StringValueCStr(msg));
  return Qnil;
}

/* struct Point, as typed data holding the C struct. */
static const rb_data_type_t point_type = {
    .wrap_struct_name = "Point",
    .function = {.dfree = RUBY_TYPED_DEFAULT_FREE},
    .flags = RUBY_TYPED_FREE_IMMEDIATELY,
};

static VALUE point_alloc(VALUE klass) {
  Point *p;
  return TypedData_Make_Struct(klass, Point, &point_type, p);
}

static Point *point_of(VALUE obj) {
  return rb_check_typeddata(obj, &point_type);
}

static VALUE point_x(VALUE self) { return INT2NUM(point_of(self)->x); }
static VALUE point_y(VALUE self) { return INT2NUM(point_of(self)->y); }

static VALUE point_set_x(VALUE self, VALUE v) {
  point_of(self)->x = NUM2INT(v);
  return v;
}

static VALUE point_set_y(VALUE self, VALUE v) {
  point_of(self)->y = NUM2INT(v);
  return v;
}

/* int point_dist2(const Point *p); */
static VALUE r_point_dist2(VALUE self, VALUE p) {
  (void)self;
  return INT2NUM(point_dist2(point_of(p)));
}

void Init_handmod(void) {
  VALUE m = rb_define_module("Handmod");
  rb_define_module_function(m, "fact", r_fact, 1);
  rb_define_module_function(m, "my_mod", r_my_mod, 2);
  rb_define_module_function(m, "myadd", r_myadd, 2);
  rb_define_module_function(m, "get_time", r_get_time, 0);
  rb_define_module_function(m, "myprint", r_myprint, 1);
  rb_define_module_function(m, "point_dist2", r_point_dist2, 1);
  VALUE point = rb_define_class_under(m, "Point", rb_cObject);
  rb_define_alloc_func(point, point_alloc);
  rb_define_method(point, "x", point_x, 0);
  rb_define_method(point, "y", point_y, 0);
  rb_define_method(point, "x=", point_set_x, 1);
  rb_define_method(point, "y=", point_set_y, 1);
}
