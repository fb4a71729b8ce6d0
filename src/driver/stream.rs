//! The driver, writing outputs: a backend that can writes its C wrapper
//! straight into the temp file that becomes the output (renamed only when
//! the whole run succeeded, see `write_outputs_after`), so the wrapper's
//! text is never held whole in memory.

use crate::backends::{Backend, OutputFile, OutputPaths};
use crate::diag::Diagnostics;
use crate::ir::Module;
use crate::options::Options;
use std::io::{self, Read as _, Seek as _, SeekFrom, Write};
use tempfile::NamedTempFile;

/// What a streamed emission gave: the wrapper's temp file (or the error
/// writing it) and the backend's other files.
pub(super) struct Streamed {
    pub wrapper: io::Result<NamedTempFile>,
    pub files: Vec<OutputFile>,
}

/// Emits with the wrapper written into a temp file beside it; `None` when
/// that file cannot be made (the caller then emits into memory, and the
/// usual write reports the error).
pub(super) fn emit_wrapper(
    backend: &dyn Backend,
    module: &Module,
    opts: &Options,
    paths: &OutputPaths,
    diags: &mut Diagnostics,
) -> Option<Streamed> {
    let temp = super::temp_builder()
        .tempfile_in(super::folder_of(&paths.wrapper))
        .ok()?;
    let mut watched = Watched {
        file: temp,
        raw: false,
    };
    let (wrapper, files) = match backend.emit_wrapper_to(module, opts, paths, diags, &mut watched) {
        Ok(files) => (finish(watched, paths), files),
        Err(e) => (Err(e), Vec::new()),
    };
    Some(Streamed { wrapper, files })
}

/// The temp file, with the text's raw-byte stand-ins (if it has any)
/// encoded as `write_outputs` encodes them.
fn finish(watched: Watched, paths: &OutputPaths) -> io::Result<NamedTempFile> {
    let mut file = watched.file;
    if watched.raw {
        let mut text = String::new();
        file.seek(SeekFrom::Start(0))?;
        file.read_to_string(&mut text)?;
        if let std::borrow::Cow::Owned(bytes) = super::encoded(&paths.wrapper, &text) {
            file.as_file().set_len(0)?;
            file.seek(SeekFrom::Start(0))?;
            file.write_all(&bytes)?;
        }
    }
    file.flush()?;
    Ok(file)
}

/// A temp file that notes whether any text written to it may hold a
/// raw-byte stand-in (see `raw_text`): each starts with the byte 0xF4.
struct Watched {
    file: NamedTempFile,
    raw: bool,
}

impl Write for Watched {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.raw = self.raw || buf[..n].contains(&0xF4);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}
