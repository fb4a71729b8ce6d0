#define A 1 + 2 * 3
#define B (1 + 2) * 3
#define C a ? b : c ? d : e
#define D -1 << 2 >> 3 < 4 <= 5 == 6 != 7 & 8 ^ 9 | 10 && 11 || 12
#define E (unsigned char)1
#define F sizeof(int) + sizeof x + sizeof(struct Foo *)
#define G f(1, 2)[3].m->n
#define H 10UL + 0x1Fu + 1LL + 017 + 0b101
#define I 1.0f + 1e10 + .5 + 0x1.8p3 + 2.
#define J 'a' + '\n' + '\x41' + L'x' + 'ab'
#define K "abc" "def"
#define L L"wide"
#define M (Foo) x
#define N (a) - b
#define O ~!-+x
#define P { 1, 2, { 3 } }
#define Q (a, b)
#define R ((int (*)(int)) 0)
#define S *&x
#define EMPTY
#define NOTEXPR int x
