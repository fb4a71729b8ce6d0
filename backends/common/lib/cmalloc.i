/* -----------------------------------------------------------------------------
 * cmalloc.i: C memory allocation for a type.
 *
 * %malloc(TYPE [, NAME])     TYPE *malloc_NAME(int nbytes = sizeof(TYPE))
 * %calloc(TYPE [, NAME])     TYPE *calloc_NAME(int nobj = 1, int sz = sizeof(TYPE))
 * %realloc(TYPE [, NAME])    TYPE *realloc_NAME(TYPE *ptr, int nitems)
 * %free(TYPE [, NAME])       void free_NAME(TYPE *ptr)
 * %sizeof(TYPE [, NAME])     constant sizeof_NAME
 * %allocators(TYPE [, NAME]) all of the above
 * NAME defaults to TYPE (it must then be a single word). A failed
 * allocation raises MemoryError.
 * ----------------------------------------------------------------------------- */

%define %_rswig_first(A, ...) A %enddef
%define %_rswig_name(TYPE, ...) %_rswig_first(__VA_ARGS__ __VA_OPT__(,) TYPE) %enddef

%define %_rswig_malloc(TYPE, NAME)
%exception malloc_##NAME {
  $action
  if (!result) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
}
%{
static TYPE *malloc_##NAME(int nbytes) {
  if (nbytes <= 0) return 0;
  return (TYPE *)malloc((size_t)nbytes);
}
%}
TYPE *malloc_##NAME(int nbytes = sizeof(TYPE));
%noexception malloc_##NAME;
%enddef

%define %_rswig_calloc(TYPE, NAME)
%exception calloc_##NAME {
  $action
  if (!result) {
    SWIG_exception_fail(SWIG_MemoryError, "out of memory");
  }
}
%{
static TYPE *calloc_##NAME(int nobj, int sz) {
  if (nobj <= 0 || sz <= 0) return 0;
  return (TYPE *)calloc((size_t)nobj, (size_t)sz);
}
%}
TYPE *calloc_##NAME(int nobj = 1, int sz = sizeof(TYPE));
%noexception calloc_##NAME;
%enddef

%define %_rswig_realloc(TYPE, NAME)
%{
static TYPE *realloc_##NAME(TYPE *ptr, int nitems) {
  return (TYPE *)realloc(ptr, (size_t)nitems * sizeof(TYPE));
}
%}
TYPE *realloc_##NAME(TYPE *ptr, int nitems);
%enddef

%define %_rswig_free(TYPE, NAME)
%{
static void free_##NAME(TYPE *ptr) {
  free((char *)ptr);
}
%}
void free_##NAME(TYPE *ptr);
%enddef

%define %_rswig_sizeof(TYPE, NAME)
%constant int sizeof_##NAME = sizeof(TYPE);
%enddef

%define %_rswig_malloc1(TYPE, NAME) %_rswig_malloc(TYPE, NAME) %enddef
%define %_rswig_calloc1(TYPE, NAME) %_rswig_calloc(TYPE, NAME) %enddef
%define %_rswig_realloc1(TYPE, NAME) %_rswig_realloc(TYPE, NAME) %enddef
%define %_rswig_free1(TYPE, NAME) %_rswig_free(TYPE, NAME) %enddef
%define %_rswig_sizeof1(TYPE, NAME) %_rswig_sizeof(TYPE, NAME) %enddef

%define %malloc(TYPE, ...) %_rswig_malloc1(TYPE, %_rswig_name(TYPE, __VA_ARGS__)) %enddef
%define %calloc(TYPE, ...) %_rswig_calloc1(TYPE, %_rswig_name(TYPE, __VA_ARGS__)) %enddef
%define %realloc(TYPE, ...) %_rswig_realloc1(TYPE, %_rswig_name(TYPE, __VA_ARGS__)) %enddef
%define %free(TYPE, ...) %_rswig_free1(TYPE, %_rswig_name(TYPE, __VA_ARGS__)) %enddef
%define %sizeof(TYPE, ...) %_rswig_sizeof1(TYPE, %_rswig_name(TYPE, __VA_ARGS__)) %enddef

%define %allocators(TYPE, ...)
%malloc(TYPE, __VA_ARGS__)
%calloc(TYPE, __VA_ARGS__)
%realloc(TYPE, __VA_ARGS__)
%free(TYPE, __VA_ARGS__)
%sizeof(TYPE, __VA_ARGS__)
%enddef
