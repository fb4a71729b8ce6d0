%module contracts
/* %contract: require: checks arguments before the call, ensure: checks the
   result after it. Names are the contract's own, not the declaration's. */
%contract isqrt(int n) {
require:
  n >= 0;
ensure:
  isqrt >= 0;
  isqrt * isqrt <= n;
}
%contract divide(int a, int b) {
require:
  b != 0;
}
%contract broken(int) {
ensure:
  broken > 0;
}
%contract Stack_push(struct Stack *s, int v) {
require:
  s->n < 4;
  v >= 0;
}
%inline %{
int isqrt(int x) { int r = 0; while ((r + 1) * (r + 1) <= x) r++; return r; }
int divide(int x, int y) { return x / y; }
int broken(int x) { return x - 10; }
struct Stack { int n; int items[4]; };
void Stack_push(struct Stack *st, int value) { st->items[st->n++] = value; }
%}
