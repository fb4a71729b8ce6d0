/* -----------------------------------------------------------------------------
 * typemaps.i: INPUT, OUTPUT and INOUT pointer arguments of primitive types.
 *   int *INPUT   the argument is a value passed in, its address given to C
 *   int *OUTPUT  no argument; the value C stores is added to the result
 *   int *INOUT   both
 * Use them by name (int *OUTPUT) or with %apply int *OUTPUT { int *result }.
 * ----------------------------------------------------------------------------- */

/* bool */
%typemap(in, fragment=SWIG_AsVal_bool) bool *INPUT (bool temp, int res = 0) {
  res = SWIG_AsVal_bool($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "bool" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) bool *OUTPUT (bool temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_bool) bool *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_bool(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_bool) bool *INOUT (bool temp, int res = 0) {
  res = SWIG_AsVal_bool($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "bool" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_bool) bool *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_bool(temp$argnum)); %}

/* char */
%typemap(in, fragment=SWIG_AsVal_char) char *INPUT (char temp, int res = 0) {
  res = SWIG_AsVal_char($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "char" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) char *OUTPUT (char temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_char) char *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_char(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_char) char *INOUT (char temp, int res = 0) {
  res = SWIG_AsVal_char($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "char" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_char) char *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_char(temp$argnum)); %}

/* signed char */
%typemap(in, fragment=SWIG_AsVal_signed_SS_char) signed char *INPUT (signed char temp, int res = 0) {
  res = SWIG_AsVal_signed_SS_char($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "signed char" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) signed char *OUTPUT (signed char temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_signed_SS_char) signed char *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_signed_SS_char(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_signed_SS_char) signed char *INOUT (signed char temp, int res = 0) {
  res = SWIG_AsVal_signed_SS_char($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "signed char" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_signed_SS_char) signed char *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_signed_SS_char(temp$argnum)); %}

/* unsigned char */
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_char) unsigned char *INPUT (unsigned char temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_char($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned char" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned char *OUTPUT (unsigned char temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_unsigned_SS_char) unsigned char *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_char(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_char) unsigned char *INOUT (unsigned char temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_char($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned char" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_unsigned_SS_char) unsigned char *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_char(temp$argnum)); %}

/* short */
%typemap(in, fragment=SWIG_AsVal_short) short *INPUT (short temp, int res = 0) {
  res = SWIG_AsVal_short($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "short" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) short *OUTPUT (short temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_short) short *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_short(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_short) short *INOUT (short temp, int res = 0) {
  res = SWIG_AsVal_short($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "short" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_short) short *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_short(temp$argnum)); %}

/* unsigned short */
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_short) unsigned short *INPUT (unsigned short temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_short($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned short" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned short *OUTPUT (unsigned short temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_unsigned_SS_short) unsigned short *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_short(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_short) unsigned short *INOUT (unsigned short temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_short($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned short" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_unsigned_SS_short) unsigned short *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_short(temp$argnum)); %}

/* int */
%typemap(in, fragment=SWIG_AsVal_int) int *INPUT (int temp, int res = 0) {
  res = SWIG_AsVal_int($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "int" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) int *OUTPUT (int temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_int) int *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_int(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_int) int *INOUT (int temp, int res = 0) {
  res = SWIG_AsVal_int($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "int" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_int) int *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_int(temp$argnum)); %}

/* unsigned int */
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_int) unsigned int *INPUT (unsigned int temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_int($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned int" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned int *OUTPUT (unsigned int temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_unsigned_SS_int) unsigned int *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_int(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_int) unsigned int *INOUT (unsigned int temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_int($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned int" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_unsigned_SS_int) unsigned int *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_int(temp$argnum)); %}

/* long */
%typemap(in, fragment=SWIG_AsVal_long) long *INPUT (long temp, int res = 0) {
  res = SWIG_AsVal_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "long" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) long *OUTPUT (long temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_long) long *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_long(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_long) long *INOUT (long temp, int res = 0) {
  res = SWIG_AsVal_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "long" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_long) long *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_long(temp$argnum)); %}

/* unsigned long */
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_long) unsigned long *INPUT (unsigned long temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned long" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned long *OUTPUT (unsigned long temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_unsigned_SS_long) unsigned long *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_long(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_long) unsigned long *INOUT (unsigned long temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned long" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_unsigned_SS_long) unsigned long *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_long(temp$argnum)); %}

/* long long */
%typemap(in, fragment=SWIG_AsVal_long_SS_long) long long *INPUT (long long temp, int res = 0) {
  res = SWIG_AsVal_long_SS_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "long long" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) long long *OUTPUT (long long temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_long_SS_long) long long *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_long_SS_long(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_long_SS_long) long long *INOUT (long long temp, int res = 0) {
  res = SWIG_AsVal_long_SS_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "long long" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_long_SS_long) long long *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_long_SS_long(temp$argnum)); %}

/* unsigned long long */
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_long_SS_long) unsigned long long *INPUT (unsigned long long temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_long_SS_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned long long" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned long long *OUTPUT (unsigned long long temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_unsigned_SS_long_SS_long) unsigned long long *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_long_SS_long(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_unsigned_SS_long_SS_long) unsigned long long *INOUT (unsigned long long temp, int res = 0) {
  res = SWIG_AsVal_unsigned_SS_long_SS_long($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "unsigned long long" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_unsigned_SS_long_SS_long) unsigned long long *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_unsigned_SS_long_SS_long(temp$argnum)); %}

/* float */
%typemap(in, fragment=SWIG_AsVal_float) float *INPUT (float temp, int res = 0) {
  res = SWIG_AsVal_float($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "float" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) float *OUTPUT (float temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_float) float *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_float(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_float) float *INOUT (float temp, int res = 0) {
  res = SWIG_AsVal_float($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "float" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_float) float *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_float(temp$argnum)); %}

/* double */
%typemap(in, fragment=SWIG_AsVal_double) double *INPUT (double temp, int res = 0) {
  res = SWIG_AsVal_double($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "double" "'");
  }
  $1 = &temp;
}
%typemap(in, numinputs=0) double *OUTPUT (double temp) %{ $1 = &temp; %}
%typemap(argout, fragment=SWIG_From_double) double *OUTPUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_double(temp$argnum)); %}
%typemap(in, fragment=SWIG_AsVal_double) double *INOUT (double temp, int res = 0) {
  res = SWIG_AsVal_double($input, &temp);
  if (!SWIG_IsOK(res)) {
    SWIG_exception_fail(SWIG_ArgError(res), "in method '" "$symname" "', argument " "$argnum" " of type '" "double" "'");
  }
  $1 = &temp;
}
%typemap(argout, fragment=SWIG_From_double) double *INOUT %{ $result = SWIG_Python_AppendOutput($result, SWIG_From_double(temp$argnum)); %}

/* The Python type each of these takes or gives, for type stubs (-pyi) and
   annotations (-typehints). */
%typemap(pytyping) bool *INPUT, bool *OUTPUT, bool *INOUT "bool";
%typemap(pytyping) char *INPUT, char *OUTPUT, char *INOUT "str";
%typemap(pytyping) signed char *INPUT, signed char *OUTPUT, signed char *INOUT "int";
%typemap(pytyping) unsigned char *INPUT, unsigned char *OUTPUT, unsigned char *INOUT "int";
%typemap(pytyping) short *INPUT, short *OUTPUT, short *INOUT "int";
%typemap(pytyping) unsigned short *INPUT, unsigned short *OUTPUT, unsigned short *INOUT "int";
%typemap(pytyping) int *INPUT, int *OUTPUT, int *INOUT "int";
%typemap(pytyping) unsigned int *INPUT, unsigned int *OUTPUT, unsigned int *INOUT "int";
%typemap(pytyping) long *INPUT, long *OUTPUT, long *INOUT "int";
%typemap(pytyping) unsigned long *INPUT, unsigned long *OUTPUT, unsigned long *INOUT "int";
%typemap(pytyping) long long *INPUT, long long *OUTPUT, long long *INOUT "int";
%typemap(pytyping) unsigned long long *INPUT, unsigned long long *OUTPUT, unsigned long long *INOUT "int";
%typemap(pytyping) float *INPUT, float *OUTPUT, float *INOUT "float";
%typemap(pytyping) double *INPUT, double *OUTPUT, double *INOUT "float";
