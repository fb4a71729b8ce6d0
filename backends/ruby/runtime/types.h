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
  /* `%trackobjects`: one Ruby object per C pointer. */
  int track;
  /* "|_p_a|_p_b|": other types accepted where this one is expected
     (`%types(shortArray = short)`), or NULL. */
  const char *casts;
} swig_type_info;

/* Tracked objects by C pointer (weak: an object leaves when freed). */
static st_table *swig_ruby_tracked = NULL;
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
  if (o->ty && o->ty->track && o->ptr && swig_ruby_tracked) {
    st_data_t key = (st_data_t)o->ptr;
    st_delete(swig_ruby_tracked, &key, NULL);
  }
  if (o->own && o->ptr && o->ty && o->ty->destroy)
    o->ty->destroy(o->ptr);
  xfree(o);
}

SWIGINTERN size_t SWIG_Ruby_ObjectSize(const void *p) {
  (void)p;
  return sizeof(swig_ruby_object);
}

/* Every rswig module's pointer objects share this layout; the name (with
   the layout's version) tells them apart from other typed data, so that
   pointers pass between modules (%import). */
#define SWIG_RUBY_OBJECT_NAME "SWIG pointer (rswig 1)"
static const rb_data_type_t swig_ruby_object_type = {
  .wrap_struct_name = SWIG_RUBY_OBJECT_NAME,
  .function = {
    .dmark = SWIG_Ruby_ObjectMark,
    .dfree = SWIG_Ruby_ObjectFree,
    .dsize = SWIG_Ruby_ObjectSize,
  },
  .flags = RUBY_TYPED_FREE_IMMEDIATELY,
};

/* The wrapped pointer behind `obj`, or NULL when it is not one. */
SWIGINTERN int SWIG_Ruby_IsPointerObject(VALUE obj) {
  return RB_TYPE_P(obj, T_DATA) && RTYPEDDATA_P(obj) &&
         (RTYPEDDATA_TYPE(obj) == &swig_ruby_object_type ||
          strcmp(RTYPEDDATA_TYPE(obj)->wrap_struct_name, SWIG_RUBY_OBJECT_NAME) == 0);
}

SWIGINTERN swig_ruby_object *SWIG_Ruby_Object(VALUE obj) {
  if (!SWIG_Ruby_IsPointerObject(obj))
    return NULL;
  return (swig_ruby_object *)RTYPEDDATA_DATA(obj);
}

/* Whether `obj` is a wrapped pointer whose data hand-written code detached
   (`DATA_PTR(obj) = NULL`): it then stands for NULL. */
SWIGINTERN int SWIG_Ruby_IsDetached(VALUE obj) {
  return SWIG_Ruby_IsPointerObject(obj) && RTYPEDDATA_DATA(obj) == NULL;
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
  if (ty && ty->track && ptr) {
    if (!swig_ruby_tracked)
      swig_ruby_tracked = st_init_numtable();
    st_insert(swig_ruby_tracked, (st_data_t)ptr, (st_data_t)obj);
  }
}

/* The live object already wrapping `ptr` for a tracked type, or Qnil. */
SWIGINTERN VALUE SWIG_Ruby_TrackedObject(void *ptr, swig_type_info *ty) {
  st_data_t found;
  if (!ty->track || !swig_ruby_tracked || !st_lookup(swig_ruby_tracked, (st_data_t)ptr, &found))
    return Qnil;
  return (VALUE)found;
}

/* Struct classes of every rswig module loaded, by mangled type name: a
   module that %imports a type finds the class another module wrapped it
   in (a hidden instance variable of the `SWIG` module). */
SWIGINTERN VALUE SWIG_Ruby_ClassRegistry(void) {
  ID id = rb_intern("__rswig_classes");
  VALUE reg = rb_ivar_get(SWIG_Ruby_Module(), id);
  if (NIL_P(reg)) {
    reg = rb_hash_new();
    rb_ivar_set(SWIG_Ruby_Module(), id, reg);
  }
  return reg;
}

/* `klass` wraps objects of `ty`, for this module and the ones importing it. */
SWIGINTERN void SWIG_Ruby_RegisterClass(swig_type_info *ty, VALUE klass) {
  ty->klass = klass;
  rb_hash_aset(SWIG_Ruby_ClassRegistry(), rb_str_new_cstr(ty->name), klass);
}

/* The class for objects of `ty`: its struct class (this module's or an
   imported one), or `SWIG::TYPE<mangled>`. */
SWIGINTERN VALUE SWIG_Ruby_PointerClass(swig_type_info *ty) {
  if (!ty->klass) {
    VALUE known = rb_hash_aref(SWIG_Ruby_ClassRegistry(), rb_str_new_cstr(ty->name));
    if (!NIL_P(known)) {
      ty->klass = known;
      return known;
    }
  }
  if (!ty->klass) {
    char buf[512];
    snprintf(buf, sizeof(buf), "TYPE%s", ty->name);
    ty->klass = rb_define_class_under(SWIG_Ruby_Module(), buf, rb_cObject);
    rb_undef_alloc_func(ty->klass);
  }
  return ty->klass;
}

/* @piece SWIG_Ruby_DefinePointerClasses requires swig_ruby_object, swig_type_table */
/* Defines `SWIG::TYPE<mangled>` for every type without a class of its own
   (hand-written Ruby code may reopen them). */
SWIGINTERN void SWIG_Ruby_DefinePointerClasses(void) {
  size_t i;
  for (i = 0; i + 1 < sizeof(swig_types_table) / sizeof(swig_types_table[0]); i++)
    SWIG_Ruby_PointerClass(&swig_types_table[i]);
}

/* @piece SWIG_ConvertPtr requires swig_ruby_object */
/* Whether a pointer of type `from` is accepted where `to` is expected:
   the same type, any type for `void *`, or a cast `to` lists. */
SWIGINTERN int SWIG_Ruby_CastOK(swig_type_info *to, swig_type_info *from) {
  const char *p;
  size_t n;
  if (!from || to == from || strcmp(to->name, "_p_void") == 0 || strcmp(from->name, to->name) == 0)
    return 1;
  if (!to->casts)
    return 0;
  n = strlen(from->name);
  for (p = strstr(to->casts, from->name); p; p = strstr(p + 1, from->name))
    if (p[-1] == '|' && p[n] == '|')
      return 1;
  return 0;
}

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
  if (!o) {
    if (!SWIG_Ruby_IsDetached(obj))
      return SWIG_ERROR;
    if (ptr)
      *ptr = NULL;
    return SWIG_OK;
  }
  if (ty && !SWIG_Ruby_CastOK(ty, o->ty))
    return SWIG_ERROR;
  if (ptr)
    *ptr = o->ptr;
  if (flags & SWIG_POINTER_DISOWN)
    o->own = 0;
  if (flags & SWIG_POINTER_CLEAR) {
    o->ptr = NULL;
    o->own = 0;
  }
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
  obj = SWIG_Ruby_TrackedObject(ptr, ty);
  if (!NIL_P(obj))
    return obj;
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
