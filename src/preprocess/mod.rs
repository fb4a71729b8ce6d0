//! Stage 1, preprocess: a SWIG-aware C preprocessor. Expands macros,
//! evaluates conditionals, inlines `%include`/`%import`, keeps `%{ %}`
//! verbatim, and records where every output byte came from.
//! (Interface fixed here; the implementation lives in this folder.)

use crate::diag::Diagnostics;
use crate::library::Library;
use crate::source::{FileId, SourceMap, Span, SpanMap};
use std::path::PathBuf;

mod directives;
mod engine;
mod expand;
mod expr;
mod hideset;
mod include;
mod inline;
mod lexer;
mod macros;
mod output;
mod predefined;
pub use predefined::SWIG_VERSION;
#[cfg(test)]
mod tests;

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
    /// The content of each `%inline %{ ... %}` block, preprocessed again
    /// with the macros defined at the end of the run (SWIG parses inline
    /// code after running the preprocessor over it), in output order.
    pub inline_blocks: Vec<InlineBlock>,
    /// Every `%import` (and `#include` under `-importall`), in order.
    pub imports: Vec<Import>,
}

/// One `%import` directive.
#[derive(Clone, Debug)]
pub struct Import {
    /// The directive, for diagnostics.
    pub span: Span,
    /// The file imported (`None` if it was not found).
    pub file: Option<FileId>,
    /// The `module="x"` option, if given.
    pub module: Option<String>,
}

/// One `%inline %{ ... %}` block's content, preprocessed.
#[derive(Debug, Default)]
pub struct InlineBlock {
    /// Byte range of the raw content (between `%{` and `%}`) in
    /// [`Preprocessed::text`].
    pub out_start: usize,
    pub out_end: usize,
    /// The content after preprocessing, and its map to the sources.
    pub text: String,
    pub origins: OriginMap,
}

impl Preprocessed {
    /// The preprocessed content of the `%inline` block whose raw content
    /// starts at `out_start` in [`Preprocessed::text`].
    pub fn inline_block_at(&self, out_start: usize) -> Option<&InlineBlock> {
        self.inline_blocks
            .binary_search_by(|b| b.out_start.cmp(&out_start))
            .ok()
            .map(|i| &self.inline_blocks[i])
    }
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

/// Bounds that keep every input finite (each hit is a located error).
#[derive(Clone, Debug)]
pub struct Limits {
    /// Tokens produced by macro expansion in one run.
    pub max_work: u64,
    /// Tokens one `#define` body may expand to before it is printed raw.
    pub max_define_work: u64,
    /// Pending expansions nested inside each other.
    pub max_expansion_depth: usize,
    /// Macro calls nested inside macro arguments.
    pub max_arg_depth: usize,
    /// Macros expanding inside one another (the size of a token's hide
    /// set): bounds the cost of each expansion.
    pub max_nested_macros: usize,
    pub max_include_depth: usize,
    pub max_cond_depth: usize,
    pub max_file_size: usize,
    pub max_output: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_work: 2_000_000,
            max_define_work: 2_000,
            max_expansion_depth: 10_000,
            max_arg_depth: 64,
            max_nested_macros: 256,
            max_include_depth: 64,
            max_cond_depth: 4096,
            max_file_size: 64 << 20,
            max_output: 512 << 20,
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
    preprocess_with_limits(sm, main, opts, diags, Limits::default())
}

/// [`preprocess`] with explicit bounds.
pub fn preprocess_with_limits(
    sm: &mut SourceMap,
    main: FileId,
    opts: &PreprocessOptions,
    diags: &mut Diagnostics,
    limits: Limits,
) -> Preprocessed {
    let mut pp = engine::Pp {
        sm,
        opts,
        diags,
        limits,
        macros: Default::default(),
        out: Default::default(),
        conds: Vec::new(),
        included: Default::default(),
        files: Vec::new(),
        work: 0,
        aborted: false,
        error_as_warning: false,
        inline_pending: Vec::new(),
        included_ids: Default::default(),
        imports: Vec::new(),
        record_inline: true,
    };
    predefined::define_all(&mut pp, main);
    let mut stack = Vec::new();
    if pp.sm.get(main).text.len() > pp.limits.max_file_size {
        let msg = format!(
            "input file is too large (more than {} bytes)",
            pp.limits.max_file_size
        );
        pp.diags.error(Span::new(main, 0, 0), msg);
    } else {
        let key = pp
            .sm
            .get(main)
            .path
            .as_ref()
            .map(|p| {
                std::fs::canonicalize(p)
                    .unwrap_or_else(|_| p.clone())
                    .display()
                    .to_string()
            })
            .unwrap_or_else(|| format!("<main>/{}", pp.sm.get(main).name));
        pp.included_ids.insert(key.clone(), main);
        pp.included.insert(key);
        pp.push_file(&mut stack, main, pp.sm.get(main).imported);
        for name in opts.preludes.iter().rev() {
            let at = Span::new(main, 0, 0);
            pp.include_file(&mut stack, at, name, false);
        }
    }
    // Files are listed in the order they were read.
    pp.run(&mut stack);
    let inline_blocks = pp.preprocess_inline_blocks();
    let imports = std::mem::take(&mut pp.imports);
    let mut files = std::mem::take(&mut pp.files);
    if let Some(p) = files.iter().position(|f| *f == main) {
        let m = files.remove(p);
        files.insert(0, m);
    }
    Preprocessed {
        text: pp.out.text,
        origins: pp.out.origins,
        inline_blocks,
        imports,
        files,
    }
}
