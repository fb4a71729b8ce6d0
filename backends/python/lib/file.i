/* -----------------------------------------------------------------------------
 * file.i: FILE * arguments. A FILE * pointer object is passed as is; a
 * Python file object (anything with fileno()) is opened as a FILE * on its
 * descriptor (the FILE is not closed; the descriptor stays Python's).
 * ----------------------------------------------------------------------------- */

%{
#include <stdio.h>
%}

%typemap(in, fragment=SWIG_ConvertPtr) FILE * (void *argp = 0, int res = 0, int fd = -1) {
  res = SWIG_ConvertPtr($input, &argp, $1_descriptor, 0);
  if (!SWIG_IsOK(res)) {
    fd = PyObject_AsFileDescriptor($input);
    if (fd < 0) {
      PyErr_Clear();
      SWIG_exception_fail(SWIG_TypeError, "in method '" "$symname" "', argument " "$argnum" " of type '" "$1_type" "'");
    }
    argp = fdopen(fd, "r+");
    if (!argp) argp = fdopen(fd, "r");
    if (!argp) argp = fdopen(fd, "w");
    if (!argp) {
      SWIG_exception_fail(SWIG_IOError, "in method '" "$symname" "', cannot open the file descriptor");
    }
  }
  $1 = ($1_ltype)argp;
}
