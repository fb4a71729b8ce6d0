/* Errors and checks: every SWIG_exception code as the Ruby class SWIG
   maps it to (exception.i), constraints.i, and the math.i and stdint.i
   libraries with their range checks. */
%module ruby_checks
%include <exception.i>
%include <constraints.i>
%include <math.i>
%include <stdint.i>

%{
static int pending = 0;
%}
%exception fail_with {
  $action
  if (pending) {
    int code = pending;
    pending = 0;
    SWIG_exception(code, "failed on purpose");
  }
}
%inline %{
void fail_with(int code) { pending = code; }
%}

%inline %{
double root(double POSITIVE) { return POSITIVE; }
int neg(int NEGATIVE) { return NEGATIVE; }
int nonneg(int NONNEGATIVE) { return NONNEGATIVE; }
int nonpos(int NONPOSITIVE) { return NONPOSITIVE; }
int inverse(int NONZERO) { return 100 / NONZERO; }
%}
%apply void *NONNULL { void *must };
%apply void *ALIGN4 { void *aligned };
%inline %{
static int word;
void *some_ptr(void) { return &word; }
void *odd_ptr(void) { return (char *)&word + 1; }
int take(void *must) { return must != 0; }
int take_aligned(void *aligned) { return aligned != 0; }

int8_t echo_i8(int8_t x) { return x; }
uint8_t echo_u8(uint8_t x) { return x; }
int16_t echo_i16(int16_t x) { return x; }
uint16_t echo_u16(uint16_t x) { return x; }
int32_t echo_i32(int32_t x) { return x; }
uint32_t echo_u32(uint32_t x) { return x; }
int64_t echo_i64(int64_t x) { return x; }
uint64_t echo_u64(uint64_t x) { return x; }
intptr_t echo_iptr(intptr_t x) { return x; }
size_t echo_size(size_t x) { return x; }
%}
