/* C declarations of every shape */
%module decls
extern "C" {
int a(void);
}
static inline int sq(int x) { return x * x; }
int (*signal(int sig, void (*func)(int)))(int);
const char *const names[] = { "a", "b" };
struct List { struct List *next; int data[4]; unsigned int flag : 1; } *head;
typedef union { int i; double d; } Value;
typedef enum { OFF, ON = 1 << 0 } Switch;
enum Forward;
long long unsigned int big = 10ULL;
float complex fc;
double _Complex dc;
void vf(int, ...);
int __attribute__((unused)) attr_fn(void) __attribute__((pure));
struct Outer {
  struct Inner { int x; } inner;
  %immutable;
  int ro;
  %mutable;
  %extend { int get(void) { return 0; } }
};
;
