# Convenience targets; `cargo test` is the main suite.
.PHONY: test sanitize fuzz-seed

test:
	cargo test

# The compile-and-run suite under ASan+UBSan, valgrind (Lua) and clang -Werror.
sanitize:
	tools/sanitize.sh

# Seeds the fuzz corpora (fuzz/README.md says how to run the fuzzers).
fuzz-seed:
	fuzz/seed.sh
