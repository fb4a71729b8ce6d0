//! Stage 3, the AST: what the user wrote, after preprocessing, as parsed by
//! the pest grammar. Every node carries a [`Span`] into the user's file.
//! No typemap, naming or typedef decisions are made here (that is `sema`).
//!
//! The AST is built for all of C from the start and leaves room for C++
//! (qualified names, references, templates, access, classes) as additions.

use crate::source::Span;

/// A whole interface after preprocessing: the top-level items in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Interface {
    pub items: Vec<Item>,
}

/// A name as written, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// `%module(options) name`
    Module { name: Ident, options: Vec<Attr> },
    /// Verbatim target code: `%{ ... %}` (section "header"), `%header`,
    /// `%begin`, `%runtime`, `%wrapper`, `%init`, `%insert("section")`,
    /// and language code such as `%pythoncode` (section "python").
    Code { section: String, code: Code },
    /// `%inline %{ ... %}`: the code goes to the header section *and* is
    /// parsed as declarations to wrap (`items`).
    Inline { code: Code, items: Vec<Item> },
    /// A C declaration (functions, variables, typedefs, struct/union/enum
    /// definitions, forward declarations).
    Decl(Declaration),
    /// `#define NAME value` kept by the preprocessor so that simple values
    /// can be wrapped as constants. `value` is `None` when the body is not
    /// a constant expression (such macros are not wrapped).
    Define {
        name: Ident,
        value: Option<Expr>,
        text: String,
    },
    /// `%constant type name = value;` or `%constant name = value;`
    Constant {
        name: Ident,
        ty: Option<Type>,
        value: Expr,
    },
    /// `%typemap(method, attrs) patterns <body>`
    Typemap(Typemap),
    /// `%apply source { targets }`
    Apply {
        source: TypemapPattern,
        targets: Vec<TypemapPattern>,
    },
    /// `%clear patterns;`
    Clear { patterns: Vec<TypemapPattern> },
    /// `%extend name { items }` (at top level) or `%extend { items }`
    /// (inside a struct body).
    Extend {
        name: Option<Ident>,
        items: Vec<Item>,
    },
    /// `%fragment("name", "section", fragment="dep") %{ code %}` defines a
    /// fragment; `%fragment("name");` requests it (`code` is `None`).
    Fragment {
        name: String,
        args: Vec<Attr>,
        code: Option<Code>,
    },
    /// Name-and-feature directives, all of the shape
    /// `%directive(args) target body;`. `%rename`, `%ignore`, `%feature`,
    /// `%immutable`, `%mutable`, `%newobject`, `%delobject`, `%exception`,
    /// `%callback`, `%nodefaultctor`, `%warnfilter`, `%pragma`, `%echo`,
    /// `%types`, `%contract`, `%varargs`, `%kwargs`, `%pythonprepend`, ...
    /// The lowering keeps the directive's name as written; `sema` gives the
    /// meaning.
    Directive(Directive),
}

/// Verbatim code with its place. `text` is the code between the delimiters.
#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    pub text: String,
    pub span: Span,
    pub delim: CodeDelim,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeDelim {
    /// `%{ ... %}`: no further substitution by the preprocessor.
    Percent,
    /// `{ ... }`: braces kept as part of the code (SWIG keeps them).
    Brace,
    /// `"..."`: a string (the text is the unescaped content).
    Quoted,
}

/// An argument of a directive: `name`, `name=value`, `"string"`,
/// or a SWIG attribute flag such as `%$isfunction` / `%$not %$isenum`.
#[derive(Clone, Debug, PartialEq)]
pub struct Attr {
    pub name: Option<String>,
    pub value: Option<AttrValue>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AttrValue {
    /// A bare word or number: `1`, `foo`.
    Word(String),
    /// A quoted string, unescaped.
    Str(String),
    /// A type, as in `%types(int *, Foo *)` or `$descriptor`-like use.
    Type(Type),
}

/// `%directive(args) target body;`
#[derive(Clone, Debug, PartialEq)]
pub struct Directive {
    /// Name without the `%`: "rename", "feature", "immutable", ...
    pub name: Ident,
    pub args: Vec<Attr>,
    /// What the directive applies to; `None` for global forms such as
    /// `%immutable;` or `%feature("autodoc","1");`.
    pub target: Option<Target>,
    /// Code or string after the target: `%exception foo %{ ... %}`,
    /// `%feature("docstring") foo "text";`
    pub body: Option<Code>,
}

/// The declaration a directive names: `foo`, `Vector::x`, `foo(int, char *)`,
/// or a quoted `"name"` (regex targets).
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// Scope-qualified name segments (`Vector::x` gives two).
    pub name: Vec<Ident>,
    /// Parameter list, when the target names a function signature.
    pub params: Option<Vec<Param>>,
    /// Written as a quoted string.
    pub quoted: bool,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Typemaps

/// `%typemap(method, attrs) pattern[, pattern...] <body>`
#[derive(Clone, Debug, PartialEq)]
pub struct Typemap {
    pub method: Ident,
    /// `noblock=1`, `numinputs=0`, `fragment="f"`, `precedence=10`, ...
    pub attrs: Vec<Attr>,
    /// Each pattern is one typemap (a multi-argument pattern is one pattern
    /// with several parameters).
    pub patterns: Vec<TypemapPattern>,
    pub body: TypemapBody,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypemapBody {
    /// `{ code }`, `%{ code %}`, `"code"`
    Code(Code),
    /// `%typemap(in) A = B;`: copy B's typemap to A.
    Copy(TypemapPattern),
    /// `%typemap(in) A;`: delete.
    Delete,
}

/// `(int *INPUT, int len)` or `int *OUTPUT` plus optional local variables:
/// `int *x (int temp, char buf[10])`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypemapPattern {
    pub params: Vec<TypemapParam>,
    pub locals: Vec<Param>,
    pub span: Span,
}

/// One parameter of a typemap pattern: a type and an optional name
/// (`int *OUTPUT`, `char *`, `int ARRAY[ANY]`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypemapParam {
    pub ty: Type,
    pub name: Option<Ident>,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// C declarations

/// One C declaration: specifiers and a list of declarators, as in C.
/// `static const int a = 1, *b;` has two declarators.
#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    pub storage: Storage,
    /// `inline`, `_Noreturn`, `__attribute__`-free function specifiers.
    pub is_inline: bool,
    /// The base type all declarators share (qualifiers included).
    pub base: Type,
    /// A struct/union/enum body given in the specifiers, as in
    /// `typedef struct Foo { ... } Foo;` or `struct { int x; } v;`.
    /// `base` then refers to it (`TypeKind::Tagged`, `name` may be None).
    pub definition: Option<TagDef>,
    /// Empty for a bare `struct Foo;` or `struct Foo { ... };`.
    pub declarators: Vec<Declarator>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Storage {
    #[default]
    None,
    Extern,
    /// `extern "C"`
    ExternC,
    Static,
    Typedef,
    Register,
    Auto,
}

/// A declared name with its full type (base type plus the declarator's
/// pointers, arrays and function parameters).
#[derive(Clone, Debug, PartialEq)]
pub struct Declarator {
    /// `None` for abstract declarators (unnamed parameters).
    pub name: Option<Ident>,
    pub ty: Type,
    /// `= value` (a variable's initializer).
    pub init: Option<Expr>,
    /// `: width` (bit-field).
    pub bitfield: Option<Expr>,
    pub span: Span,
}

/// struct, union or enum body.
#[derive(Clone, Debug, PartialEq)]
pub enum TagDef {
    Struct(StructDef),
    Enum(EnumDef),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TagKind {
    Struct,
    Union,
    Enum,
    /// C++ later.
    Class,
}

impl TagKind {
    pub fn keyword(self) -> &'static str {
        match self {
            TagKind::Struct => "struct",
            TagKind::Union => "union",
            TagKind::Enum => "enum",
            TagKind::Class => "class",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct StructDef {
    pub kind: TagKind,
    pub name: Option<Ident>,
    /// Members: declarations, nested definitions, and directives allowed
    /// inside a body (`%extend`, `%immutable`, `%rename`, ...).
    pub members: Vec<Item>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumDef {
    pub name: Option<Ident>,
    pub enumerators: Vec<Enumerator>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Enumerator {
    pub name: Ident,
    pub value: Option<Expr>,
    pub span: Span,
}

/// A function parameter (also used for typemap locals).
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Type,
    /// `= value`: SWIG's default argument.
    pub default: Option<Expr>,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Types

/// A C type: a kind plus the qualifiers applied at this level.
/// `const char *const p` is `Pointer(const char)` with `is_const`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Type {
    pub kind: TypeKind,
    pub quals: Quals,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Quals {
    pub is_const: bool,
    pub is_volatile: bool,
    pub is_restrict: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// A built-in type, canonically named.
    Prim(Prim),
    /// A typedef or other name (`size_t`, `Vector`, `FILE`); C++ later puts
    /// scope segments here (`std::string` as "std::string").
    Named(String),
    /// `struct Foo`, `union U`, `enum E`. `name` is `None` only for the
    /// anonymous definition in the same declaration.
    Tagged {
        kind: TagKind,
        name: Option<String>,
    },
    Pointer(Box<Type>),
    /// `T[n]`; `None` for `T[]`. The size keeps its text for emission.
    Array(Box<Type>, Option<Box<Expr>>),
    Function(Box<FunctionType>),
    /// `...` as a parameter (only inside a parameter list).
    Varargs,
    /// C++ later: `T&`.
    Reference(Box<Type>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FunctionType {
    pub ret: Type,
    pub params: Vec<Param>,
    /// Ends with `...`.
    pub variadic: bool,
}

impl Eq for Param {}
impl std::hash::Hash for Param {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.ty.hash(state)
    }
}

/// Built-in C types, with `signed`/`unsigned`/`short`/`long` combined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Prim {
    Void,
    Bool,
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
    LongDouble,
    WChar,
    FloatComplex,
    DoubleComplex,
    LongDoubleComplex,
}

impl Prim {
    /// The canonical C spelling, as typemaps match it.
    pub fn c_name(self) -> &'static str {
        match self {
            Prim::Void => "void",
            Prim::Bool => "bool",
            Prim::Char => "char",
            Prim::SChar => "signed char",
            Prim::UChar => "unsigned char",
            Prim::Short => "short",
            Prim::UShort => "unsigned short",
            Prim::Int => "int",
            Prim::UInt => "unsigned int",
            Prim::Long => "long",
            Prim::ULong => "unsigned long",
            Prim::LongLong => "long long",
            Prim::ULongLong => "unsigned long long",
            Prim::Float => "float",
            Prim::Double => "double",
            Prim::LongDouble => "long double",
            Prim::WChar => "wchar_t",
            Prim::FloatComplex => "float _Complex",
            Prim::DoubleComplex => "double _Complex",
            Prim::LongDoubleComplex => "long double _Complex",
        }
    }
}

impl Type {
    pub fn new(kind: TypeKind) -> Type {
        Type {
            kind,
            quals: Quals::default(),
        }
    }

    pub fn prim(p: Prim) -> Type {
        Type::new(TypeKind::Prim(p))
    }

    pub fn pointer_to(self) -> Type {
        Type::new(TypeKind::Pointer(Box::new(self)))
    }

    pub fn with_const(mut self) -> Type {
        self.quals.is_const = true;
        self
    }
}

// ---------------------------------------------------------------------------
// Expressions

/// A constant expression: `#define` values, enum values, array sizes,
/// default arguments, `%constant` values. `text` is the expression as the
/// user wrote it (after macro expansion), for emission into C code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Expr {
    pub kind: ExprKind,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExprKind {
    /// Integer literal as written (`0x1F`, `10UL`, `'\n'` is `Char`).
    Int(String),
    Float(String),
    /// Character literal, content unescaped as written between quotes
    /// (`L` prefix dropped; see `wide`).
    Char {
        value: String,
        wide: bool,
    },
    /// String literal(s), adjacent ones joined; content as written.
    Str {
        value: String,
        wide: bool,
    },
    Ident(String),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Ternary(Box<Expr>, Box<Expr>, Box<Expr>),
    Cast(Type, Box<Expr>),
    SizeofType(Type),
    SizeofExpr(Box<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    /// `a.b` / `a->b` (rare in constants, kept for completeness).
    Member {
        base: Box<Expr>,
        member: String,
        arrow: bool,
    },
    Index(Box<Expr>, Box<Expr>),
    /// `{ 1, 2 }` initializer lists.
    InitList(Vec<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Plus,
    Not,
    BitNot,
    Deref,
    AddrOf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Mul,
    Div,
    Rem,
    Add,
    Sub,
    Shl,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    BitAnd,
    BitXor,
    BitOr,
    And,
    Or,
    Comma,
}
