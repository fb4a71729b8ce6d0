//! Stage 4, sema: `%feature` and the directives built on it
//! (`%immutable`, `%newobject`, `%exception`, `%callback`, ...). A feature
//! naming a declaration beats a global one; among equals the latest wins.

#[derive(Clone, Debug)]
pub struct FeatureEntry {
    pub name: String,
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

#[derive(Clone, Debug, Default)]
pub struct Features {
    list: Vec<FeatureEntry>,
}

impl Features {
    pub fn add(&mut self, name: &str, target: Option<String>, value: String) {
        self.list.push(FeatureEntry {
            name: name.to_string(),
            target: target.filter(|t| !t.is_empty()),
            value,
        });
    }

    pub fn add_global(&mut self, name: &str, value: &str) {
        self.add(name, None, value.to_string());
    }

    /// The feature in force for a declaration known by `names` (most
    /// specific first).
    pub fn get(&self, name: &str, names: &[&str]) -> Option<&FeatureEntry> {
        for key in names {
            if let Some(f) = self
                .list
                .iter()
                .rev()
                .find(|f| f.name == name && f.target.as_deref() == Some(*key))
            {
                return Some(f);
            }
        }
        self.list
            .iter()
            .rev()
            .find(|f| f.name == name && f.target.is_none())
    }

    /// The feature's value if it is on.
    pub fn value(&self, name: &str, names: &[&str]) -> Option<&str> {
        self.get(name, names)
            .filter(|f| f.is_on())
            .map(|f| f.value.as_str())
    }

    /// The distinct feature names starting with `prefix`, in order.
    pub fn names_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for f in &self.list {
            if f.name.starts_with(prefix) && !out.contains(&f.name) {
                out.push(f.name.clone());
            }
        }
        out
    }

    pub fn is_on(&self, name: &str, names: &[&str]) -> bool {
        self.value(name, names).is_some()
    }

    /// Every feature in force for a declaration known by `names` that is
    /// on, as (name, value), each name once.
    pub fn in_force(&self, names: &[&str]) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for f in &self.list {
            if out.iter().any(|(n, _)| *n == f.name) {
                continue;
            }
            if let Some(v) = self.value(&f.name, names) {
                out.push((f.name.clone(), v.to_string()));
            }
        }
        out
    }
}
