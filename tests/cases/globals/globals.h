/* Global variables shared between C and the target language. */
extern int counter;
extern double ratio;
extern char *name;
extern int version;
extern unsigned char small;

void bump(void);
int get_counter(void);
double get_ratio(void);
const char *get_name(void);
