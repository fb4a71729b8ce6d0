/* -----------------------------------------------------------------------------
 * math.i: the functions and constants of <math.h>.
 * ----------------------------------------------------------------------------- */

%{
#include <math.h>
%}

double cos(double x);
double sin(double x);
double tan(double x);
double acos(double x);
double asin(double x);
double atan(double x);
double atan2(double y, double x);
double cosh(double x);
double sinh(double x);
double tanh(double x);
double exp(double x);
double log(double x);
double log10(double x);
double pow(double x, double y);
double sqrt(double x);
double fabs(double x);
double ceil(double x);
double floor(double x);
double fmod(double x, double y);

%constant double M_E = 2.7182818284590452354;
%constant double M_LOG2E = 1.4426950408889634074;
%constant double M_LOG10E = 0.43429448190325182765;
%constant double M_LN2 = 0.69314718055994530942;
%constant double M_LN10 = 2.30258509299404568402;
%constant double M_PI = 3.14159265358979323846;
%constant double M_PI_2 = 1.57079632679489661923;
%constant double M_PI_4 = 0.78539816339744830962;
%constant double M_1_PI = 0.31830988618379067154;
%constant double M_2_PI = 0.63661977236758134308;
%constant double M_2_SQRTPI = 1.12837916709551257390;
%constant double M_SQRT2 = 1.41421356237309504880;
%constant double M_SQRT1_2 = 0.70710678118654752440;
