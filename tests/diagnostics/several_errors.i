%module several_errors
int ok1(int a);
int bad1(int a b);
int ok2(void);
int bad2(, int);
double ok3(double);
int bad3(int a) extra;
