/* -typehints: the proxy classes of pytyping_hints.py carry annotations
   (the module's functions are C functions: their types are in the .pyi
   that -pyi writes). */
%module pytyping_hints

#ifdef SWIGPYTHON_TYPEHINTS
%typemap(pytyping) Label "str";
#endif

%inline %{
typedef const char *Label;
typedef struct Point { int x; double y; struct Point *next; Label name; } Point;
typedef struct Box { Point corner; } Box;
%}

%extend Box {
  Box(int x, double y) { Box *b = (Box *)calloc(1, sizeof(Box)); b->corner.x = x; b->corner.y = y; return b; }
}
