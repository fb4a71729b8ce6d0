/* rswig Python runtime: the `cvar` object that links C global variables. */

/* @piece swig_varlink requires swig_core */
typedef struct swig_globalvar {
  const char *name;
  PyObject *(*get_attr)(void);
  int (*set_attr)(PyObject *);
} swig_globalvar;

typedef struct {
  PyObject_HEAD
  swig_globalvar *vars;
  Py_ssize_t count;
} swig_varlinkobject;

SWIGINTERN PyObject *swig_varlink_repr(PyObject *o) {
  (void)o;
  return PyUnicode_FromString("<Swig global variables>");
}

SWIGINTERN PyObject *swig_varlink_str(PyObject *o) {
  swig_varlinkobject *v = (swig_varlinkobject *)o;
  PyObject *str = PyUnicode_FromString("(");
  Py_ssize_t i;
  for (i = 0; i < v->count && str; i++) {
    PyObject *next = PyUnicode_FromFormat("%U%s%s", str, i ? ", " : "", v->vars[i].name);
    Py_DECREF(str);
    str = next;
  }
  if (str) {
    PyObject *next = PyUnicode_FromFormat("%U)", str);
    Py_DECREF(str);
    str = next;
  }
  return str;
}

/* The variable named `name`, or NULL (no exception set). */
SWIGINTERN swig_globalvar *swig_varlink_find(PyObject *o, PyObject *name) {
  swig_varlinkobject *v = (swig_varlinkobject *)o;
  Py_ssize_t i;
  for (i = 0; i < v->count; i++)
    if (PyUnicode_CompareWithASCIIString(name, v->vars[i].name) == 0)
      return &v->vars[i];
  return NULL;
}

SWIGINTERN PyObject *swig_varlink_getattro(PyObject *o, PyObject *name) {
  swig_globalvar *g = swig_varlink_find(o, name);
  PyObject *res;
  if (g)
    return g->get_attr();
  res = PyObject_GenericGetAttr(o, name);
  if (!res && PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Clear();
    PyErr_Format(PyExc_AttributeError, "Unknown C global variable '%U'", name);
  }
  return res;
}

SWIGINTERN int swig_varlink_setattro(PyObject *o, PyObject *name, PyObject *value) {
  swig_globalvar *g = swig_varlink_find(o, name);
  if (!g) {
    PyErr_Format(PyExc_AttributeError, "Unknown C global variable '%U'", name);
    return -1;
  }
  if (!value) {
    PyErr_Format(PyExc_TypeError, "cannot delete C global variable '%s'", g->name);
    return -1;
  }
  if (!g->set_attr) {
    PyErr_Format(PyExc_AttributeError, "Variable %s is read-only.", g->name);
    return -1;
  }
  return g->set_attr(value) ? -1 : 0;
}

SWIGINTERN PyObject *swig_varlink_dir(PyObject *o, PyObject *unused) {
  swig_varlinkobject *v = (swig_varlinkobject *)o;
  PyObject *list = PyList_New(v->count);
  Py_ssize_t i;
  (void)unused;
  for (i = 0; list && i < v->count; i++) {
    PyObject *s = PyUnicode_FromString(v->vars[i].name);
    if (!s) {
      Py_DECREF(list);
      return NULL;
    }
    PyList_SetItem(list, i, s);
  }
  return list;
}

SWIGINTERN void swig_varlink_dealloc(PyObject *o) {
  PyTypeObject *tp = Py_TYPE(o);
  PyObject_Free(o);
  Py_DECREF(tp);
}

static PyMethodDef swig_varlink_methods[] = {
  {"__dir__", swig_varlink_dir, METH_NOARGS, NULL},
  {NULL, NULL, 0, NULL}
};

static PyType_Slot swig_varlink_slots[] = {
  {Py_tp_dealloc, (void *)swig_varlink_dealloc},
  {Py_tp_repr, (void *)swig_varlink_repr},
  {Py_tp_str, (void *)swig_varlink_str},
  {Py_tp_getattro, (void *)swig_varlink_getattro},
  {Py_tp_setattro, (void *)swig_varlink_setattro},
  {Py_tp_doc, (void *)"Swig variable link object"},
  {Py_tp_methods, (void *)swig_varlink_methods},
  {0, NULL}
};

static PyType_Spec swig_varlink_spec = {
  "builtins.swigvarlink", sizeof(swig_varlinkobject), 0, Py_TPFLAGS_DEFAULT, swig_varlink_slots
};

static PyTypeObject *swig_varlink_type;

/* A link object over a static table of variables. */
SWIGINTERN PyObject *SWIG_Python_newvarlink(swig_globalvar *vars, Py_ssize_t count) {
  swig_varlinkobject *v;
  if (!swig_varlink_type)
    swig_varlink_type = (PyTypeObject *)PyType_FromSpec(&swig_varlink_spec);
  if (!swig_varlink_type)
    return NULL;
  v = PyObject_New(swig_varlinkobject, swig_varlink_type);
  if (v) {
    v->vars = vars;
    v->count = count;
  }
  return (PyObject *)v;
}
