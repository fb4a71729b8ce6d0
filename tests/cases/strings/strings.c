#include <stdio.h>
#include <string.h>
#include "strfuncs.h"

const char *greeting(void) { return "hello"; }

int str_len(const char *s) { return s ? (int)strlen(s) : -1; }

int is_null(const char *s) { return s == NULL; }

const char *echo_str(const char *s) { return s; }

char *maybe_null(int flag) {
  static char text[] = "not null";
  return flag ? text : NULL;
}

char *concat(const char *a, const char *b) {
  static char buf[256];
  snprintf(buf, sizeof buf, "%s%s", a ? a : "(null)", b ? b : "(null)");
  return buf;
}

void upcase_first(char *s) {
  if (s && s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 'a' + 'A');
}
