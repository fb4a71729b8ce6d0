//! Build step: embeds the `.i`/`.swg` library files of `backends/*/lib/`
//! into the binary, as a table `(language folder, file name, contents)`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // The folder cargo runs this for (read at run time: a build script
    // compiled in another checkout must still embed this one's files).
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let root = Path::new(&manifest).join("backends");
    println!("cargo:rerun-if-changed=backends");
    let mut entries = Vec::new();
    if let Ok(langs) = std::fs::read_dir(&root) {
        for lang in langs.flatten() {
            let lib = lang.path().join("lib");
            let Ok(files) = std::fs::read_dir(&lib) else {
                continue;
            };
            println!("cargo:rerun-if-changed={}", lib.display());
            for f in files.flatten() {
                let p = f.path();
                if p.is_file() {
                    println!("cargo:rerun-if-changed={}", p.display());
                    entries.push((
                        lang.file_name().to_string_lossy().into_owned(),
                        f.file_name().to_string_lossy().into_owned(),
                        p,
                    ));
                }
            }
        }
    }
    entries.sort();
    let mut out = String::from("pub static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in &entries {
        let _ = writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("library.rs");
    std::fs::write(dest, out).unwrap();
}
