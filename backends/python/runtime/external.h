/* rswig Python runtime: the type registry shared with C code outside the
   modules. Each module publishes its descriptors at import; the header
   `rswig -python -external-runtime` writes (swigpyrun.h) looks them up. */

/* @piece SWIG_Python_TypeKey requires SWIG_TypeKey */
/* SWIG_TypeKey of `name` as a str: a new reference, or NULL with an
   exception set. */
SWIGINTERN PyObject *SWIG_Python_TypeKey(const char *name) {
  char *key = (char *)PyMem_Malloc(strlen(name) + 1);
  PyObject *res;
  if (!key)
    return PyErr_NoMemory();
  SWIG_TypeKey(name, key);
  res = PyUnicode_FromString(key);
  PyMem_Free(key);
  return res;
}

/* @piece SWIG_Python_PublishTypes requires SwigPyObject, SWIG_Python_TypeKey */
/* Publishes `ty` under `name` in `published`, as a capsule holding the
   `swig_type_info *`, unless another descriptor came first. */
SWIGINTERN int SWIG_Python_PublishType(PyObject *published, const char *name, swig_type_info *ty) {
  PyObject *key = SWIG_Python_TypeKey(name);
  PyObject *desc = key ? PyCapsule_New(ty, "rswig.swig_type_info", NULL) : NULL;
  int res = -1;
  if (desc) {
    res = PyDict_Contains(published, key);
    if (res == 0)
      res = PyDict_SetItem(published, key, desc);
  }
  Py_XDECREF(desc);
  Py_XDECREF(key);
  return res < 0 ? -1 : 0;
}

/* Publishes a module's descriptors in `types`, a dictionary of the shared
   runtime module, by mangled name, by display name, and by the other
   spellings in `aliases` (pairs of mangled name and spelling, ending with
   NULL), so that SWIG_TypeQuery in code outside the modules finds them. */
SWIGINTERN int SWIG_Python_PublishTypes(swig_type_info *types, size_t count, const char *const *aliases) {
  PyObject *published = SWIG_Python_SharedObject("types", PyDict_New);
  size_t i, k;
  int res = 0;
  if (!published)
    return -1;
  for (i = 0; i < count && res == 0; i++) {
    res = SWIG_Python_PublishType(published, types[i].name, &types[i]);
    if (res == 0)
      res = SWIG_Python_PublishType(published, types[i].str, &types[i]);
  }
  for (k = 0; aliases && aliases[k] && res == 0; k += 2) {
    for (i = 0; i < count; i++) {
      if (strcmp(types[i].name, aliases[k]) == 0) {
        res = SWIG_Python_PublishType(published, aliases[k + 1], &types[i]);
        break;
      }
    }
  }
  Py_DECREF(published);
  return res;
}

/* @piece swig_external requires SWIG_ConvertPtr, SWIG_NewPointerObj, SWIG_Python_TypeKey */
/* The runtime for C code outside the modules. Its functions find the
   pointer and proxy types the modules share first (or make the pointer
   type, when no module is loaded yet). */
SWIGRUNTIME int SWIG_Python_ExternalInit(void) {
  if (SwigPyObject_init() < 0)
    return -1;
  if (!SwigPyProxy_Type) {
    PyObject *rt = SWIG_Python_SharedRuntime();
    SwigPyProxy_Type = rt ? (PyTypeObject *)PyObject_GetAttrString(rt, "SwigPyProxy") : NULL;
    if (!SwigPyProxy_Type)
      PyErr_Clear();
  }
  return 0;
}

/* The descriptor a loaded rswig module published for `name`: a C type
   ("struct Point *"; spaces and the keywords struct, union and enum do
   not matter) or a mangled name ("_p_Point"). NULL if no module knows the
   type (no exception is set). */
SWIGRUNTIME swig_type_info *SWIG_Python_TypeQuery(const char *name) {
  PyObject *rt, *published, *key, *desc;
  swig_type_info *ty = NULL;
  if (SWIG_Python_ExternalInit() < 0) {
    PyErr_Clear();
    return NULL;
  }
  rt = SWIG_Python_SharedRuntime();
  published = rt ? PyObject_GetAttrString(rt, "types") : NULL;
  key = published ? SWIG_Python_TypeKey(name) : NULL;
  desc = key ? PyDict_GetItem(published, key) : NULL;
  if (desc)
    ty = (swig_type_info *)PyCapsule_GetPointer(desc, "rswig.swig_type_info");
  Py_XDECREF(key);
  Py_XDECREF(published);
  if (!ty)
    PyErr_Clear();
  return ty;
}
#define SWIG_TypeQuery(name) SWIG_Python_TypeQuery(name)

/* SWIG_ConvertPtr: `obj` (None, a pointer object or a proxy instance) as
   a C pointer of type `ty`; SWIG_OK, or SWIG_ERROR for another type. */
SWIGRUNTIME int SWIG_Python_ExternalConvertPtr(PyObject *obj, void **ptr, swig_type_info *ty, int flags) {
  if (SWIG_Python_ExternalInit() < 0)
    return SWIG_ERROR;
  return SWIG_Python_ConvertPtr(obj, ptr, ty, flags);
}
#undef SWIG_ConvertPtr
#undef SWIG_ConvertFunctionPtr
#define SWIG_ConvertPtr(obj, pptr, type, flags) SWIG_Python_ExternalConvertPtr(obj, pptr, type, flags)
#define SWIG_ConvertFunctionPtr(obj, pptr, type) SWIG_Python_ExternalConvertPtr(obj, pptr, type, 0)

/* SWIG_NewPointerObj: `ptr` as a Python object, an instance of the proxy
   class of its type when a module wraps it in one (None for NULL).
   SWIG_POINTER_OWN in `flags`: Python frees it. */
SWIGRUNTIME PyObject *SWIG_Python_ExternalNewPointerObj(void *ptr, swig_type_info *ty, int flags) {
  if (SWIG_Python_ExternalInit() < 0)
    return NULL;
  return SWIG_Python_NewPointerObj(ptr, ty, flags);
}
#undef SWIG_NewPointerObj
#undef SWIG_NewFunctionPtrObj
#undef SWIG_InternalNewPointerObj
#define SWIG_NewPointerObj(ptr, type, flags) SWIG_Python_ExternalNewPointerObj((void *)(ptr), type, flags)
#define SWIG_InternalNewPointerObj(ptr, type, flags) SWIG_Python_ExternalNewPointerObj((void *)(ptr), type, flags)
#define SWIG_NewFunctionPtrObj(ptr, type) SWIG_Python_ExternalNewPointerObj((void *)(ptr), type, 0)

/* SWIG_MustGetPtr: the pointer in `obj`, or NULL with a TypeError set
   naming argument `argnum` (when it is positive) and the expected type. */
SWIGRUNTIME void *SWIG_Python_MustGetPtr(PyObject *obj, swig_type_info *ty, int argnum, int flags) {
  void *ptr = NULL;
  if (!SWIG_IsOK(SWIG_Python_ExternalConvertPtr(obj, &ptr, ty, flags))) {
    if (!PyErr_Occurred()) {
      if (argnum > 0)
        PyErr_Format(PyExc_TypeError, "argument %d: expected '%s'", argnum, SWIG_TypeName(ty));
      else
        PyErr_Format(PyExc_TypeError, "expected '%s'", SWIG_TypeName(ty));
    }
    return NULL;
  }
  return ptr;
}
