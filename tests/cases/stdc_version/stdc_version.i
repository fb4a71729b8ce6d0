%module stdc_version

/* -std=c23 (see rswig.opts) sets __STDC_VERSION__ as swig does; without
   -std it is not defined. */
#ifndef __STDC_VERSION__
#error __STDC_VERSION__ not defined with -std=c23
#endif
#if __STDC_VERSION__ == 202311L
#define STD_SEEN 2023
#else
#define STD_SEEN 0
#endif
#if __STDC__ != 1
#error __STDC__ is not 1
#endif
#ifdef __cplusplus
#error __cplusplus defined in C mode
#endif
