%module echo
%echo "building the echo module"
%warn "custom warning from the interface"
int f(int);
