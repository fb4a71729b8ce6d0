/* rswig Ruby runtime: type descriptors and wrapped pointers. */

/* @piece swig_type_info requires swig_core */
/* A C type as the runtime knows it: mangled name (`_p_int`), the name users
   see (`int *`), the Ruby class of its objects (a struct's class, or a
   `SWIG::TYPE_p_int` made on first use), and for a struct the functions
   that free and mark what an owning object holds. */
typedef struct swig_type_info {
  const char *name;
  const char *str;
  VALUE klass;
  void (*destroy)(void *);
  void (*mark)(void *);
} swig_type_info;
#define SWIG_TypeName(ty) ((ty) ? (ty)->str : "")

/* @piece swig_type_table requires swig_type_info */
/* (The emitter writes the module's descriptor table here.) */

/* @piece SWIG_TypeQuery requires swig_type_info, swig_type_table */
/* Finds a descriptor by display name (`int *`) or mangled name (`_p_int`). */
SWIGINTERN swig_type_info *SWIG_TypeQuery(const char *name) {
  size_t i;
  for (i = 0; i + 1 < sizeof(swig_types_table) / sizeof(swig_types_table[0]); i++) {
    if (strcmp(swig_types_table[i].str, name) == 0 || strcmp(swig_types_table[i].name, name) == 0)
      return &swig_types_table[i];
  }
  return NULL;
}

/* @piece swig_ruby_object requires swig_type_info */
/* A typed C pointer as a Ruby object. `own` says whether the object frees
   the pointer (with its type's destroy function) when collected. */
typedef struct {
  void *ptr;
  swig_type_info *ty;
  int own;
} swig_ruby_object;

SWIGINTERN void SWIG_Ruby_ObjectMark(void *p) {
  swig_ruby_object *o = (swig_ruby_object *)p;
  if (o->ptr && o->ty && o->ty->mark)
    o->ty->mark(o->ptr);
}

SWIGINTERN void SWIG_Ruby_ObjectFree(void *p) {
  swig_ruby_object *o = (swig_ruby_object *)p;
  if (o->own && o->ptr && o->ty && o->ty->destroy)
    o->ty->destroy(o->ptr);
  xfree(o);
}

SWIGINTERN size_t SWIG_Ruby_ObjectSize(const void *p) {
  (void)p;
  return sizeof(swig_ruby_object);
}

static const rb_data_type_t swig_ruby_object_type = {
  .wrap_struct_name = "SWIG pointer",
  .function = {
    .dmark = SWIG_Ruby_ObjectMark,
    .dfree = SWIG_Ruby_ObjectFree,
    .dsize = SWIG_Ruby_ObjectSize,
  },
  .flags = RUBY_TYPED_FREE_IMMEDIATELY,
};

/* The wrapped pointer behind `obj`, or NULL when it is not one. */
SWIGINTERN swig_ruby_object *SWIG_Ruby_Object(VALUE obj) {
  if (!RB_TYPE_P(obj, T_DATA) || !rb_typeddata_is_kind_of(obj, &swig_ruby_object_type))
    return NULL;
  return (swig_ruby_object *)RTYPEDDATA_DATA(obj);
}

/* An empty object of `klass` for `ty` (the allocator of struct classes). */
SWIGINTERN VALUE SWIG_Ruby_Alloc(VALUE klass, swig_type_info *ty) {
  swig_ruby_object *o;
  VALUE obj = TypedData_Make_Struct(klass, swig_ruby_object, &swig_ruby_object_type, o);
  o->ptr = NULL;
  o->ty = ty;
  o->own = 0;
  return obj;
}

/* Gives an allocated object its pointer (what a constructor does). */
SWIGINTERN void SWIG_Ruby_InitObject(VALUE obj, void *ptr, swig_type_info *ty, int own) {
  swig_ruby_object *o = SWIG_Ruby_Object(obj);
  if (!o)
    rb_raise(rb_eTypeError, "not a SWIG object");
  if (o->own && o->ptr && o->ty && o->ty->destroy)
    o->ty->destroy(o->ptr);
  o->ptr = ptr;
  o->ty = ty;
  o->own = own;
}

/* The class for objects of `ty`: its struct class, or `SWIG::TYPE<mangled>`. */
SWIGINTERN VALUE SWIG_Ruby_PointerClass(swig_type_info *ty) {
  if (!ty->klass) {
    char buf[512];
    snprintf(buf, sizeof(buf), "TYPE%s", ty->name);
    ty->klass = rb_define_class_under(SWIG_Ruby_Module(), buf, rb_cObject);
    rb_undef_alloc_func(ty->klass);
  }
  return ty->klass;
}

/* @piece SWIG_ConvertPtr requires swig_ruby_object */
/* The C pointer of `obj` for type `ty`: nil is NULL; a `void *` accepts
   any pointer. Returns a result code; with SWIG_POINTER_DISOWN the
   object gives up ownership. */
SWIGINTERN int SWIG_Ruby_ConvertPtr(VALUE obj, void **ptr, swig_type_info *ty, int flags) {
  swig_ruby_object *o;
  if (NIL_P(obj)) {
    if (flags & SWIG_POINTER_NO_NULL)
      return SWIG_NullReferenceError;
    if (ptr)
      *ptr = NULL;
    return SWIG_OK;
  }
  o = SWIG_Ruby_Object(obj);
  if (!o)
    return SWIG_ERROR;
  if (ty && o->ty != ty && strcmp(ty->name, "_p_void") != 0 &&
      (!o->ty || strcmp(o->ty->name, ty->name) != 0))
    return SWIG_ERROR;
  if (!o->ptr && o->ty && o->ty->klass && rb_obj_class(obj) == o->ty->klass)
    return SWIG_ObjectPreviouslyDeletedError;
  if (ptr)
    *ptr = o->ptr;
  if (flags & SWIG_POINTER_DISOWN)
    o->own = 0;
  return SWIG_OK;
}
#define SWIG_ConvertPtr(obj, pptr, type, flags) SWIG_Ruby_ConvertPtr(obj, pptr, type, flags)
#define SWIG_ConvertInstance(obj, pptr, type, flags) SWIG_Ruby_ConvertPtr(obj, pptr, type, flags)
#define SWIG_ConvertFunctionPtr(obj, pptr, type) SWIG_Ruby_ConvertPtr(obj, pptr, type, 0)

/* @piece SWIG_NewPointerObj requires swig_ruby_object */
/* A Ruby object for a C pointer of type `ty` (nil for NULL); with
   SWIG_POINTER_OWN it frees the pointer when collected. */
SWIGINTERN VALUE SWIG_Ruby_NewPointerObj(void *ptr, swig_type_info *ty, int flags) {
  VALUE obj;
  if (!ptr)
    return Qnil;
  obj = SWIG_Ruby_Alloc(SWIG_Ruby_PointerClass(ty), ty);
  SWIG_Ruby_InitObject(obj, ptr, ty, (flags & SWIG_POINTER_OWN) ? 1 : 0);
  return obj;
}
#define SWIG_NewPointerObj(ptr, type, flags) SWIG_Ruby_NewPointerObj(ptr, type, flags)
#define SWIG_NewInstanceObj(ptr, type, flags) SWIG_Ruby_NewPointerObj(ptr, type, flags)
#define SWIG_NewFunctionPtrObj(ptr, type) SWIG_Ruby_NewPointerObj(ptr, type, 0)

/* @piece SWIG_Ruby_AcquirePtr requires swig_ruby_object */
/* Sets whether `obj` owns its pointer; returns the old setting. */
SWIGINTERN int SWIG_Ruby_AcquirePtr(VALUE obj, int own) {
  swig_ruby_object *o = SWIG_Ruby_Object(obj);
  int old;
  if (!o)
    return 0;
  old = o->own;
  o->own = own;
  return old;
}
#define SWIG_AcquirePtr(obj, own) SWIG_Ruby_AcquirePtr(obj, own)
