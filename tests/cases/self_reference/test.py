import self_reference

assert self_reference.z == 8, self_reference.z
