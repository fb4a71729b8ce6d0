/* The function whose call overhead is measured. */
int add(int a, int b) {
  return a + b;
}
