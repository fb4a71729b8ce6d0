//! Stage 1, preprocess: a SWIG-aware C preprocessor. Expands macros,
//! evaluates conditionals, inlines `%include`/`%import`, keeps `%{ %}`
//! verbatim, and records where every output byte came from.
//! (Interface fixed here; the implementation lives in this folder.)

use crate::diag::Diagnostics;
use crate::library::Library;
use crate::source::{FileId, SourceMap, Span, SpanMap};
use std::path::PathBuf;

/// What the preprocessor needs to know of the run.
#[derive(Clone, Debug)]
pub struct PreprocessOptions {
    /// Predefined and `-D` macros, in order: `(name, value)`; a `None`
    /// value defines the name as `1`.
    pub defines: Vec<(String, Option<String>)>,
    /// `-U` names, applied after `defines`.
    pub undefines: Vec<String>,
    /// `-I` folders, searched after the including file's folder.
    pub include_dirs: Vec<PathBuf>,
    /// `-includeall`: `#include` is followed like `%include`.
    pub include_all: bool,
    /// `-importall`: `#include` is followed like `%import`.
    pub import_all: bool,
    /// Library files included before the main file (the language's
    /// typemap library), by library name.
    pub preludes: Vec<String>,
    pub library: Library,
}

/// The preprocessor's output: one text, and the map back to the sources.
#[derive(Debug, Default)]
pub struct Preprocessed {
    pub text: String,
    pub origins: OriginMap,
    /// Every file read (main file, `%include`d, `%import`ed), in order,
    /// for `-M` dependency output.
    pub files: Vec<FileId>,
}

/// Maps output byte offsets to source spans. Each segment says that the
/// output from `out_start` on came from `file` at `src_start`; if
/// `expansion` is set, the whole segment maps to that one source point
/// (macro expansions point at the macro's use).
#[derive(Clone, Debug, Default)]
pub struct OriginMap {
    pub segments: Vec<Segment>,
}

#[derive(Clone, Copy, Debug)]
pub struct Segment {
    pub out_start: u32,
    pub file: FileId,
    pub src_start: u32,
    /// Length of the source range for an expansion segment, else 0.
    pub expansion_len: u32,
    pub expansion: bool,
}

impl OriginMap {
    fn locate(&self, offset: usize) -> (FileId, u32, u32) {
        let i = match self
            .segments
            .binary_search_by(|s| (s.out_start as usize).cmp(&offset))
        {
            Ok(i) => i,
            Err(0) => return (FileId(0), 0, 0),
            Err(i) => i - 1,
        };
        let s = &self.segments[i];
        if s.expansion {
            (s.file, s.src_start, s.src_start + s.expansion_len)
        } else {
            let p = s.src_start + (offset as u32 - s.out_start);
            (s.file, p, p)
        }
    }
}

impl SpanMap for OriginMap {
    fn span(&self, start: usize, end: usize) -> Span {
        let (file, s, s_end) = self.locate(start);
        let (file2, e, _) = self.locate(end.max(start));
        if file2 == file && e >= s && (e - s) < 1 << 20 {
            Span {
                file,
                start: s,
                end: e.max(s_end),
            }
        } else {
            Span {
                file,
                start: s,
                end: s_end,
            }
        }
    }
}

/// Preprocesses `main` (already in `sm`). Errors go to `diags`; the
/// returned text is still usable after errors (for `-E` and for reporting
/// further errors).
pub fn preprocess(
    sm: &mut SourceMap,
    main: FileId,
    opts: &PreprocessOptions,
    diags: &mut Diagnostics,
) -> Preprocessed {
    let _ = (opts, diags);
    let text = sm.get(main).text.clone();
    Preprocessed {
        origins: OriginMap {
            segments: vec![Segment {
                out_start: 0,
                file: main,
                src_start: 0,
                expansion_len: 0,
                expansion: false,
            }],
        },
        text,
        files: vec![main],
    }
}
