//! Stage 4 (part of sema): the typemap database and SWIG's matching rules.
