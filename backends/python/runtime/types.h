/* rswig Python runtime: type descriptors and pointer objects. */

/* @piece swig_type_info requires swig_core */
/* A C type as the runtime knows it: mangled name (`_p_int`), the name users
   see (`int *`), and the proxy class wrapping it, if any. */
typedef struct swig_type_info {
  const char *name;
  const char *str;
  PyObject *clientdata;
  int owndata;
  /* "|_p_a|_p_b|": other types accepted where this one is expected. */
  const char *casts;
} swig_type_info;
#define SWIG_TypeName(ty) ((ty) ? (ty)->str : "")

/* @piece swig_type_table requires swig_type_info */
/* (The emitter writes the module's descriptor table here.) */

/* @piece SWIG_TypeQuery requires swig_type_info, swig_type_table */
/* Finds a descriptor by display name (`int *`) or mangled name (`_p_int`). */
SWIGINTERN swig_type_info *SWIG_TypeQuery(const char *name) {
  size_t i;
  for (i = 0; i < sizeof(swig_types_table) / sizeof(swig_types_table[0]); i++) {
    if (strcmp(swig_types_table[i].str, name) == 0 || strcmp(swig_types_table[i].name, name) == 0)
      return &swig_types_table[i];
  }
  return NULL;
}

/* @piece SwigPyObject requires swig_type_info */
/* A typed C pointer as a Python object: what `int *` or a struct pointer
   becomes. `own` says whether Python frees it (with `destroy`, if any). */
typedef struct {
  PyObject_HEAD
  void *ptr;
  swig_type_info *ty;
  int own;
  PyObject *next;
} SwigPyObject;

static PyTypeObject SwigPyObject_Type;

SWIGINTERN PyObject *SwigPyObject_repr(SwigPyObject *v) {
  return PyUnicode_FromFormat("<Swig Object of type '%s' at %p>", SWIG_TypeName(v->ty), (void *)v);
}

/* Frees an owned pointer with its class's destructor wrapper
   (`__swig_destroy__`), called on a fresh, non-owning pointer object. */
SWIGINTERN void SwigPyObject_dealloc(PyObject *o) {
  SwigPyObject *sobj = (SwigPyObject *)o;
  if (sobj->own && sobj->ty && sobj->ty->clientdata) {
    PyObject *type, *value, *tb;
    PyObject *destroy;
    PyErr_Fetch(&type, &value, &tb);
    destroy = PyObject_GetAttrString(sobj->ty->clientdata, "__swig_destroy__");
    if (destroy) {
      SwigPyObject *tmp = PyObject_New(SwigPyObject, &SwigPyObject_Type);
      if (tmp) {
        PyObject *res;
        tmp->ptr = sobj->ptr;
        tmp->ty = sobj->ty;
        tmp->own = 0;
        tmp->next = NULL;
        res = PyObject_CallOneArg(destroy, (PyObject *)tmp);
        if (!res)
          PyErr_WriteUnraisable(destroy);
        Py_XDECREF(res);
        Py_DECREF(tmp);
      }
      Py_DECREF(destroy);
    }
    PyErr_Restore(type, value, tb);
  }
  Py_XDECREF(sobj->next);
  PyObject_Free(o);
}

SWIGINTERN PyObject *SwigPyObject_own(PyObject *o, PyObject *const *args, Py_ssize_t nargs) {
  SwigPyObject *sobj = (SwigPyObject *)o;
  PyObject *old = PyBool_FromLong(sobj->own);
  if (nargs > 1) {
    Py_XDECREF(old);
    PyErr_SetString(PyExc_TypeError, "own() takes at most 1 argument");
    return NULL;
  }
  if (nargs == 1) {
    int v = PyObject_IsTrue(args[0]);
    if (v < 0) {
      Py_XDECREF(old);
      return NULL;
    }
    sobj->own = v;
  }
  return old;
}

SWIGINTERN PyObject *SwigPyObject_disown(PyObject *o, PyObject *unused) {
  (void)unused;
  ((SwigPyObject *)o)->own = 0;
  Py_RETURN_NONE;
}

SWIGINTERN PyObject *SwigPyObject_acquire(PyObject *o, PyObject *unused) {
  (void)unused;
  ((SwigPyObject *)o)->own = 1;
  Py_RETURN_NONE;
}

SWIGINTERN PyObject *SwigPyObject_int(PyObject *o) {
  return PyLong_FromVoidPtr(((SwigPyObject *)o)->ptr);
}

SWIGINTERN PyObject *SwigPyObject_richcompare(PyObject *a, PyObject *b, int op) {
  void *pa, *pb;
  if (!PyObject_TypeCheck(b, &SwigPyObject_Type) || (op != Py_EQ && op != Py_NE))
    Py_RETURN_NOTIMPLEMENTED;
  pa = ((SwigPyObject *)a)->ptr;
  pb = ((SwigPyObject *)b)->ptr;
  return PyBool_FromLong((pa == pb) == (op == Py_EQ));
}

SWIGINTERN Py_hash_t SwigPyObject_hash(PyObject *o) {
  return _Py_HashPointer(((SwigPyObject *)o)->ptr);
}

static PyMethodDef SwigPyObject_methods[] = {
  {"own", (PyCFunction)(void (*)(void))SwigPyObject_own, METH_FASTCALL, "returns/sets ownership of the pointer"},
  {"disown", SwigPyObject_disown, METH_NOARGS, "releases ownership of the pointer"},
  {"acquire", SwigPyObject_acquire, METH_NOARGS, "acquires ownership of the pointer"},
  {NULL, NULL, 0, NULL}
};

static PyNumberMethods SwigPyObject_as_number = {
  .nb_int = SwigPyObject_int,
  .nb_index = SwigPyObject_int,
};

static PyTypeObject SwigPyObject_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "SwigPyObject",
  .tp_basicsize = sizeof(SwigPyObject),
  .tp_dealloc = SwigPyObject_dealloc,
  .tp_repr = (reprfunc)SwigPyObject_repr,
  .tp_as_number = &SwigPyObject_as_number,
  .tp_hash = SwigPyObject_hash,
  .tp_flags = Py_TPFLAGS_DEFAULT,
  .tp_doc = "Swig object carries a C/C++ instance pointer",
  .tp_richcompare = SwigPyObject_richcompare,
  .tp_methods = SwigPyObject_methods,
};

/* Readies the pointer type at module initialisation. */
SWIGINTERN int SwigPyObject_init(void) {
  return PyType_Ready(&SwigPyObject_Type);
}

/* @piece SWIG_Python_GetSwigThis requires SwigPyObject */
/* The pointer object behind `obj`: `obj` itself, or the `this` attribute of
   a proxy instance. Returns a borrowed reference or NULL. */
SWIGINTERN SwigPyObject *SWIG_Python_GetSwigThis(PyObject *obj) {
  PyObject *dict, *obj2;
  if (PyObject_TypeCheck(obj, &SwigPyObject_Type))
    return (SwigPyObject *)obj;
  dict = PyObject_GenericGetDict(obj, NULL);
  if (!dict) {
    PyErr_Clear();
    return NULL;
  }
  obj2 = PyDict_GetItemString(dict, "this");
  Py_DECREF(dict);
  if (obj2 && PyObject_TypeCheck(obj2, &SwigPyObject_Type))
    return (SwigPyObject *)obj2;
  return NULL;
}

/* @piece SWIG_ConvertPtr requires SWIG_Python_GetSwigThis */
/* May a pointer of type `from` be used as a `to`? (`%types(A = B)`) */
SWIGINTERN int SWIG_Python_CastOK(swig_type_info *to, swig_type_info *from) {
  const char *p;
  size_t n;
  if (!to->casts || !from)
    return 0;
  n = strlen(from->name);
  for (p = strstr(to->casts, from->name); p; p = strstr(p + 1, from->name))
    if (p[-1] == '|' && p[n] == '|')
      return 1;
  return 0;
}

/* Converts `obj` to a C pointer of type `ty`: None is NULL, a pointer
   object must carry the same type (any type for `void *`). */
SWIGINTERN int SWIG_Python_ConvertPtr(PyObject *obj, void **ptr, swig_type_info *ty, int flags) {
  SwigPyObject *sobj;
  if (!obj)
    return SWIG_ERROR;
  if (obj == Py_None) {
    if (flags & SWIG_POINTER_NO_NULL)
      return SWIG_NullReferenceError;
    if (ptr)
      *ptr = NULL;
    return SWIG_OK;
  }
  sobj = SWIG_Python_GetSwigThis(obj);
  if (!sobj)
    return SWIG_ERROR;
  if (ty && sobj->ty != ty && strcmp(ty->name, "_p_void") != 0 &&
      !(sobj->ty && strcmp(sobj->ty->name, ty->name) == 0) && !SWIG_Python_CastOK(ty, sobj->ty))
    return SWIG_ERROR;
  if (ptr)
    *ptr = sobj->ptr;
  if (flags & SWIG_POINTER_DISOWN)
    sobj->own = 0;
  return SWIG_OK;
}
#define SWIG_ConvertPtr(obj, pptr, type, flags) SWIG_Python_ConvertPtr(obj, pptr, type, flags)
#define SWIG_ConvertFunctionPtr(obj, pptr, type) SWIG_Python_ConvertPtr(obj, pptr, type, 0)
#define SWIG_MustGetPtr(obj, type, argnum, flags) SWIG_Python_MustGetPtr(obj, type, argnum, flags)

/* @piece SWIG_NewPointerObj requires SwigPyObject */
/* Wraps a C pointer: NULL is None; a pointer to a wrapped struct becomes
   an instance of its proxy class. */
SWIGINTERN PyObject *SWIG_Python_NewPointerObj(void *ptr, swig_type_info *ty, int flags) {
  SwigPyObject *sobj;
  if (!ptr)
    return SWIG_Py_Void();
  sobj = PyObject_New(SwigPyObject, &SwigPyObject_Type);
  if (!sobj)
    return NULL;
  sobj->ptr = ptr;
  sobj->ty = ty;
  sobj->own = flags & SWIG_POINTER_OWN;
  sobj->next = NULL;
  if (ty && ty->clientdata && !(flags & SWIG_POINTER_NOSHADOW)) {
    PyObject *cls = ty->clientdata;
    PyObject *inst = PyObject_CallMethod(cls, "__new__", "O", cls);
    if (!inst) {
      Py_DECREF(sobj);
      return NULL;
    }
    if (PyObject_SetAttrString(inst, "this", (PyObject *)sobj) < 0) {
      Py_DECREF(sobj);
      Py_DECREF(inst);
      return NULL;
    }
    Py_DECREF(sobj);
    return inst;
  }
  return (PyObject *)sobj;
}
#define SWIG_NewPointerObj(ptr, type, flags) SWIG_Python_NewPointerObj((void *)(ptr), type, flags)
#define SWIG_NewFunctionPtrObj(ptr, type) SWIG_Python_NewPointerObj((void *)(ptr), type, 0)
#define SWIG_InternalNewPointerObj(ptr, type, flags) SWIG_Python_NewPointerObj((void *)(ptr), type, flags)

/* @piece SWIG_Python_Class requires SWIG_Python_GetSwigThis */
/* `<Class>_swigregister(cls)`: pointers of this type are wrapped in `cls`. */
SWIGINTERN PyObject *SWIG_Python_RegisterClass(swig_type_info *ty, PyObject *cls) {
  Py_INCREF(cls);
  Py_XDECREF(ty->clientdata);
  ty->clientdata = cls;
  Py_RETURN_NONE;
}

/* `<Class>_swiginit(self, this)`: attaches a new pointer object to a proxy. */
SWIGINTERN PyObject *SWIG_Python_InitShadowInstance(PyObject *const *args, Py_ssize_t nargs) {
  if (nargs != 2) {
    PyErr_SetString(PyExc_TypeError, "swiginit takes 2 arguments");
    return NULL;
  }
  if (PyObject_SetAttrString(args[0], "this", args[1]) < 0)
    return NULL;
  Py_RETURN_NONE;
}
