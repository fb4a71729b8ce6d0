/* -----------------------------------------------------------------------------
 * typemaps.i: INPUT, OUTPUT and INOUT pointer arguments of primitive types.
 *   int *INPUT   the argument is a number passed in, its address given to C
 *   int *OUTPUT  no argument; the value C stores is an extra return value
 *   int *INOUT   both: a number in, the new value returned
 * Lua returns the function's result first, then the outputs in order:
 *   r, out1, out2 = mod.f(x)
 * Use them by name (int *OUTPUT) or with %apply int *OUTPUT { int *result }.
 * As SWIG, a wrong type is reported with the parameter's type ("expected
 * 'int *' got 'string'"); a value out of range with the value's ('int').
 * ----------------------------------------------------------------------------- */

/* bool */
%typemap(in) bool *INPUT (bool temp) {
  if (!lua_isboolean(L, $input)) SWIG_fail_arg("$symname", $argnum, "$1_type");
  temp = (lua_toboolean(L, $input) != 0);
  $1 = &temp;
}
%typemap(in) bool *INOUT (bool temp) {
  if (!lua_isboolean(L, $input)) SWIG_fail_arg("$symname", $argnum, "$1_type");
  temp = (lua_toboolean(L, $input) != 0);
  $1 = &temp;
}
%typemap(in, numinputs=0) bool *OUTPUT (bool temp = 0) %{ $1 = &temp; %}
%typemap(argout) bool *OUTPUT, bool *INOUT %{ lua_pushboolean(L, (int)temp$argnum); SWIG_arg++; %}

/* signed char */
%typemap(in) signed char *INPUT (signed char temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SCHAR_MIN, SCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "signed char", $input);
    SWIG_fail;
  }
  temp = (signed char)v;
  $1 = &temp;
}
%typemap(in) signed char &INPUT (signed char temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SCHAR_MIN, SCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "signed char", $input);
    SWIG_fail;
  }
  temp = (signed char)v;
  $1 = &temp;
}
%typemap(in) signed char *INOUT (signed char temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SCHAR_MIN, SCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "signed char", $input);
    SWIG_fail;
  }
  temp = (signed char)v;
  $1 = &temp;
}
%typemap(in) signed char &INOUT (signed char temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SCHAR_MIN, SCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "signed char", $input);
    SWIG_fail;
  }
  temp = (signed char)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) signed char *OUTPUT (signed char temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) signed char &OUTPUT (signed char temp = 0) %{ $1 = &temp; %}
%typemap(argout) signed char *OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) signed char &OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) signed char *INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) signed char &INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}

/* unsigned char */
%typemap(in) unsigned char *INPUT (unsigned char temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned char", $input);
    SWIG_fail;
  }
  temp = (unsigned char)v;
  $1 = &temp;
}
%typemap(in) unsigned char &INPUT (unsigned char temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned char", $input);
    SWIG_fail;
  }
  temp = (unsigned char)v;
  $1 = &temp;
}
%typemap(in) unsigned char *INOUT (unsigned char temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned char", $input);
    SWIG_fail;
  }
  temp = (unsigned char)v;
  $1 = &temp;
}
%typemap(in) unsigned char &INOUT (unsigned char temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UCHAR_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned char", $input);
    SWIG_fail;
  }
  temp = (unsigned char)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned char *OUTPUT (unsigned char temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) unsigned char &OUTPUT (unsigned char temp = 0) %{ $1 = &temp; %}
%typemap(argout) unsigned char *OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned char &OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned char *INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned char &INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}

/* short */
%typemap(in) short *INPUT (short temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SHRT_MIN, SHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "short", $input);
    SWIG_fail;
  }
  temp = (short)v;
  $1 = &temp;
}
%typemap(in) short &INPUT (short temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SHRT_MIN, SHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "short", $input);
    SWIG_fail;
  }
  temp = (short)v;
  $1 = &temp;
}
%typemap(in) short *INOUT (short temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SHRT_MIN, SHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "short", $input);
    SWIG_fail;
  }
  temp = (short)v;
  $1 = &temp;
}
%typemap(in) short &INOUT (short temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, SHRT_MIN, SHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "short", $input);
    SWIG_fail;
  }
  temp = (short)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) short *OUTPUT (short temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) short &OUTPUT (short temp = 0) %{ $1 = &temp; %}
%typemap(argout) short *OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) short &OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) short *INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) short &INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}

/* unsigned short */
%typemap(in) unsigned short *INPUT (unsigned short temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, USHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned short", $input);
    SWIG_fail;
  }
  temp = (unsigned short)v;
  $1 = &temp;
}
%typemap(in) unsigned short &INPUT (unsigned short temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, USHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned short", $input);
    SWIG_fail;
  }
  temp = (unsigned short)v;
  $1 = &temp;
}
%typemap(in) unsigned short *INOUT (unsigned short temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, USHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned short", $input);
    SWIG_fail;
  }
  temp = (unsigned short)v;
  $1 = &temp;
}
%typemap(in) unsigned short &INOUT (unsigned short temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, USHRT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned short", $input);
    SWIG_fail;
  }
  temp = (unsigned short)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned short *OUTPUT (unsigned short temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) unsigned short &OUTPUT (unsigned short temp = 0) %{ $1 = &temp; %}
%typemap(argout) unsigned short *OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned short &OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned short *INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned short &INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}

/* int */
%typemap(in) int *INPUT (int temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, INT_MIN, INT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "int", $input);
    SWIG_fail;
  }
  temp = (int)v;
  $1 = &temp;
}
%typemap(in) int &INPUT (int temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, INT_MIN, INT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "int", $input);
    SWIG_fail;
  }
  temp = (int)v;
  $1 = &temp;
}
%typemap(in) int *INOUT (int temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, INT_MIN, INT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "int", $input);
    SWIG_fail;
  }
  temp = (int)v;
  $1 = &temp;
}
%typemap(in) int &INOUT (int temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, INT_MIN, INT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "int", $input);
    SWIG_fail;
  }
  temp = (int)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) int *OUTPUT (int temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) int &OUTPUT (int temp = 0) %{ $1 = &temp; %}
%typemap(argout) int *OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) int &OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) int *INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) int &INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}

/* unsigned int */
%typemap(in) unsigned int *INPUT (unsigned int temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UINT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned int", $input);
    SWIG_fail;
  }
  temp = (unsigned int)v;
  $1 = &temp;
}
%typemap(in) unsigned int &INPUT (unsigned int temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UINT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned int", $input);
    SWIG_fail;
  }
  temp = (unsigned int)v;
  $1 = &temp;
}
%typemap(in) unsigned int *INOUT (unsigned int temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UINT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned int", $input);
    SWIG_fail;
  }
  temp = (unsigned int)v;
  $1 = &temp;
}
%typemap(in) unsigned int &INOUT (unsigned int temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, UINT_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned int", $input);
    SWIG_fail;
  }
  temp = (unsigned int)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned int *OUTPUT (unsigned int temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) unsigned int &OUTPUT (unsigned int temp = 0) %{ $1 = &temp; %}
%typemap(argout) unsigned int *OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned int &OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned int *INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned int &INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}

/* long */
%typemap(in) long *INPUT (long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LONG_MIN, LONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long", $input);
    SWIG_fail;
  }
  temp = (long)v;
  $1 = &temp;
}
%typemap(in) long &INPUT (long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LONG_MIN, LONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long", $input);
    SWIG_fail;
  }
  temp = (long)v;
  $1 = &temp;
}
%typemap(in) long *INOUT (long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LONG_MIN, LONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long", $input);
    SWIG_fail;
  }
  temp = (long)v;
  $1 = &temp;
}
%typemap(in) long &INOUT (long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LONG_MIN, LONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long", $input);
    SWIG_fail;
  }
  temp = (long)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) long *OUTPUT (long temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) long &OUTPUT (long temp = 0) %{ $1 = &temp; %}
%typemap(argout) long *OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) long &OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) long *INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) long &INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}

/* unsigned long */
%typemap(in) unsigned long *INPUT (unsigned long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long", $input);
    SWIG_fail;
  }
  temp = (unsigned long)v;
  $1 = &temp;
}
%typemap(in) unsigned long &INPUT (unsigned long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long", $input);
    SWIG_fail;
  }
  temp = (unsigned long)v;
  $1 = &temp;
}
%typemap(in) unsigned long *INOUT (unsigned long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long", $input);
    SWIG_fail;
  }
  temp = (unsigned long)v;
  $1 = &temp;
}
%typemap(in) unsigned long &INOUT (unsigned long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long", $input);
    SWIG_fail;
  }
  temp = (unsigned long)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned long *OUTPUT (unsigned long temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) unsigned long &OUTPUT (unsigned long temp = 0) %{ $1 = &temp; %}
%typemap(argout) unsigned long *OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned long &OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned long *INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned long &INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}

/* long long */
%typemap(in) long long *INPUT (long long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LLONG_MIN, LLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long long", $input);
    SWIG_fail;
  }
  temp = (long long)v;
  $1 = &temp;
}
%typemap(in) long long &INPUT (long long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LLONG_MIN, LLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long long", $input);
    SWIG_fail;
  }
  temp = (long long)v;
  $1 = &temp;
}
%typemap(in) long long *INOUT (long long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LLONG_MIN, LLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long long", $input);
    SWIG_fail;
  }
  temp = (long long)v;
  $1 = &temp;
}
%typemap(in) long long &INOUT (long long temp, long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsLongLong(L, $input, LLONG_MIN, LLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long long", $input);
    SWIG_fail;
  }
  temp = (long long)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) long long *OUTPUT (long long temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) long long &OUTPUT (long long temp = 0) %{ $1 = &temp; %}
%typemap(argout) long long *OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) long long &OUTPUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) long long *INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) long long &INOUT %{ SWIG_Lua_PushLongLong(L, (long long)temp$argnum); SWIG_arg++; %}

/* unsigned long long */
%typemap(in) unsigned long long *INPUT (unsigned long long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long long", $input);
    SWIG_fail;
  }
  temp = (unsigned long long)v;
  $1 = &temp;
}
%typemap(in) unsigned long long &INPUT (unsigned long long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long long", $input);
    SWIG_fail;
  }
  temp = (unsigned long long)v;
  $1 = &temp;
}
%typemap(in) unsigned long long *INOUT (unsigned long long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long long", $input);
    SWIG_fail;
  }
  temp = (unsigned long long)v;
  $1 = &temp;
}
%typemap(in) unsigned long long &INOUT (unsigned long long temp, unsigned long long v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsULongLong(L, $input, ULLONG_MAX, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "unsigned long long", $input);
    SWIG_fail;
  }
  temp = (unsigned long long)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) unsigned long long *OUTPUT (unsigned long long temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) unsigned long long &OUTPUT (unsigned long long temp = 0) %{ $1 = &temp; %}
%typemap(argout) unsigned long long *OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned long long &OUTPUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned long long *INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}
%typemap(argout) unsigned long long &INOUT %{ SWIG_Lua_PushULongLong(L, (unsigned long long)temp$argnum); SWIG_arg++; %}

/* float */
%typemap(in) float *INPUT (float temp, float v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsFloat(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "float", $input);
    SWIG_fail;
  }
  temp = (float)v;
  $1 = &temp;
}
%typemap(in) float &INPUT (float temp, float v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsFloat(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "float", $input);
    SWIG_fail;
  }
  temp = (float)v;
  $1 = &temp;
}
%typemap(in) float *INOUT (float temp, float v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsFloat(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "float", $input);
    SWIG_fail;
  }
  temp = (float)v;
  $1 = &temp;
}
%typemap(in) float &INOUT (float temp, float v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsFloat(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "float", $input);
    SWIG_fail;
  }
  temp = (float)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) float *OUTPUT (float temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) float &OUTPUT (float temp = 0) %{ $1 = &temp; %}
%typemap(argout) float *OUTPUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) float &OUTPUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) float *INOUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) float &INOUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}

/* double */
%typemap(in) double *INPUT (double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "double", $input);
    SWIG_fail;
  }
  temp = (double)v;
  $1 = &temp;
}
%typemap(in) double &INPUT (double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "double", $input);
    SWIG_fail;
  }
  temp = (double)v;
  $1 = &temp;
}
%typemap(in) double *INOUT (double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "double", $input);
    SWIG_fail;
  }
  temp = (double)v;
  $1 = &temp;
}
%typemap(in) double &INOUT (double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "double", $input);
    SWIG_fail;
  }
  temp = (double)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) double *OUTPUT (double temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) double &OUTPUT (double temp = 0) %{ $1 = &temp; %}
%typemap(argout) double *OUTPUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) double &OUTPUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) double *INOUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) double &INOUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}

/* long double */
%typemap(in) long double *INPUT (long double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long double", $input);
    SWIG_fail;
  }
  temp = (long double)v;
  $1 = &temp;
}
%typemap(in) long double &INPUT (long double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long double", $input);
    SWIG_fail;
  }
  temp = (long double)v;
  $1 = &temp;
}
%typemap(in) long double *INOUT (long double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long double", $input);
    SWIG_fail;
  }
  temp = (long double)v;
  $1 = &temp;
}
%typemap(in) long double &INOUT (long double temp, double v = 0, int ecode = 0) {
  ecode = SWIG_Lua_AsDouble(L, $input, &v);
  if (ecode) {
    SWIG_Lua_PushArgError(L, ecode, "$symname", $argnum, ecode == SWIG_TypeError ? "$1_type" : "long double", $input);
    SWIG_fail;
  }
  temp = (long double)v;
  $1 = &temp;
}
%typemap(in, numinputs=0) long double *OUTPUT (long double temp = 0) %{ $1 = &temp; %}
%typemap(in, numinputs=0) long double &OUTPUT (long double temp = 0) %{ $1 = &temp; %}
%typemap(argout) long double *OUTPUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) long double &OUTPUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) long double *INOUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}
%typemap(argout) long double &INOUT %{ lua_pushnumber(L, (lua_Number)temp$argnum); SWIG_arg++; %}

