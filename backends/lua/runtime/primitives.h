/* @piece SWIG_Lua_Integers */
/* Integers: numbers (or numeric strings, as lua_isnumber allows) whose
 * value, truncated toward zero, fits the C type. Lua 5.3+ integers are
 * checked exactly. */
SWIGINTERN int SWIG_Lua_AsLongLong(lua_State *L, int idx, long long min, long long max, long long *out)
{
  lua_Number d, t;
#if LUA_VERSION_NUM >= 503
  int isnum = 0;
  lua_Integer v = lua_tointegerx(L, idx, &isnum);
  if (isnum) {
    if ((long long)v < min || (long long)v > max) return SWIG_OverflowError;
    *out = (long long)v;
    return SWIG_OK;
  }
#endif
  if (!lua_isnumber(L, idx)) return SWIG_TypeError;
  d = lua_tonumber(L, idx);
  t = d < 0 ? ceil(d) : floor(d);
  if (!(t >= (lua_Number)min && t < (lua_Number)max + 1.0)) return SWIG_OverflowError;
  *out = (long long)t;
  return SWIG_OK;
}

SWIGINTERN int SWIG_Lua_AsULongLong(lua_State *L, int idx, unsigned long long max, unsigned long long *out)
{
  lua_Number d, t;
#if LUA_VERSION_NUM >= 503
  int isnum = 0;
  lua_Integer v = lua_tointegerx(L, idx, &isnum);
  if (isnum) {
    if (v < 0 || (unsigned long long)v > max) return SWIG_OverflowError;
    *out = (unsigned long long)v;
    return SWIG_OK;
  }
#endif
  if (!lua_isnumber(L, idx)) return SWIG_TypeError;
  d = lua_tonumber(L, idx);
  t = d < 0 ? ceil(d) : floor(d);
  if (!(t >= 0 && t < (lua_Number)max + 1.0)) return SWIG_OverflowError;
  *out = (unsigned long long)t;
  return SWIG_OK;
}

/* Pushes a C integer: a Lua integer on 5.3+, a number before. */
SWIGINTERN void SWIG_Lua_PushLongLong(lua_State *L, long long v)
{
#if LUA_VERSION_NUM >= 503
  lua_pushinteger(L, (lua_Integer)v);
#else
  lua_pushnumber(L, (lua_Number)v);
#endif
}

SWIGINTERN void SWIG_Lua_PushULongLong(lua_State *L, unsigned long long v)
{
#if LUA_VERSION_NUM >= 503
  if (v <= (unsigned long long)LUA_MAXINTEGER) {
    lua_pushinteger(L, (lua_Integer)v);
    return;
  }
#endif
  lua_pushnumber(L, (lua_Number)v);
}

/* @piece SWIG_Lua_Numbers */
SWIGINTERN int SWIG_Lua_AsDouble(lua_State *L, int idx, double *out)
{
  if (!lua_isnumber(L, idx)) return SWIG_TypeError;
  *out = (double)lua_tonumber(L, idx);
  return SWIG_OK;
}

/* float: the value must fit (infinities and NaN pass). */
SWIGINTERN int SWIG_Lua_AsFloat(lua_State *L, int idx, float *out)
{
  double d;
  if (!lua_isnumber(L, idx)) return SWIG_TypeError;
  d = (double)lua_tonumber(L, idx);
  if ((d < -3.402823466e+38 || d > 3.402823466e+38) && d == d && d - d == 0) return SWIG_OverflowError;
  *out = (float)d;
  return SWIG_OK;
}

/* @piece SWIG_Lua_Strings */
/* Strings: nil is NULL; numbers convert as Lua converts them. */
SWIGINTERN int SWIG_Lua_isnilstring(lua_State *L, int idx)
{
  return lua_isnil(L, idx) || lua_isstring(L, idx);
}

SWIGINTERN char *SWIG_Lua_strdup(const char *s, size_t len)
{
  char *p = (char *)malloc(len + 1);
  if (p) {
    memcpy(p, s, len);
    p[len] = 0;
  }
  return p;
}

/* Copies a string into a char array of `size`: its terminating NUL must fit,
 * unless the string fills the array exactly. */
SWIGINTERN int SWIG_Lua_AsCharArray(lua_State *L, int idx, char *buf, size_t size)
{
  size_t len = 0;
  const char *s;
  if (!lua_isstring(L, idx)) return SWIG_TypeError;
  s = lua_tolstring(L, idx, &len);
  if (len > size) return SWIG_OverflowError;
  memcpy(buf, s, len);
  if (len < size) memset(buf + len, 0, size - len);
  return SWIG_OK;
}

/* Pushes a char array, up to its first NUL. */
SWIGINTERN void SWIG_Lua_PushCharArray(lua_State *L, const char *s, size_t size)
{
  size_t len = 0;
  while (len < size && s[len]) len++;
  lua_pushlstring(L, s, len);
}

/* @piece SWIG_Lua_LongLongConstants */
/* long long constants are decimal strings, as SWIG makes them on every Lua
 * (its test-suite asserts it; no precision is lost where numbers are
 * doubles). Values of long long type returned by functions or read from
 * variables are numbers. */
SWIGINTERN void SWIG_Lua_PushLongLongConstant(lua_State *L, long long v)
{
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", v);
  lua_pushstring(L, buf);
}

SWIGINTERN void SWIG_Lua_PushULongLongConstant(lua_State *L, unsigned long long v)
{
  char buf[32];
  snprintf(buf, sizeof buf, "%llu", v);
  lua_pushstring(L, buf);
}

/* @piece SWIG_Lua_Typechecks requires SWIG_Lua_Integers */
/* Overload dispatch: an integer overload takes only whole numbers in range
 * (so f(1.5) picks f(double) over f(int)). */
SWIGINTERN int SWIG_Lua_CheckInteger(lua_State *L, int idx, long long min, long long max)
{
  long long v = 0;
  if (lua_type(L, idx) != LUA_TNUMBER) return 0;
  if (lua_tonumber(L, idx) != floor(lua_tonumber(L, idx))) return 0;
  return SWIG_Lua_AsLongLong(L, idx, min, max, &v) == SWIG_OK;
}

SWIGINTERN int SWIG_Lua_CheckUInteger(lua_State *L, int idx, unsigned long long max)
{
  unsigned long long v = 0;
  if (lua_type(L, idx) != LUA_TNUMBER) return 0;
  if (lua_tonumber(L, idx) != floor(lua_tonumber(L, idx))) return 0;
  return SWIG_Lua_AsULongLong(L, idx, max, &v) == SWIG_OK;
}
