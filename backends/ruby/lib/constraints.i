/* -----------------------------------------------------------------------------
 * constraints.i: argument checks. Apply them by name or with %apply:
 *   POSITIVE  > 0      NEGATIVE  < 0      NONNEGATIVE  >= 0
 *   NONPOSITIVE <= 0   NONZERO  != 0      NONNULL  pointer not NULL
 *   ALIGN2, ALIGN4, ALIGN8  pointer aligned
 * A failed check raises ValueError.
 * ----------------------------------------------------------------------------- */

%typemap(check) signed char POSITIVE, unsigned char POSITIVE, short POSITIVE, unsigned short POSITIVE, int POSITIVE, unsigned int POSITIVE, long POSITIVE, unsigned long POSITIVE, long long POSITIVE, unsigned long long POSITIVE, float POSITIVE, double POSITIVE {
  if ($1 <= 0) {
    SWIG_exception(SWIG_ValueError, "Expected a positive value.");
  }
}

%typemap(check) signed char NEGATIVE, short NEGATIVE, int NEGATIVE, long NEGATIVE, long long NEGATIVE, float NEGATIVE, double NEGATIVE {
  if ($1 >= 0) {
    SWIG_exception(SWIG_ValueError, "Expected a negative value.");
  }
}

%typemap(check) signed char NONNEGATIVE, short NONNEGATIVE, int NONNEGATIVE, long NONNEGATIVE, long long NONNEGATIVE, float NONNEGATIVE, double NONNEGATIVE {
  if ($1 < 0) {
    SWIG_exception(SWIG_ValueError, "Expected a non-negative value.");
  }
}

%typemap(check) signed char NONPOSITIVE, short NONPOSITIVE, int NONPOSITIVE, long NONPOSITIVE, long long NONPOSITIVE, float NONPOSITIVE, double NONPOSITIVE {
  if ($1 > 0) {
    SWIG_exception(SWIG_ValueError, "Expected a non-positive value.");
  }
}

%typemap(check) signed char NONZERO, unsigned char NONZERO, short NONZERO, unsigned short NONZERO, int NONZERO, unsigned int NONZERO, long NONZERO, unsigned long NONZERO, long long NONZERO, unsigned long long NONZERO, float NONZERO, double NONZERO {
  if ($1 == 0) {
    SWIG_exception(SWIG_ValueError, "Expected a nonzero value.");
  }
}

%typemap(check) void *NONNULL, SWIGTYPE *NONNULL {
  if (!$1) {
    SWIG_exception(SWIG_ValueError, "Received a NULL pointer.");
  }
}
%typemap(check) void *ALIGN8, SWIGTYPE *ALIGN8 {
  if ((unsigned long)$1 & 7) {
    SWIG_exception(SWIG_ValueError, "Pointer must be 8-byte aligned.");
  }
}
%typemap(check) void *ALIGN4, SWIGTYPE *ALIGN4 {
  if ((unsigned long)$1 & 3) {
    SWIG_exception(SWIG_ValueError, "Pointer must be 4-byte aligned.");
  }
}
%typemap(check) void *ALIGN2, SWIGTYPE *ALIGN2 {
  if ((unsigned long)$1 & 1) {
    SWIG_exception(SWIG_ValueError, "Pointer must be 2-byte aligned.");
  }
}
