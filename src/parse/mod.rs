//! Stage 2, parse: the pest grammar (`grammar/*.pest`) turns preprocessed
//! text into the spanned AST of `crate::ast`.
//! (Interface fixed here; the implementation lives in this folder.)

use crate::ast::Interface;
use crate::diag::Diagnostics;
use crate::source::SpanMap;

/// Parses a whole preprocessed interface. Syntax errors are reported with
/// spans mapped through `spans`; the parser recovers at the next `;` or
/// directive so that one run reports every error it can.
pub fn parse_interface(text: &str, spans: &dyn SpanMap, diags: &mut Diagnostics) -> Interface {
    let _ = (text, spans, diags);
    Interface::default()
}
