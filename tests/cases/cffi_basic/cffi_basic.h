/* The functions of the cffi "basic" comparison. */
void mybasic(void);
int myprint(char *message);
double myadd(double a, double b);
