//! Stage 4, sema: the type environment. Typedefs (for typedef reduction in
//! typemap matching), known struct/union/enum tags, and the registry of
//! type descriptors the module uses (`SWIGTYPE_p_int`, shown as `int *`).

use crate::ast::{TagKind, Type, TypeKind};
use crate::ir::TypeDesc;
use crate::typemap::ctype::{base_type, mangle, replace_base, strip_all_quals, type_str};
use crate::typemap::subst::SubstEnv;
use crate::typemap::TypeReducer;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Default)]
pub struct TypeEnv {
    /// `typedef T name;` by name (added through `add_typedef`).
    typedefs: FxHashMap<String, Type>,
    /// Changes with every typedef added (see `TypeReducer::generation`):
    /// drawn from a process-wide counter, so two environments never share
    /// a non-zero value, and zero means no typedefs.
    typedef_generation: u64,
    /// Descriptors in order of first use.
    descriptors: Vec<TypeDesc>,
    /// Index in `descriptors` by mangled name.
    descriptor_index: FxHashMap<String, usize>,
    /// Index in `descriptors` by the type as registered, valid for the
    /// typedef generation `registered_generation` (the canonical form of
    /// a type depends on the typedefs).
    registered: FxHashMap<Type, usize>,
    registered_generation: u64,
    /// `pointer_names` results by pointee, with the typedef generation
    /// they were computed under.
    pointer_names: RefCell<(u64, PointerNames)>,
    /// Proxy class names by the mangled name of the pointer type.
    pub classes: HashMap<String, String>,
    /// Struct/union names wrapped as classes: C type name -> class name.
    pub class_of_tag: HashMap<String, String>,
    /// Names of anonymous structs/unions given by a typedef
    /// (`typedef struct { ... } Vector;`).
    pub named_structs: HashSet<String>,
    /// Typedef names of anonymous enums (`typedef enum { ... } Color;`).
    pub anonymous_enums: HashSet<String>,
    /// `%types(A = B)`: pointers to the types in the list are accepted
    /// where a pointer to the key type is expected (mangled names).
    pub casts: HashMap<String, Vec<String>>,
}

/// Mangled and display names of pointers, by pointee.
type PointerNames = FxHashMap<Type, (String, String)>;

/// The source of typedef generations.
static TYPEDEF_GENERATIONS: AtomicU64 = AtomicU64::new(1);

impl TypeReducer for TypeEnv {
    fn generation(&self) -> Option<u64> {
        Some(self.typedef_generation)
    }

    fn reduce_once(&self, ty: &Type) -> Option<Type> {
        let base = base_type(ty);
        match &base.kind {
            TypeKind::Named(n) => {
                let def = self.typedefs.get(n)?;
                if matches!(&def.kind, TypeKind::Named(m) if m == n) {
                    return None;
                }
                let mut d = def.clone();
                d.quals.is_const |= base.quals.is_const;
                d.quals.is_volatile |= base.quals.is_volatile;
                Some(replace_base(ty, &d, false))
            }
            TypeKind::Function(f) => {
                // Reduce typedefs inside a function type's return/params.
                let mut f2 = (**f).clone();
                if let Some(r) = self.reduce_once(&f.ret) {
                    f2.ret = r;
                } else if let Some((i, r)) = f
                    .params
                    .iter()
                    .enumerate()
                    .find_map(|(i, p)| self.reduce_once(&p.ty).map(|r| (i, r)))
                {
                    f2.params[i].ty = r;
                } else {
                    return None;
                }
                let mut nb = base.clone();
                nb.kind = TypeKind::Function(Box::new(f2));
                Some(replace_base(ty, &nb, true))
            }
            _ => None,
        }
    }
}

impl SubstEnv for TypeEnv {
    fn descriptor(&mut self, ty: &Type) -> String {
        self.register(ty).descriptor.clone()
    }
}

impl TypeEnv {
    /// `typedef T name;`
    pub fn add_typedef(&mut self, name: &str, ty: Type) {
        self.typedefs.insert(name.to_string(), ty);
        self.typedef_generation = TYPEDEF_GENERATIONS.fetch_add(1, Ordering::Relaxed);
    }

    /// The canonical form used for descriptors: typedefs resolved,
    /// qualifiers removed.
    pub fn canonical(&self, ty: &Type) -> Type {
        strip_all_quals(&self.resolve(ty))
    }

    /// Registers the descriptor of `ty` (if new) and returns it.
    /// An array type is described as a pointer to its elements, which is
    /// what the wrapped code passes around.
    pub fn register(&mut self, ty: &Type) -> &TypeDesc {
        if self.registered_generation != self.typedef_generation {
            self.registered.clear();
            self.registered_generation = self.typedef_generation;
        }
        // The same type again (the usual case) changes nothing: its
        // spelling is already the display name or among the aliases.
        if let Some(&i) = self.registered.get(ty) {
            return &self.descriptors[i];
        }
        let as_pointer = |t: Type| match &t.kind {
            TypeKind::Array(elem, _) => Type::new(TypeKind::Pointer(elem.clone())),
            _ => t,
        };
        let c = as_pointer(self.canonical(ty));
        let written = display_name(&as_pointer(strip_all_quals(ty)));
        let mangled = mangle(&c);
        let i = match self.descriptor_index.get(&mangled) {
            Some(&i) => {
                let d = &mut self.descriptors[i];
                if written != d.display && !d.aliases.contains(&written) {
                    d.aliases.push(written);
                }
                i
            }
            None => {
                let display = display_name(&c);
                let d = TypeDesc {
                    descriptor: format!("SWIGTYPE{mangled}"),
                    aliases: if written != display {
                        vec![written]
                    } else {
                        Vec::new()
                    },
                    display,
                    class: self.classes.get(&mangled).cloned(),
                    casts: Vec::new(),
                    mangled: mangled.clone(),
                };
                self.descriptors.push(d);
                let i = self.descriptors.len() - 1;
                self.descriptor_index.insert(mangled, i);
                i
            }
        };
        self.registered.insert(ty.clone(), i);
        &self.descriptors[i]
    }

    /// Marks the registered descriptor `mangled` (if any) as wrapped by
    /// the proxy class `class`.
    pub fn set_class(&mut self, mangled: &str, class: &str) {
        if let Some(&i) = self.descriptor_index.get(mangled) {
            self.descriptors[i].class = Some(class.to_string());
        }
    }

    /// The mangled and display names of a pointer to `pointee`, in
    /// canonical form (memoised).
    pub fn pointer_names(&self, pointee: &Type) -> (String, String) {
        let mut memo = self.pointer_names.borrow_mut();
        if memo.0 != self.typedef_generation {
            memo.1.clear();
            memo.0 = self.typedef_generation;
        }
        if let Some(names) = memo.1.get(pointee) {
            return names.clone();
        }
        let ptr = Type::new(TypeKind::Pointer(Box::new(pointee.clone())));
        let c = self.canonical(&ptr);
        let names = (mangle(&c), display_name(&c));
        memo.1.insert(pointee.clone(), names.clone());
        names
    }

    /// Records that a pointer to `from` may be passed as a pointer to `to`.
    pub fn add_cast(&mut self, from: &Type, to: &Type) {
        let f = mangle(&self.canonical(&Type::new(TypeKind::Pointer(Box::new(from.clone())))));
        let t = mangle(&self.canonical(&Type::new(TypeKind::Pointer(Box::new(to.clone())))));
        if f != t {
            let list = self.casts.entry(t).or_default();
            if !list.contains(&f) {
                list.push(f);
            }
        }
    }

    /// The descriptors, with the casts filled in (only towards types that
    /// are themselves in the table).
    pub fn finish_descriptors(&mut self) -> Vec<TypeDesc> {
        let names: HashSet<String> = self.descriptors.iter().map(|d| d.mangled.clone()).collect();
        let mut out = std::mem::take(&mut self.descriptors);
        self.descriptor_index.clear();
        self.registered.clear();
        for d in &mut out {
            if let Some(c) = self.casts.get(&d.mangled) {
                d.casts = c.iter().filter(|m| names.contains(*m)).cloned().collect();
            }
        }
        out
    }

    /// The type of a local variable holding a `ty` (see `subst::local_type`).
    pub fn local_type(&self, ty: &Type) -> Type {
        crate::typemap::subst::local_type(ty, self)
    }

    /// Is `ty` (after typedefs) a pointer or array of something?
    pub fn is_pointerish(&self, ty: &Type) -> bool {
        matches!(
            self.resolved(ty).kind,
            TypeKind::Pointer(_) | TypeKind::Array(..)
        )
    }

    /// Is `ty` (after typedefs) `void`?
    pub fn is_void(&self, ty: &Type) -> bool {
        crate::typemap::ctype::is_void(&self.resolved(ty))
    }

    /// Can a value of `ty` be cast in C (a number, an enum or a pointer)?
    /// Structs, unions, arrays and unknown type names cannot.
    pub fn is_scalar(&self, ty: &Type) -> bool {
        match &self.resolved(ty).kind {
            TypeKind::Prim(_) | TypeKind::Pointer(_) => true,
            TypeKind::Tagged {
                kind: TagKind::Enum,
                ..
            } => true,
            TypeKind::Named(n) => self.anonymous_enums.contains(n),
            _ => false,
        }
    }

    /// Is `ty` (after typedefs) a struct or union by value?
    pub fn is_struct_value(&self, ty: &Type) -> bool {
        match &self.resolved(ty).kind {
            TypeKind::Tagged {
                kind: TagKind::Struct | TagKind::Union | TagKind::Class,
                ..
            } => true,
            TypeKind::Named(n) => self.named_structs.contains(n),
            _ => false,
        }
    }
}

/// The name users see for a type: `struct`/`union` keywords are not shown
/// (`Vector *`), as SWIG does for C.
pub fn display_name(ty: &Type) -> String {
    let base = base_type(ty);
    if let TypeKind::Tagged {
        kind: TagKind::Struct | TagKind::Union | TagKind::Class,
        name: Some(n),
    } = &base.kind
    {
        let mut b = base.clone();
        b.kind = TypeKind::Named(n.clone());
        return type_str(&replace_base(ty, &b, true));
    }
    type_str(ty)
}
