/* -----------------------------------------------------------------------------
 * exception.i: language-independent exceptions.
 *
 * SWIG_exception(code, message) raises the target language's exception for
 * a code (SWIG_MemoryError, SWIG_IOError, SWIG_RuntimeError,
 * SWIG_IndexError, SWIG_TypeError, SWIG_DivisionByZero, SWIG_OverflowError,
 * SWIG_SyntaxError, SWIG_ValueError, SWIG_SystemError, SWIG_AttributeError,
 * SWIG_UnknownError) and leaves the wrapper. It is part of every
 * backend's runtime, so this file only documents it.
 * ----------------------------------------------------------------------------- */
