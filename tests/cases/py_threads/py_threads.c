#define _POSIX_C_SOURCE 199309L
#include <time.h>
#include "py_threads.h"

static volatile int flag;

void set_flag(void) { __atomic_store_n(&flag, 1, __ATOMIC_SEQ_CST); }
void clear_flag(void) { __atomic_store_n(&flag, 0, __ATOMIC_SEQ_CST); }

int wait_for_flag(int timeout_ms) {
  struct timespec pause = {0, 1000000};
  int waited;
  for (waited = 0; waited < timeout_ms; waited++) {
    if (__atomic_load_n(&flag, __ATOMIC_SEQ_CST))
      return 1;
    nanosleep(&pause, NULL);
  }
  return __atomic_load_n(&flag, __ATOMIC_SEQ_CST);
}

int wait_holding_gil(int timeout_ms) { return wait_for_flag(timeout_ms); }
