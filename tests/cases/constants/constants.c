#include "constants.h"

int color_value(enum color c) { return (int)c * 100; }
