//! What millions of figures share: region codes, indicator keys, provenances.

use super::Provenance;
use std::{
    borrow::Borrow,
    collections::{HashMap, HashSet},
    fmt,
    hash::{DefaultHasher, Hash, Hasher},
    ops::Deref,
    sync::Arc,
};

/// An immutable string behind one thin pointer: cloning copies the pointer, and a dataset holds
/// each distinct code or key once ([`Interner`]), not once per figure. Compares, orders and
/// hashes as the text it holds.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SharedStr(Arc<String>);

impl SharedStr {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SharedStr {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> Self {
        Self(Arc::new(text))
    }
}

impl From<&str> for SharedStr {
    fn from(text: &str) -> Self {
        Self(Arc::new(text.to_owned()))
    }
}

impl From<&String> for SharedStr {
    fn from(text: &String) -> Self {
        text.as_str().into()
    }
}

impl From<&SharedStr> for String {
    fn from(text: &SharedStr) -> Self {
        text.as_str().to_owned()
    }
}

impl From<SharedStr> for String {
    fn from(text: SharedStr) -> Self {
        Arc::unwrap_or_clone(text.0)
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

/// Hands out one [`SharedStr`] per distinct text and one [`Provenance`] per distinct
/// provenance, for reading millions of rows.
#[derive(Debug, Default)]
pub struct Interner {
    strings: HashSet<SharedStr>,
    /// By a hash of the four fields, so a look-up needs no allocation.
    provenances: HashMap<u64, Vec<Arc<Provenance>>>,
    /// Rows come in runs (one file's note, one generator): most look-ups end here.
    last_provenance: Option<Arc<Provenance>>,
}

impl Interner {
    pub fn string(&mut self, text: &str) -> SharedStr {
        if let Some(shared) = self.strings.get(text) {
            return shared.clone();
        }
        let shared = SharedStr::from(text);
        self.strings.insert(shared.clone());
        shared
    }

    pub fn provenance(&mut self, figure: &str, source: &str, quote: &str, note: &str) -> Arc<Provenance> {
        let is = |p: &Provenance| p.figure == figure && p.source == source && p.quote == quote && p.note == note;
        if let Some(last) = self.last_provenance.as_ref().filter(|p| is(p)) {
            return last.clone();
        }
        let mut hasher = DefaultHasher::new();
        (figure, source, quote, note).hash(&mut hasher);
        let same = self.provenances.entry(hasher.finish()).or_default();
        let found = match same.iter().find(|p| is(p)) {
            Some(found) => found.clone(),
            None => {
                let new = Arc::new(Provenance {
                    figure: figure.to_owned(),
                    source: source.to_owned(),
                    quote: quote.to_owned(),
                    note: note.to_owned(),
                });
                same.push(new.clone());
                new
            }
        };
        self.last_provenance = Some(found.clone());
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_allocation_per_distinct_value() {
        let mut interner = Interner::default();
        let (a, b, c) = (interner.string("410300"), interner.string("410300"), interner.string("410600"));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!(a, "410300");
        assert!(a < c);
        assert_eq!(size_of::<SharedStr>(), size_of::<usize>());
        let p = interner.provenance("", "synthetic", "", "generated");
        assert!(Arc::ptr_eq(&p, &interner.provenance("", "synthetic", "", "generated")));
        assert!(!Arc::ptr_eq(&p, &interner.provenance("", "synthetic", "generated", "")));
        assert!(Arc::ptr_eq(&p, &interner.provenance("", "synthetic", "", "generated")));
    }
}
