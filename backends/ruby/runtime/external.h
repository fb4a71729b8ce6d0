/* rswig Ruby runtime: the type registry shared with C code outside the
   modules. Each module publishes its descriptors when loaded; the header
   `rswig -ruby -external-runtime` writes (swigrubyrun.h) looks them up. */

/* @piece SWIG_Ruby_TypeRegistry requires swig_type_info, SWIG_TypeKey */
/* The descriptors of every rswig module loaded, by SWIG_TypeKey of their
   names, as Integers holding the `swig_type_info *` (a hidden instance
   variable of the `SWIG` module). */
SWIGINTERN VALUE SWIG_Ruby_TypeRegistry(void) {
  ID id = rb_intern("__rswig_types");
  VALUE reg = rb_ivar_get(SWIG_Ruby_Module(), id);
  if (NIL_P(reg)) {
    reg = rb_hash_new();
    rb_ivar_set(SWIG_Ruby_Module(), id, reg);
  }
  return reg;
}

/* SWIG_TypeKey of `name` as a String. */
SWIGINTERN VALUE SWIG_Ruby_TypeKey(const char *name) {
  VALUE key = rb_str_new(NULL, (long)strlen(name));
  SWIG_TypeKey(name, RSTRING_PTR(key));
  rb_str_set_len(key, (long)strlen(RSTRING_PTR(key)));
  return key;
}

/* @piece SWIG_Ruby_PublishTypes requires SWIG_Ruby_TypeRegistry */
/* Publishes `ty` under `name` in `published`, unless another descriptor
   came first. */
SWIGINTERN void SWIG_Ruby_PublishType(VALUE published, const char *name, swig_type_info *ty) {
  VALUE key = SWIG_Ruby_TypeKey(name);
  if (NIL_P(rb_hash_aref(published, key)))
    rb_hash_aset(published, key, ULL2NUM((unsigned long long)(uintptr_t)ty));
}

/* Publishes a module's descriptors in the type registry by mangled name,
   by display name, and by the other spellings in `aliases` (pairs of
   mangled name and spelling, ending with NULL), so that SWIG_TypeQuery in
   code outside the modules finds them. */
SWIGINTERN void SWIG_Ruby_PublishTypes(swig_type_info *types, size_t count, const char *const *aliases) {
  VALUE published = SWIG_Ruby_TypeRegistry();
  size_t i, k;
  for (i = 0; i < count; i++) {
    SWIG_Ruby_PublishType(published, types[i].name, &types[i]);
    SWIG_Ruby_PublishType(published, types[i].str, &types[i]);
  }
  for (k = 0; aliases && aliases[k]; k += 2) {
    for (i = 0; i < count; i++) {
      if (strcmp(types[i].name, aliases[k]) == 0) {
        SWIG_Ruby_PublishType(published, aliases[k + 1], &types[i]);
        break;
      }
    }
  }
}

/* @piece swig_external requires SWIG_ConvertPtr, SWIG_NewPointerObj, SWIG_Ruby_AcquirePtr, SWIG_Ruby_TypeRegistry */
/* The runtime for C code outside the modules: SWIG_TypeQuery. */

/* The descriptor a loaded rswig module published for `name`: a C type
   ("struct Point *"; spaces and the keywords struct, union and enum do
   not matter) or a mangled name ("_p_Point"); NULL if no module knows the
   type. */
SWIGRUNTIME swig_type_info *SWIG_Ruby_TypeQuery(const char *name) {
  VALUE found = rb_hash_aref(SWIG_Ruby_TypeRegistry(), SWIG_Ruby_TypeKey(name));
  return NIL_P(found) ? NULL : (swig_type_info *)(uintptr_t)NUM2ULL(found);
}
#define SWIG_TypeQuery(name) SWIG_Ruby_TypeQuery(name)
