/* handmod.c: clib wrapped by hand for CPython, with METH_FASTCALL and the
 * checks a generated wrapper makes: argument count, type (int, str, Point),
 * and overflow of C int. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>

#include "clib.h"

/* Converts an int argument, raising TypeError or OverflowError. */
static int arg_int(PyObject *o, const char *fn, int *out) {
  if (!PyLong_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s: expected int, got %.200s", fn,
                 Py_TYPE(o)->tp_name);
    return -1;
  }
  long v = PyLong_AsLong(o);
  if (v == -1 && PyErr_Occurred()) return -1;
  if (v < INT_MIN || v > INT_MAX) {
    PyErr_Format(PyExc_OverflowError, "%s: value out of range of C int", fn);
    return -1;
  }
  *out = (int)v;
  return 0;
}

static int check_nargs(const char *fn, Py_ssize_t nargs, Py_ssize_t want) {
  if (nargs == want) return 0;
  PyErr_Format(PyExc_TypeError, "%s() takes exactly %zd arguments (%zd given)",
               fn, want, nargs);
  return -1;
}

/* int fact(int n); */
static PyObject *py_fact(PyObject *self, PyObject *const *args,
                         Py_ssize_t nargs) {
  int n;
  (void)self;
  if (check_nargs("fact", nargs, 1) || arg_int(args[0], "fact", &n))
    return NULL;
  return PyLong_FromLong(fact(n));
}

/* int my_mod(int x, int y); */
static PyObject *py_my_mod(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs) {
  int x, y;
  (void)self;
  if (check_nargs("my_mod", nargs, 2) || arg_int(args[0], "my_mod", &x) ||
      arg_int(args[1], "my_mod", &y))
    return NULL;
  return PyLong_FromLong(my_mod(x, y));
}

/* int myadd(int a, int b); */
static PyObject *py_myadd(PyObject *self, PyObject *const *args,
                          Py_ssize_t nargs) {
  int a, b;
  (void)self;
  if (check_nargs("myadd", nargs, 2) || arg_int(args[0], "myadd", &a) ||
      arg_int(args[1], "myadd", &b))
    return NULL;
  return PyLong_FromLong(myadd(a, b));
}

/* char *get_time(void); */
static PyObject *py_get_time(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  const char *s = get_time();
  if (s == NULL) Py_RETURN_NONE;
  return PyUnicode_FromString(s);
}

/* void myprint(const char *msg); */
static PyObject *py_myprint(PyObject *self, PyObject *arg) {
  (void)self;
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "myprint: expected str, got %.200s",
                 Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *msg = PyUnicode_AsUTF8(arg);
  if (msg == NULL) return NULL;
  myprint(msg);
  Py_RETURN_NONE;
}

/* struct Point, as a type holding the C struct. */
typedef struct {
  PyObject_HEAD
  Point point;
} PointObject;

static int point_get_field(PyObject *self, void *closure) {
  PointObject *p = (PointObject *)self;
  return closure ? p->point.y : p->point.x;
}

static PyObject *point_get(PyObject *self, void *closure) {
  return PyLong_FromLong(point_get_field(self, closure));
}

static int point_set(PyObject *self, PyObject *value, void *closure) {
  PointObject *p = (PointObject *)self;
  int v;
  if (value == NULL) {
    PyErr_SetString(PyExc_AttributeError, "cannot delete a Point member");
    return -1;
  }
  if (arg_int(value, "Point", &v)) return -1;
  if (closure)
    p->point.y = v;
  else
    p->point.x = v;
  return 0;
}

static PyGetSetDef point_getset[] = {
    {"x", point_get, point_set, "int x", NULL},
    {"y", point_get, point_set, "int y", (void *)1},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject PointType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "handmod.Point",
    .tp_basicsize = sizeof(PointObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "struct Point { int x; int y; }",
    .tp_getset = point_getset,
    .tp_new = PyType_GenericNew,
};

/* int point_dist2(const Point *p); */
static PyObject *py_point_dist2(PyObject *self, PyObject *arg) {
  (void)self;
  if (!PyObject_TypeCheck(arg, &PointType)) {
    PyErr_Format(PyExc_TypeError, "point_dist2: expected Point, got %.200s",
                 Py_TYPE(arg)->tp_name);
    return NULL;
  }
  return PyLong_FromLong(point_dist2(&((PointObject *)arg)->point));
}

static PyMethodDef handmod_methods[] = {
    {"fact", (PyCFunction)(void (*)(void))py_fact, METH_FASTCALL, "fact(n)"},
    {"my_mod", (PyCFunction)(void (*)(void))py_my_mod, METH_FASTCALL,
     "my_mod(x, y)"},
    {"myadd", (PyCFunction)(void (*)(void))py_myadd, METH_FASTCALL,
     "myadd(a, b)"},
    {"get_time", py_get_time, METH_NOARGS, "get_time()"},
    {"myprint", py_myprint, METH_O, "myprint(msg)"},
    {"point_dist2", py_point_dist2, METH_O, "point_dist2(p)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef handmod_module = {
    PyModuleDef_HEAD_INIT, "handmod", "clib, wrapped by hand", -1,
    handmod_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_handmod(void) {
  if (PyType_Ready(&PointType) < 0) return NULL;
  PyObject *m = PyModule_Create(&handmod_module);
  if (m == NULL) return NULL;
  Py_INCREF(&PointType);
  if (PyModule_AddObject(m, "Point", (PyObject *)&PointType) < 0) {
    Py_DECREF(&PointType);
    Py_DECREF(m);
    return NULL;
  }
  return m;
}
