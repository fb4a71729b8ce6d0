//! Command line: the `-help` and `-version` texts.

use super::normalize::PASS_THROUGH;
use rswig::options::Lang;
use std::fmt::Write as _;

/// The SWIG version rswig follows. `-version` prints it in swig's format
/// so build tools that parse `SWIG Version X.Y.Z` (CMake's FindSWIG,
/// autoconf's ax_pkg_swig) accept rswig as a drop-in swig.
pub const SWIG_COMPAT_VERSION: &str = "4.1.0";

pub fn version_text() -> String {
    format!(
        "\nSWIG Version {SWIG_COMPAT_VERSION}\n\nrswig {} (a SWIG-compatible interface compiler written in Rust; \
         the line above is the SWIG version it follows)\n\n",
        env!("CARGO_PKG_VERSION")
    )
}

pub fn help_text() -> String {
    let mut s = String::from(
        "Usage: rswig <language> [options] file.i\n\
         \n\
         Target languages\n\
         \x20    -python         - Generate Python wrappers\n\
         \x20    -lua            - Generate Lua wrappers\n\
         \x20    -ruby           - Generate Ruby wrappers\n\
         \n\
         General options\n\
         \x20    @<file>         - Read more options from <file>\n\
         \x20    -c++            - Enable C++ processing (not supported yet)\n\
         \x20    -D<symbol>[=<value>] - Define a preprocessor symbol (also -D <symbol>)\n\
         \x20    -dump-ast <file> - Write the parse tree as JSON into <file> (for tools)\n\
         \x20    -E              - Preprocess only, does not generate wrapper code\n\
         \x20    -external-runtime [<file>] - Write the runtime header for C code outside the\n\
         \x20                      modules into <file> (default swigpyrun.h, swigluarun.h, swigrubyrun.h)\n\
         \x20    -features <list> - Set global features: a comma separated list of name[=value]\n\
         \x20                      (value defaults to 1); SWIG_FEATURES in the environment is\n\
         \x20                      read as extra options before the command line\n\
         \x20    -help           - Display this help\n\
         \x20    -I<dir>         - Look for SWIG files in directory <dir> (also -I <dir>)\n\
         \x20    -importall      - Follow all #include statements as imports\n\
         \x20    -includeall     - Follow all #include statements\n\
         \x20    -M              - List all dependencies (make rule) and stop\n\
         \x20    -MD             - Like -M -MF <wrapper>.d, but go on generating wrappers\n\
         \x20    -MF <file>      - Write the dependencies into <file> (and go on, unless -M/-MM)\n\
         \x20    -MM             - List dependencies, but omit library files, and stop\n\
         \x20    -MMD            - Like -MD, but omit library files\n\
         \x20    -MP             - Add a phony target for each dependency\n\
         \x20    -MT <target>    - Set the target of the dependency rule\n\
         \x20    -module <name>  - Set module name to <name>\n\
         \x20    -o <outfile>    - Set name of C output file to <outfile>\n\
         \x20    -outcurrentdir  - Set default output dir to current dir instead of input file's path\n\
         \x20    -outdir <dir>   - Set language specific files output directory to <dir>\n\
         \x20    -std=<name>     - Set the language standard (e.g. -std=c23)\n\
         \x20    -swiglib        - Report the location of the library folder (SWIG_LIB overrides it)\n\
         \x20    -U<symbol>      - Undefine a preprocessor symbol\n\
         \x20    -version        - Display the SWIG version rswig follows, and rswig's own\n\
         \x20    -Wall           - Remove all warning suppression, also implies -Wextra\n\
         \x20    -Werror         - Treat warnings as errors\n\
         \x20    -Wextra         - Add swig's extra warnings\n\
         \x20    -w<list>        - Suppress/add warning messages, eg -w401,+321\n\
         \n\
         Accepted for compatibility with swig, passed to the backend (Options::lang_flags)\n",
    );
    let groups: [(&str, &[Lang]); 4] = [
        ("general", &[]),
        ("-python", &[Lang::Python]),
        ("-lua", &[Lang::Lua]),
        ("-ruby", &[Lang::Ruby]),
    ];
    for (title, langs) in groups {
        let _ = writeln!(s, "  {title}:");
        let mut line = String::from("    ");
        for p in PASS_THROUGH.iter().filter(|p| p.langs == langs) {
            let word = if p.takes_value {
                format!(" -{} <value>", p.name)
            } else {
                format!(" -{}", p.name)
            };
            if line.len() + word.len() > 78 {
                s.push_str(&line);
                s.push('\n');
                line = String::from("    ");
            }
            line.push_str(&word);
        }
        s.push_str(&line);
        s.push('\n');
    }
    s
}
