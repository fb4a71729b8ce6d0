//! Stage 2, parse: the pest parser, built from the grammars in `grammar/`.

#![allow(missing_docs)]

/// The C and SWIG grammar: declarations, directives, expressions.
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/cdecl.pest"]
#[grammar = "../grammar/swig.pest"]
#[grammar = "../grammar/cexpr.pest"]
pub struct CParser;
