//! Stage 4, sema: `%feature` and the directives built on it
//! (`%immutable`, `%newobject`, `%exception`, `%callback`, ...). A feature
//! naming a declaration beats a global one; among equals the latest wins.

use rustc_hash::FxHashMap;

#[derive(Clone, Debug)]
pub struct FeatureEntry {
    /// `None` for a global feature.
    pub target: Option<String>,
    pub value: String,
}

impl FeatureEntry {
    /// A feature set to `""` or `"0"` is off.
    pub fn is_on(&self) -> bool {
        !self.value.is_empty() && self.value != "0"
    }
}

/// The features in force so far, by name, each name's entries in order.
#[derive(Clone, Debug, Default)]
pub struct Features {
    by_name: FxHashMap<String, Vec<FeatureEntry>>,
    /// The distinct names, in order of first appearance.
    names: Vec<String>,
}

impl Features {
    pub fn add(&mut self, name: &str, target: Option<String>, value: String) {
        let entry = FeatureEntry {
            target: target.filter(|t| !t.is_empty()),
            value,
        };
        match self.by_name.get_mut(name) {
            Some(list) => list.push(entry),
            None => {
                self.names.push(name.to_string());
                self.by_name.insert(name.to_string(), vec![entry]);
            }
        }
    }

    pub fn add_global(&mut self, name: &str, value: &str) {
        self.add(name, None, value.to_string());
    }

    /// The feature in force for a declaration known by `names` (most
    /// specific first).
    pub fn get(&self, name: &str, names: &[&str]) -> Option<&FeatureEntry> {
        let list = self.by_name.get(name)?;
        for key in names {
            if let Some(f) = list
                .iter()
                .rev()
                .find(|f| f.target.as_deref() == Some(*key))
            {
                return Some(f);
            }
        }
        list.iter().rev().find(|f| f.target.is_none())
    }

    /// The feature's value if it is on.
    pub fn value(&self, name: &str, names: &[&str]) -> Option<&str> {
        self.get(name, names)
            .filter(|f| f.is_on())
            .map(|f| f.value.as_str())
    }

    /// The distinct feature names starting with `prefix`, in order.
    pub fn names_with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.names
            .iter()
            .filter(move |n| n.starts_with(prefix))
            .map(String::as_str)
    }

    pub fn is_on(&self, name: &str, names: &[&str]) -> bool {
        self.value(name, names).is_some()
    }

    /// Every feature in force for a declaration known by `names` that is
    /// on, as (name, value), each name once.
    pub fn in_force(&self, names: &[&str]) -> Vec<(String, String)> {
        self.names
            .iter()
            .filter_map(|n| Some((n.clone(), self.value(n, names)?.to_string())))
            .collect()
    }
}
