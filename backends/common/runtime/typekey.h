/* rswig runtime, shared by the backends: the key under which modules
   publish their types for code outside them (-external-runtime). */

/* @piece SWIG_TypeKey requires swig_core */
/* Writes into `key` (room for strlen(name) + 1 bytes) the key a type is
   published under: its name without spaces and without the keywords
   struct, union and enum, so that "struct Point *", "Point*" and
   "Point *" name the same type, as they do in the mangled `_p_Point`. */
SWIGINTERN void SWIG_TypeKey(const char *name, char *key) {
  const char *p = name;
  size_t n = 0;
  while (*p) {
    const char *end = p;
    size_t len;
    while (*end == '_' || (*end >= 'a' && *end <= 'z') || (*end >= 'A' && *end <= 'Z') ||
           (*end >= '0' && *end <= '9'))
      end++;
    if (end == p) {
      if (*p != ' ' && *p != '\t' && *p != '\n')
        key[n++] = *p;
      p++;
      continue;
    }
    len = (size_t)(end - p);
    if (!((len == 6 && strncmp(p, "struct", 6) == 0) || (len == 5 && strncmp(p, "union", 5) == 0) ||
          (len == 4 && strncmp(p, "enum", 4) == 0))) {
      memcpy(key + n, p, len);
      n += len;
    }
    p = end;
  }
  key[n] = '\0';
}
