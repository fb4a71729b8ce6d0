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
   becomes. `own` says whether Python frees it (with `destroy`, if any).
   Its type is a heap type made from a spec, as the limited API requires. */
typedef struct {
  PyObject_HEAD
  void *ptr;
  swig_type_info *ty;
  int own;
  PyObject *next;
} SwigPyObject;

static PyTypeObject *SwigPyObject_Type;

/* A new pointer object; `own` as given. */
SWIGINTERN SwigPyObject *SwigPyObject_New(void *ptr, swig_type_info *ty, int own) {
  SwigPyObject *sobj = PyObject_New(SwigPyObject, SwigPyObject_Type);
  if (sobj) {
    sobj->ptr = ptr;
    sobj->ty = ty;
    sobj->own = own;
    sobj->next = NULL;
  }
  return sobj;
}

SWIGINTERN PyObject *SwigPyObject_repr(PyObject *o) {
  SwigPyObject *v = (SwigPyObject *)o;
  return PyUnicode_FromFormat("<Swig Object of type '%s' at %p>", SWIG_TypeName(v->ty), (void *)v);
}

/* Frees an owned pointer with its class's destructor wrapper
   (`__swig_destroy__`), called on a fresh, non-owning pointer object. */
SWIGINTERN void SwigPyObject_dealloc(PyObject *o) {
  SwigPyObject *sobj = (SwigPyObject *)o;
  PyTypeObject *tp = Py_TYPE(o);
  if (sobj->own && sobj->ty && sobj->ty->clientdata) {
    PyObject *type, *value, *tb;
    PyObject *destroy;
    PyErr_Fetch(&type, &value, &tb);
    destroy = PyObject_GetAttrString(sobj->ty->clientdata, "__swig_destroy__");
    if (destroy) {
      SwigPyObject *tmp = SwigPyObject_New(sobj->ptr, sobj->ty, 0);
      if (tmp) {
        PyObject *res = PyObject_CallFunctionObjArgs(destroy, (PyObject *)tmp, NULL);
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
  Py_DECREF(tp);
}

SWIGINTERN PyObject *SwigPyObject_own(PyObject *o, PyObject *args) {
  SwigPyObject *sobj = (SwigPyObject *)o;
  PyObject *value = NULL;
  PyObject *old;
  if (!PyArg_UnpackTuple(args, "own", 0, 1, &value))
    return NULL;
  old = PyBool_FromLong(sobj->own);
  if (value) {
    int v = PyObject_IsTrue(value);
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
  if (!PyObject_TypeCheck(b, SwigPyObject_Type) || (op != Py_EQ && op != Py_NE))
    Py_RETURN_NOTIMPLEMENTED;
  pa = ((SwigPyObject *)a)->ptr;
  pb = ((SwigPyObject *)b)->ptr;
  return PyBool_FromLong((pa == pb) == (op == Py_EQ));
}

/* The pointer's hash, as CPython hashes pointers (low bits rotated out). */
SWIGINTERN Py_hash_t SwigPyObject_hash(PyObject *o) {
  size_t y = (size_t)((SwigPyObject *)o)->ptr;
  y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
  return (Py_hash_t)y == -1 ? -2 : (Py_hash_t)y;
}

static PyMethodDef SwigPyObject_methods[] = {
  {"own", SwigPyObject_own, METH_VARARGS, "returns/sets ownership of the pointer"},
  {"disown", SwigPyObject_disown, METH_NOARGS, "releases ownership of the pointer"},
  {"acquire", SwigPyObject_acquire, METH_NOARGS, "acquires ownership of the pointer"},
  {NULL, NULL, 0, NULL}
};

static PyType_Slot SwigPyObject_slots[] = {
  {Py_tp_dealloc, (void *)SwigPyObject_dealloc},
  {Py_tp_repr, (void *)SwigPyObject_repr},
  {Py_nb_int, (void *)SwigPyObject_int},
  {Py_nb_index, (void *)SwigPyObject_int},
  {Py_tp_hash, (void *)SwigPyObject_hash},
  {Py_tp_doc, (void *)"Swig object carries a C/C++ instance pointer"},
  {Py_tp_richcompare, (void *)SwigPyObject_richcompare},
  {Py_tp_methods, (void *)SwigPyObject_methods},
  {0, NULL}
};

static PyType_Spec SwigPyObject_spec = {
  "builtins.SwigPyObject", sizeof(SwigPyObject), 0, Py_TPFLAGS_DEFAULT, SwigPyObject_slots
};

/* What every rswig module of an interpreter shares, so that pointers and
   proxy classes pass between modules (%import): the module
   `_rswig_runtime_1` (in sys.modules; the number is the layout's version)
   holds the pointer type, the proxy base type, and `classes`, the proxy
   class of each struct type by mangled name. Borrowed reference. */
SWIGINTERN PyObject *SWIG_Python_SharedRuntime(void) {
  return PyImport_AddModule("_rswig_runtime_1");
}

/* The shared object `name`, made by `make` by the first module that asks
   (a new reference; NULL with an exception set on failure). */
SWIGINTERN PyObject *SWIG_Python_SharedObject(const char *name, PyObject *(*make)(void)) {
  PyObject *rt = SWIG_Python_SharedRuntime();
  PyObject *obj;
  if (!rt)
    return NULL;
  obj = PyObject_GetAttrString(rt, name);
  if (obj)
    return obj;
  PyErr_Clear();
  obj = make();
  if (obj && PyObject_SetAttrString(rt, name, obj) < 0)
    Py_CLEAR(obj);
  return obj;
}

SWIGINTERN PyObject *SwigPyObject_make_type(void) {
  return PyType_FromSpec(&SwigPyObject_spec);
}

/* Finds or makes the pointer type shared by all rswig modules. */
SWIGINTERN int SwigPyObject_init(void) {
  if (!SwigPyObject_Type)
    SwigPyObject_Type = (PyTypeObject *)SWIG_Python_SharedObject("SwigPyObject", SwigPyObject_make_type);
  return SwigPyObject_Type ? 0 : -1;
}

/* @piece SWIG_Python_GetSwigThis requires SwigPyObject */
/* A proxy class's instances keep their pointer object in a C slot, `this`:
   every proxy class derives from SwigPyProxy. */
typedef struct {
  PyObject_HEAD
  PyObject *swig_this;
} SwigPyProxyObject;

static PyTypeObject *SwigPyProxy_Type;

/* The pointer object behind `obj`: `obj` itself, the `this` of a proxy
   instance, or a `this` in the instance dictionary of another object.
   Returns a borrowed reference or NULL. */
SWIGINTERN SwigPyObject *SWIG_Python_GetSwigThis(PyObject *obj) {
  PyObject *dict, *obj2;
  if (PyObject_TypeCheck(obj, SwigPyObject_Type))
    return (SwigPyObject *)obj;
  if (!SwigPyProxy_Type) {
    /* No proxy class here yet: another module's, if one made the base. */
    PyObject *rt = SWIG_Python_SharedRuntime();
    SwigPyProxy_Type = rt ? (PyTypeObject *)PyObject_GetAttrString(rt, "SwigPyProxy") : NULL;
    if (!SwigPyProxy_Type)
      PyErr_Clear();
  }
  if (SwigPyProxy_Type && PyObject_TypeCheck(obj, SwigPyProxy_Type)) {
    obj2 = ((SwigPyProxyObject *)obj)->swig_this;
    return obj2 && PyObject_TypeCheck(obj2, SwigPyObject_Type) ? (SwigPyObject *)obj2 : NULL;
  }
  dict = PyObject_GetAttrString(obj, "__dict__");
  if (!dict) {
    PyErr_Clear();
    return NULL;
  }
  obj2 = PyDict_Check(dict) ? PyDict_GetItemString(dict, "this") : NULL;
  Py_DECREF(dict);
  if (obj2 && PyObject_TypeCheck(obj2, SwigPyObject_Type))
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

/* @piece SWIG_Python_NewShadowInstance requires SWIG_Python_GetSwigThis */
/* An instance of the proxy class `cls` (made without calling __init__)
   holding the pointer object `sobj`, whose reference it takes. */
SWIGINTERN PyObject *SWIG_Python_NewShadowInstance(PyObject *cls, SwigPyObject *sobj) {
  newfunc tp_new = (newfunc)PyType_GetSlot((PyTypeObject *)cls, Py_tp_new);
  PyObject *empty = PyTuple_New(0);
  PyObject *inst = tp_new && empty ? tp_new((PyTypeObject *)cls, empty, NULL) : NULL;
  Py_XDECREF(empty);
  if (inst && SwigPyProxy_Type && PyObject_TypeCheck(inst, SwigPyProxy_Type)) {
    SwigPyProxyObject *proxy = (SwigPyProxyObject *)inst;
    Py_XDECREF(proxy->swig_this);
    proxy->swig_this = (PyObject *)sobj;
    return inst;
  }
  if (inst && PyObject_SetAttrString(inst, "this", (PyObject *)sobj) < 0)
    Py_CLEAR(inst);
  Py_DECREF(sobj);
  return inst;
}

/* @piece SWIG_NewPointerObj requires SWIG_Python_NewShadowInstance */
/* Wraps a C pointer: NULL is None; a pointer to a wrapped struct becomes
   an instance of its proxy class. */
SWIGINTERN PyObject *SWIG_Python_NewPointerObj(void *ptr, swig_type_info *ty, int flags) {
  SwigPyObject *sobj;
  if (!ptr)
    return SWIG_Py_Void();
  sobj = SwigPyObject_New(ptr, ty, flags & SWIG_POINTER_OWN);
  if (!sobj)
    return NULL;
  if (ty && !ty->clientdata && !(flags & SWIG_POINTER_NOSHADOW)) {
    /* A type this module %imports: the class another module wraps it in. */
    PyObject *rt = SWIG_Python_SharedRuntime();
    PyObject *classes = rt ? PyObject_GetAttrString(rt, "classes") : NULL;
    PyObject *cls = classes ? PyDict_GetItemString(classes, ty->name) : NULL;
    if (!classes)
      PyErr_Clear();
    if (cls) {
      Py_INCREF(cls);
      ty->clientdata = cls;
    }
    Py_XDECREF(classes);
  }
  if (ty && ty->clientdata && !(flags & SWIG_POINTER_NOSHADOW))
    return SWIG_Python_NewShadowInstance(ty->clientdata, sobj);
  return (PyObject *)sobj;
}
#define SWIG_NewPointerObj(ptr, type, flags) SWIG_Python_NewPointerObj((void *)(ptr), type, flags)
#define SWIG_NewFunctionPtrObj(ptr, type) SWIG_Python_NewPointerObj((void *)(ptr), type, 0)
#define SWIG_InternalNewPointerObj(ptr, type, flags) SWIG_Python_NewPointerObj((void *)(ptr), type, flags)

/* @piece SWIG_Python_Class requires SWIG_Python_GetSwigThis, swig_fastcall */
/* SwigPyProxy, the base of every proxy class: `this` (the pointer object)
   and `thisown` (its ownership flag) as C descriptors. Each proxy class
   gets a C base of its own deriving from it, `<Class>_swigbase`, whose
   descriptors are the struct's members and methods. */
SWIGINTERN PyObject *SwigPyProxy_get_this(PyObject *self, void *closure) {
  PyObject *this = ((SwigPyProxyObject *)self)->swig_this;
  (void)closure;
  if (!this) {
    PyErr_SetString(PyExc_AttributeError, "this");
    return NULL;
  }
  Py_INCREF(this);
  return this;
}

SWIGINTERN int SwigPyProxy_set_this(PyObject *self, PyObject *value, void *closure) {
  SwigPyProxyObject *proxy = (SwigPyProxyObject *)self;
  PyObject *old = proxy->swig_this;
  (void)closure;
  Py_XINCREF(value);
  proxy->swig_this = value;
  Py_XDECREF(old);
  return 0;
}

SWIGINTERN PyObject *SwigPyProxy_get_thisown(PyObject *self, void *closure) {
  SwigPyObject *sobj = SWIG_Python_GetSwigThis(self);
  (void)closure;
  if (!sobj) {
    PyErr_SetString(PyExc_AttributeError, "this");
    return NULL;
  }
  return PyBool_FromLong(sobj->own);
}

SWIGINTERN int SwigPyProxy_set_thisown(PyObject *self, PyObject *value, void *closure) {
  SwigPyObject *sobj = SWIG_Python_GetSwigThis(self);
  int own = value ? PyObject_IsTrue(value) : 0;
  (void)closure;
  if (!sobj) {
    PyErr_SetString(PyExc_AttributeError, "this");
    return -1;
  }
  if (own < 0)
    return -1;
  sobj->own = own;
  return 0;
}

SWIGINTERN void SwigPyProxy_dealloc(PyObject *self) {
  PyTypeObject *tp = Py_TYPE(self);
  freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
  Py_CLEAR(((SwigPyProxyObject *)self)->swig_this);
  tp_free(self);
  Py_DECREF(tp);
}

static PyGetSetDef SwigPyProxy_getset[] = {
  {"this", SwigPyProxy_get_this, SwigPyProxy_set_this, NULL, NULL},
  {"thisown", SwigPyProxy_get_thisown, SwigPyProxy_set_thisown, "The membership flag", NULL},
  {NULL, NULL, NULL, NULL, NULL}
};

static PyType_Slot SwigPyProxy_slots[] = {
  {Py_tp_new, (void *)PyType_GenericNew},
  {Py_tp_dealloc, (void *)SwigPyProxy_dealloc},
  {Py_tp_getset, (void *)SwigPyProxy_getset},
  {0, NULL}
};

static PyType_Spec SwigPyProxy_spec = {
  "builtins.SwigPyProxy", sizeof(SwigPyProxyObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, SwigPyProxy_slots
};

SWIGINTERN PyObject *SwigPyProxy_make_type(void) {
  return PyType_FromSpec(&SwigPyProxy_spec);
}

/* Makes `<Class>_swigbase` from its spec (members and methods) and adds
   it to the module. */
SWIGINTERN int SWIG_Python_AddProxyBase(PyObject *m, const char *name, PyType_Spec *spec) {
  PyObject *bases, *base;
  if (!SwigPyProxy_Type)
    SwigPyProxy_Type = (PyTypeObject *)SWIG_Python_SharedObject("SwigPyProxy", SwigPyProxy_make_type);
  if (!SwigPyProxy_Type)
    return -1;
  bases = PyTuple_Pack(1, (PyObject *)SwigPyProxy_Type);
  base = bases ? PyType_FromSpecWithBases(spec, bases) : NULL;
  Py_XDECREF(bases);
  if (!base || PyModule_AddObject(m, name, base) < 0) {
    Py_XDECREF(base);
    return -1;
  }
  return 0;
}

/* A struct member as a C descriptor: `closure` names the wrappers that
   get and set it, called as the flat functions would be. */
typedef struct {
  swig_fastcall get;
  swig_fastcall set;
} swig_member;

SWIGINTERN PyObject *SWIG_Python_MemberGet(PyObject *self, void *closure) {
  return ((swig_member *)closure)->get(NULL, &self, 1, NULL);
}

SWIGINTERN int SWIG_Python_MemberSet(PyObject *self, PyObject *value, void *closure) {
  PyObject *args[2];
  PyObject *res;
  if (!value) {
    PyErr_SetString(PyExc_AttributeError, "can't delete attribute");
    return -1;
  }
  args[0] = self;
  args[1] = value;
  res = ((swig_member *)closure)->set(NULL, args, 2, NULL);
  Py_XDECREF(res);
  return res ? 0 : -1;
}

/* A method descriptor's call: the wrapper takes `self` as its first
   argument, as the flat function `<Class>_<method>(self, ...)` does. */
SWIGINTERN PyObject *SWIG_Python_CallMethod(swig_fastcall fn, PyObject *self, PyObject *const *args,
                                            Py_ssize_t nargs, PyObject *kwnames) {
  PyObject *small[8];
  PyObject **all = small;
  PyObject *res;
  Py_ssize_t n = nargs + (kwnames ? PyTuple_Size(kwnames) : 0);
  if (n + 1 > 8) {
    all = (PyObject **)PyMem_Malloc((size_t)(n + 1) * sizeof(PyObject *));
    if (!all)
      return PyErr_NoMemory();
  }
  all[0] = self;
  if (n)
    memcpy(all + 1, args, (size_t)n * sizeof(PyObject *));
  res = fn(NULL, all, nargs + 1, kwnames);
  if (all != small)
    PyMem_Free(all);
  return res;
}

/* `<Class>_swigregister(cls)`: pointers of this type are wrapped in `cls`,
   in this module and in those that %import the type. */
SWIGINTERN PyObject *SWIG_Python_RegisterClass(swig_type_info *ty, PyObject *cls) {
  PyObject *classes = SWIG_Python_SharedObject("classes", PyDict_New);
  if (!classes || PyDict_SetItemString(classes, ty->name, cls) < 0) {
    Py_XDECREF(classes);
    return NULL;
  }
  Py_DECREF(classes);
  Py_INCREF(cls);
  Py_XDECREF(ty->clientdata);
  ty->clientdata = cls;
  Py_RETURN_NONE;
}

/* `<Class>_swiginit(self, this)`: attaches a new pointer object to a proxy. */
SWIGINTERN PyObject *SWIG_Python_InitShadowInstance(PyObject *self, PyObject *this) {
  if (PyObject_SetAttrString(self, "this", this) < 0)
    return NULL;
  Py_RETURN_NONE;
}
