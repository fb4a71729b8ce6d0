#ifndef PY_THREADS_H
#define PY_THREADS_H

/* Waits up to timeout_ms for set_flag(); returns 1 if it was called. */
int wait_for_flag(int timeout_ms);
/* The same, declared %nothread. */
int wait_holding_gil(int timeout_ms);
void set_flag(void);
void clear_flag(void);

#endif
