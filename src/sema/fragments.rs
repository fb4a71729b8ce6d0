//! Stage 4, sema: `%fragment`s. Definitions are kept by name (the first
//! definition wins); a fragment requested by a typemap (`fragment="a,b"`)
//! or by `%fragment("name");` is emitted once, after its own dependencies.
//! Names no `%fragment` defines are left for the backend's runtime.

use crate::ir;
use std::collections::HashMap;

#[derive(Clone, Debug)]
struct FragmentDef {
    section: String,
    deps: Vec<String>,
    code: String,
}

#[derive(Clone, Debug, Default)]
pub struct FragmentTable {
    defs: HashMap<String, FragmentDef>,
    used: Vec<ir::Fragment>,
}

impl FragmentTable {
    pub fn define(&mut self, name: &str, section: &str, deps: Vec<String>, code: String) {
        self.defs.entry(name.to_string()).or_insert(FragmentDef {
            section: if section.is_empty() {
                "header".to_string()
            } else {
                section.to_string()
            },
            deps,
            code,
        });
    }

    /// Requests fragments by a comma-separated list of names.
    pub fn request_list(&mut self, names: &str) {
        for n in names.split(',') {
            let n = n.trim();
            if !n.is_empty() {
                self.request(n, 0);
            }
        }
    }

    fn request(&mut self, name: &str, depth: usize) {
        if depth > 64 || self.used.iter().any(|f| f.name == name) {
            return;
        }
        match self.defs.get(name).cloned() {
            Some(d) => {
                for dep in &d.deps {
                    self.request_list_depth(dep, depth + 1);
                }
                if self.used.iter().any(|f| f.name == name) {
                    return;
                }
                self.used.push(ir::Fragment {
                    name: name.to_string(),
                    section: d.section,
                    code: Some(d.code),
                });
            }
            None => self.used.push(ir::Fragment {
                name: name.to_string(),
                section: "header".to_string(),
                code: None,
            }),
        }
    }

    fn request_list_depth(&mut self, names: &str, depth: usize) {
        for n in names.split(',') {
            let n = n.trim();
            if !n.is_empty() {
                self.request(n, depth);
            }
        }
    }

    pub fn take_used(&mut self) -> Vec<ir::Fragment> {
        std::mem::take(&mut self.used)
    }
}
