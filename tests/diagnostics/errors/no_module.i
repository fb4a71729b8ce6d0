// expect: 1: no module name given
int a;
