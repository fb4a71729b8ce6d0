/* math.i and stdint.i from Lua. */
%module lua_math_stdint
%include <math.i>
%include <stdint.i>
%inline %{
int8_t  neg8(int8_t x) { return (int8_t)-x; }
uint8_t add8(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
int16_t id16(int16_t x) { return x; }
uint16_t id_u16(uint16_t x) { return x; }
int32_t id32(int32_t x) { return x; }
uint32_t id_u32(uint32_t x) { return x; }
int64_t id64(int64_t x) { return x; }
uint64_t id_u64(uint64_t x) { return x; }
intptr_t id_ptr(intptr_t x) { return x; }
int32_t global32 = 5;
%}
