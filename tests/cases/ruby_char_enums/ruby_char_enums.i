/* Character constants and enumerators: a char constant (also one written
   as a raw Latin-1 byte, kept byte for byte) is a one-byte String, a
   multicharacter constant is an Integer, and an enumerator initialised
   with a character is a character constant, as in SWIG. */
%module ruby_char_enums
%{
#pragma GCC diagnostic ignored "-Wmultichar"
#define PAIR 'ab'
%}
#define LETTER 'x'
#define LATIN1 'á'
#define OCTAL '\341'
#define NEWLINE '\n'
#define PAIR 'ab'
%inline %{
enum Kind { Plain = 1, Letter = 'k', Sum = 'a' + 1, Flag = (char)66 };
int pair_value(void) { return PAIR; }
%}
