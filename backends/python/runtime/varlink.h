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

SWIGINTERN swig_globalvar *swig_varlink_find(swig_varlinkobject *v, PyObject *name) {
  const char *n = PyUnicode_AsUTF8(name);
  Py_ssize_t i;
  if (!n)
    return NULL;
  for (i = 0; i < v->count; i++)
    if (strcmp(v->vars[i].name, n) == 0)
      return &v->vars[i];
  PyErr_Format(PyExc_AttributeError, "Unknown C global variable '%s'", n);
  return NULL;
}

SWIGINTERN PyObject *swig_varlink_getattro(PyObject *o, PyObject *name) {
  swig_globalvar *g;
  const char *n = PyUnicode_AsUTF8(name);
  if (n && n[0] == '_' && n[1] == '_')
    return PyObject_GenericGetAttr(o, name);
  g = swig_varlink_find((swig_varlinkobject *)o, name);
  return g ? g->get_attr() : NULL;
}

SWIGINTERN int swig_varlink_setattro(PyObject *o, PyObject *name, PyObject *value) {
  swig_globalvar *g = swig_varlink_find((swig_varlinkobject *)o, name);
  if (!g)
    return -1;
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
    PyList_SET_ITEM(list, i, s);
  }
  return list;
}

static PyMethodDef swig_varlink_methods[] = {
  {"__dir__", swig_varlink_dir, METH_NOARGS, NULL},
  {NULL, NULL, 0, NULL}
};

static PyTypeObject swig_varlink_type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "swigvarlink",
  .tp_basicsize = sizeof(swig_varlinkobject),
  .tp_repr = swig_varlink_repr,
  .tp_str = swig_varlink_str,
  .tp_getattro = swig_varlink_getattro,
  .tp_setattro = swig_varlink_setattro,
  .tp_flags = Py_TPFLAGS_DEFAULT,
  .tp_doc = "Swig variable link object",
  .tp_methods = swig_varlink_methods,
};

/* A link object over a static table of variables. */
SWIGINTERN PyObject *SWIG_Python_newvarlink(swig_globalvar *vars, Py_ssize_t count) {
  swig_varlinkobject *v;
  if (PyType_Ready(&swig_varlink_type) < 0)
    return NULL;
  v = PyObject_New(swig_varlinkobject, &swig_varlink_type);
  if (v) {
    v->vars = vars;
    v->count = count;
  }
  return (PyObject *)v;
}
