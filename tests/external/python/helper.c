/* A second extension module, written by hand: it passes struct pointers
   to and from the rswig module `shapes` through swigpyrun.h. */
#include "swigpyrun.h"
#include "shapes.h"

/* helper.new_point(x, y): a struct Point made here, owned by Python. */
static PyObject *new_point(PyObject *self, PyObject *args) {
  int x, y;
  struct Point *p;
  swig_type_info *ty = SWIG_TypeQuery("struct Point *");
  (void)self;
  if (!PyArg_ParseTuple(args, "ii", &x, &y))
    return NULL;
  if (!ty) {
    PyErr_SetString(PyExc_RuntimeError, "struct Point * is not known");
    return NULL;
  }
  p = make_point(x, y);
  return SWIG_NewPointerObj(p, ty, SWIG_POINTER_OWN);
}

/* helper.point_x(obj): the x of a struct Point made anywhere. */
static PyObject *point_x(PyObject *self, PyObject *obj) {
  struct Point *p = NULL;
  (void)self;
  if (!SWIG_IsOK(SWIG_ConvertPtr(obj, (void **)&p, SWIG_TypeQuery("Point*"), SWIG_POINTER_NO_NULL))) {
    PyErr_SetString(PyExc_TypeError, "point_x: expected a struct Point");
    return NULL;
  }
  return PyLong_FromLong(p->x);
}

/* helper.must_x(obj): the same through SWIG_MustGetPtr. */
static PyObject *must_x(PyObject *self, PyObject *obj) {
  struct Point *p = (struct Point *)SWIG_MustGetPtr(obj, SWIG_TypeQuery("_p_Point"), 1, 0);
  (void)self;
  return p ? PyLong_FromLong(p->x) : NULL;
}

/* helper.type_name(name): the name of the type SWIG_TypeQuery finds, or None. */
static PyObject *type_name(PyObject *self, PyObject *args) {
  const char *name;
  swig_type_info *ty;
  (void)self;
  if (!PyArg_ParseTuple(args, "s", &name))
    return NULL;
  ty = SWIG_TypeQuery(name);
  if (!ty)
    return SWIG_Py_Void();
  return PyUnicode_FromString(SWIG_TypeName(ty));
}

/* helper.raw_other(weight): a struct Other as a plain pointer object. */
static PyObject *raw_other(PyObject *self, PyObject *args) {
  double weight;
  (void)self;
  if (!PyArg_ParseTuple(args, "d", &weight))
    return NULL;
  return SWIG_NewPointerObj(make_other(weight), SWIG_TypeQuery("struct Other *"), SWIG_POINTER_OWN | SWIG_POINTER_NOSHADOW);
}

static PyMethodDef helper_methods[] = {
  {"new_point", new_point, METH_VARARGS, NULL},
  {"point_x", point_x, METH_O, NULL},
  {"must_x", must_x, METH_O, NULL},
  {"type_name", type_name, METH_VARARGS, NULL},
  {"raw_other", raw_other, METH_VARARGS, NULL},
  {NULL, NULL, 0, NULL}
};

static struct PyModuleDef helper_module = {
  PyModuleDef_HEAD_INIT, "helper", NULL, -1, helper_methods, NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC PyInit_helper(void) {
  return PyModule_Create(&helper_module);
}
