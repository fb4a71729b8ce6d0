%module py_typemap_matching
/* SWIG's typemap matching order, special variables, and the typemap
   directives (%apply, %clear, copy, delete) and %fragment. */
%{
typedef int myint;
typedef myint myint2;
struct Thing { int id; };
%}
typedef int myint;
typedef myint myint2;
struct Thing { int id; };

/* 1. type + name beats type alone */
%typemap(in) int special { $1 = (int)PyLong_AsLong($input) + 1000; }
%typemap(in) int { $1 = (int)PyLong_AsLong($input) + 1; }
%inline %{
int plain(int x) { return x; }
int named(int special) { return special; }
%}
/* 2. typedef reduction: myint2 -> myint -> int finds `int` (+1) unless
      myint has its own typemap */
%typemap(in) myint { $1 = (myint)PyLong_AsLong($input) + 20; }
%inline %{ int via_typedef(myint2 v) { return v; } %}
/* 3. qualifiers are stripped: const int uses int's */
%inline %{ int via_const(const int v) { return v; } %}
/* 4. arrays: int [ANY] and the generic SWIGTYPE [] */
%typemap(in) int [ANY] (int temp[$1_dim0]) {
  Py_ssize_t i;
  if (!PySequence_Check($input) || PySequence_Size($input) != $1_dim0)
    SWIG_exception_fail(SWIG_ValueError, "expected $1_dim0 items");
  for (i = 0; i < $1_dim0; i++) {
    PyObject *o = PySequence_GetItem($input, i);
    temp[i] = (int)PyLong_AsLong(o);
    Py_DECREF(o);
  }
  $1 = temp;
}
%inline %{ int sum3(int a[3]) { return a[0] + a[1] + a[2]; } %}
/* 5. generic SWIGTYPE * for any pointer without its own typemap */
%typemap(out) SWIGTYPE * "$result = PyUnicode_FromString(\"$1_type via SWIGTYPE *\"); (void)$1;";
%inline %{
struct Thing *thing(void) { static struct Thing t; return &t; }
%}
/* Special variables: types, names, descriptors, $argnum, $symname. */
%typemap(in) double probe (double tmp) {
  tmp = PyFloat_AsDouble($input);
  $1 = tmp;
}
%typemap(argout) double probe {
  $result = SWIG_Python_AppendOutput($result, PyUnicode_FromString(
    "$1_type|$1_ltype|$1_name|$1_basetype|$symname|$argnum|$&1_type"));
}
%inline %{ void probe_fn(int unused, double probe) { (void)unused; (void)probe; } %}
%typemap(in, numinputs=0) const int *cp (int v = 5) { $1 = &v; }
%typemap(argout) const int *cp {
  $result = SWIG_Python_AppendOutput($result, PyUnicode_FromString("$1_type|$*1_type|$1_basetype|$1_descriptor|$*1_descriptor"));
}
%inline %{ void probe_ptr(const int *cp) { (void)cp; } %}
%typemap(out) struct Thing *described {
  $result = PyUnicode_FromString("$descriptor(struct Thing *)");
  (void)$1;
}
%inline %{ struct Thing *described(void) { return 0; } %}

/* $owner (SWIG_POINTER_OWN under %newobject, else 0) and $null (what a
   wrapper returns on failure) */
%typemap(out) struct Thing *ownflag, struct Thing *ownflag_new "$result = PyLong_FromLong((long)($owner)); (void)$1;";
%typemap(check) int nonneg "if ($1 < 0) { PyErr_SetString(PyExc_ValueError, \"negative\"); return $null; }";
%newobject ownflag_new;
%inline %{
struct Thing *ownflag(void) { return 0; }
struct Thing *ownflag_new(void) { return 0; }
int checked(int nonneg) { return nonneg; }
%}

/* %apply copies a rule set to another pattern; %clear removes it. */
%apply int special { int alsospecial };
%inline %{ int applied(int alsospecial) { return alsospecial; } %}
%clear int alsospecial;
%inline %{ int cleared(int alsospecial) { return alsospecial; } %}
/* %typemap(m) A = B copies one method; %typemap(m) T; deletes it. */
%typemap(in) long copied = int special;
%inline %{ long copy_user(long copied) { return copied; } %}

/* $typemap(method, pattern): another typemap's body, in this wrapper's
   variables (copied first, as Typemaps.html shows, to avoid recursion). */
%typemap(in) double NAMED_DEFAULT = double;
%typemap(in) double doubled {
  $typemap(in, double NAMED_DEFAULT)
  $1 = $1 * 2;
}
%typemap(out) int counted_out "$result = PyUnicode_FromString(\"$typemap(out:note, int noted)\"); (void)$1;";
%typemap(out, note="from an attribute") int noted "";
%inline %{
double twice(double doubled) { return doubled; }
int counted_out(void) { return 0; }
%}

/* %fragment: requested by two typemaps, emitted once. */
%fragment("clamp_helper", "header") %{
static int clamp_helper(int v) { return v > 10 ? 10 : v; }
%}
%typemap(in, fragment="clamp_helper") int clamped { $1 = clamp_helper((int)PyLong_AsLong($input)); }
%typemap(check, fragment="clamp_helper") int clamped2 { $1 = clamp_helper($1); }
%inline %{
int clamp_a(int clamped) { return clamped; }
int clamp_b(int clamped2) { return clamped2; }
%}

/* (deleting `int`'s typemap comes last: the other cases use it) */
%typemap(in) int;
%inline %{ int deleted(int x) { return x; } %}
