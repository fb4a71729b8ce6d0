#ifndef DECLS_H
#define DECLS_H
/* With -includeall, this header's declarations are wrapped (as in
   swig, every #include is followed, so headers must be findable). */
static inline int triple(int x) { return 3 * x; }
#define SCALE 4
#endif
