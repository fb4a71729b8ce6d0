/* A hand-written METH_FASTCALL extension doing what the wrappers do for
   `int add(int, int)`: argument count, int type, overflow to C int. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>

extern int add(int a, int b);

static int as_int(PyObject *o, int argnum, int *out) {
  long v;
  if (!PyLong_Check(o)) {
    PyErr_Format(PyExc_TypeError, "in method 'add', argument %d of type 'int'", argnum);
    return -1;
  }
  v = PyLong_AsLong(o);
  if ((v == -1 && PyErr_Occurred()) || v < INT_MIN || v > INT_MAX) {
    PyErr_Clear();
    PyErr_Format(PyExc_OverflowError, "in method 'add', argument %d of type 'int'", argnum);
    return -1;
  }
  *out = (int)v;
  return 0;
}

static PyObject *hand_add(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  int a, b;
  (void)self;
  if (nargs != 2) {
    PyErr_Format(PyExc_TypeError, "add() takes 2 positional arguments but %zd were given", nargs);
    return NULL;
  }
  if (as_int(args[0], 1, &a) < 0 || as_int(args[1], 2, &b) < 0)
    return NULL;
  return PyLong_FromLong(add(a, b));
}

static PyMethodDef methods[] = {
  {"add", (PyCFunction)(void (*)(void))hand_add, METH_FASTCALL, NULL},
  {NULL, NULL, 0, NULL}
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "handadd", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_handadd(void) {
  return PyModule_Create(&def);
}
