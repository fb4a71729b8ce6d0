/* Character constants, as C types them: one char is a one-character
 * string, a multicharacter constant is an int; bytes that are not UTF-8
 * (this file has Latin-1 ones) reach the wrapper unchanged. */
%module lua_char_constants
#define LETTER 'x'
#define NEWLINE '\n'
#define OCTAL_B '\102'
#define HEX_C '\x43'
#define NUL_CHAR '\0'
#define A_ACUTE 'á' /* Latin-1 á */
#define AE_OCTAL '\306'
#define PAREN (';')
%inline %{
#pragma GCC diagnostic ignored "-Wmultichar"
const int multi_ab = 'ab';
const char *latin1_text(void) { return "café"; }
%}
#define MULTI_AB 'ab'
