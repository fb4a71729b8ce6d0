/* cstring.i from Ruby: every %cstring_* macro; outputs are appended to
   the result, as SWIG's Ruby module does. */
%module ruby_cstring
%include <cstring.i>

%cstring_input_binary(const char *data, int len);
%cstring_bounded_output(char *out, 16);
%cstring_chunk_output(char *chunk, 4);
%cstring_bounded_mutable(char *bm, 16);
%cstring_mutable(char *mut, 8);
%cstring_output_maxsize(char *buf, int max);
%cstring_output_withsize(char *wbuf, int *wsize);
%cstring_output_allocate(char **alloc, free(*$1));
%cstring_output_allocate_size(char **abuf, int *asize, free(*$1));

%{
#include <stdlib.h>
#include <string.h>
%}
%inline %{
int count_zero(const char *data, int len) {
  int n = 0, i;
  for (i = 0; i < len; i++) n += data[i] == 0;
  return n;
}
void hello(char *out) { strcpy(out, "hello"); }
int fill_chunk(char *chunk) { memcpy(chunk, "a\0bc", 4); return 4; }
void shout(char *bm) { strcat(bm, "!"); }
void twice(char *mut) {
  size_t n = strlen(mut);
  memmove(mut + n, mut, n + 1);
}
void stars(char *buf, int max) { memset(buf, '*', max - 1); buf[max - 1] = 0; }
void half(char *wbuf, int *wsize) { *wsize /= 2; memset(wbuf, 'h', *wsize); }
void make(char **alloc) { *alloc = malloc(8); strcpy(*alloc, "made"); }
void make_sized(char **abuf, int *asize) {
  *abuf = malloc(3);
  memcpy(*abuf, "x\0y", 3);
  *asize = 3;
}
%}
