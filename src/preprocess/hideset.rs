//! Stage 1, preprocess: hide sets ("blue paint", C's rule against
//! re-expanding a macro inside its own expansion). A hide set is kept
//! sorted, so membership costs O(log n) and union and intersection
//! O(n + m): nested expansions stay linear, not quadratic.

use super::lexer::HideSet;
use std::cmp::Ordering;
use std::rc::Rc;

/// Whether `name` is in the set.
pub fn contains(h: &HideSet, name: &str) -> bool {
    h.as_ref()
        .is_some_and(|v| v.binary_search_by(|n| (**n).cmp(name)).is_ok())
}

/// The number of names in the set.
pub fn len(h: &HideSet) -> usize {
    h.as_ref().map_or(0, |v| v.len())
}

/// The set with `name` added.
pub fn with(h: &HideSet, name: &Rc<str>) -> HideSet {
    let mut v = h.as_ref().map_or_else(Vec::new, |v| v.to_vec());
    match v.binary_search_by(|n| (**n).cmp(&**name)) {
        Ok(_) => return h.clone(),
        Err(i) => v.insert(i, name.clone()),
    }
    Some(Rc::new(v))
}

/// The names in `a` or `b`.
pub fn union(a: &HideSet, b: &HideSet) -> HideSet {
    match (a, b) {
        (None, x) | (x, None) => x.clone(),
        (Some(x), Some(y)) if Rc::ptr_eq(x, y) => a.clone(),
        (Some(x), Some(y)) => {
            let merged = merge(x, y, true);
            // Reuse a side that already holds everything.
            if merged.len() == x.len() {
                a.clone()
            } else if merged.len() == y.len() {
                b.clone()
            } else {
                Some(Rc::new(merged))
            }
        }
    }
}

/// The names in both `a` and `b`.
pub fn intersection(a: &HideSet, b: &HideSet) -> HideSet {
    match (a, b) {
        (Some(x), Some(y)) => {
            let v = merge(x, y, false);
            (!v.is_empty()).then(|| Rc::new(v))
        }
        _ => None,
    }
}

/// Walks two sorted lists together, keeping every name (`all`) or the
/// names common to both.
fn merge(x: &[Rc<str>], y: &[Rc<str>], all: bool) -> Vec<Rc<str>> {
    let mut out = Vec::with_capacity(if all { x.len() + y.len() } else { 0 });
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            Ordering::Less => {
                if all {
                    out.push(x[i].clone());
                }
                i += 1;
            }
            Ordering::Greater => {
                if all {
                    out.push(y[j].clone());
                }
                j += 1;
            }
            Ordering::Equal => {
                out.push(x[i].clone());
                i += 1;
                j += 1;
            }
        }
    }
    if all {
        out.extend(x[i..].iter().cloned());
        out.extend(y[j..].iter().cloned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> HideSet {
        names.iter().fold(None, |h, n| with(&h, &Rc::from(*n)))
    }

    fn names(h: &HideSet) -> Vec<String> {
        h.as_ref()
            .map_or_else(Vec::new, |v| v.iter().map(|n| n.to_string()).collect())
    }

    #[test]
    fn sets_stay_sorted_and_answer_membership() {
        let h = set(&["b", "a", "c", "a"]);
        assert_eq!(names(&h), ["a", "b", "c"]);
        assert!(contains(&h, "b") && !contains(&h, "d") && !contains(&None, "a"));
        assert_eq!(len(&h), 3);
    }

    #[test]
    fn union_and_intersection() {
        let a = set(&["a", "c", "e"]);
        let b = set(&["b", "c", "d"]);
        assert_eq!(names(&union(&a, &b)), ["a", "b", "c", "d", "e"]);
        assert_eq!(names(&intersection(&a, &b)), ["c"]);
        assert_eq!(names(&union(&a, &None)), ["a", "c", "e"]);
        assert!(intersection(&a, &set(&["x"])).is_none());
        assert!(intersection(&a, &None).is_none());
        let sub = set(&["c"]);
        let u = union(&a, &sub);
        assert!(matches!((&u, &a), (Some(x), Some(y)) if Rc::ptr_eq(x, y)));
    }
}
