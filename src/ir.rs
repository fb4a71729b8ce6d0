//! Stage 5, IR: the resolved module, ready to print. Backends only print
//! this; they decide nothing a pass could decide. Every piece of target code
//! in here is final: typemaps are chosen and their special variables
//! (`$1`, `$input`, `$descriptor(T)`, ...) already substituted.

/// The whole module, as sema resolved it.
#[derive(Clone, Debug, Default)]
pub struct Module {
    /// The module name (`%module` or `-module`).
    pub name: String,
    /// `%module(...)` options, as written (`package`, `docstring`, ...).
    pub module_options: Vec<(String, String)>,
    /// Verbatim code in order of appearance, with its section name
    /// (`begin`, `runtime`, `header`, `wrapper`, `init`, `python`, ...).
    pub code: Vec<CodeBlock>,
    /// Fragments the module uses, dependencies first, each once.
    pub fragments: Vec<Fragment>,
    /// The type descriptors the module uses (pointer checks, `$descriptor`).
    pub types: Vec<TypeDesc>,
    /// The wrapped declarations, in order of appearance.
    pub decls: Vec<Decl>,
    /// Python type annotations were asked for (`-typehints`, or
    /// `%feature("python:annotations", "typing")` globally).
    pub typing: bool,
    /// A `.pyi` stub is written (`-pyi`, `-pyifile`): it has the types, so
    /// `<module>.py` gets no annotations.
    pub stub: bool,
}

#[derive(Clone, Debug)]
pub struct CodeBlock {
    pub section: String,
    pub text: String,
}

/// A code fragment requested by a typemap or `%fragment("name");`.
/// `code` is `None` when no `%fragment` defined it: the backend then
/// supplies it from its runtime (e.g. `SWIG_AsVal_int`).
#[derive(Clone, Debug)]
pub struct Fragment {
    pub name: String,
    pub section: String,
    pub code: Option<String>,
}

/// One type descriptor: the `SWIGTYPE_p_int`-like C name, the mangled name
/// (`_p_int`) and the name users see (`int *`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDesc {
    /// `SWIGTYPE_p_int`
    pub descriptor: String,
    /// `_p_int`
    pub mangled: String,
    /// `int *`
    pub display: String,
    /// Other spellings of the type in the interface (typedef names such as
    /// `binop_t *`), first seen first: SWIG's type string lists them before
    /// the resolved name (`binop_t *|int (*)(int,int)`).
    pub aliases: Vec<String>,
    /// The proxy class wrapping objects of this type (a pointer to a
    /// wrapped struct), if any.
    pub class: Option<String>,
    /// Mangled names of other types whose pointers are accepted where this
    /// one is expected (`%types(shortArray = short)`).
    pub casts: Vec<String>,
}

/// A wrapped declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    Function(Function),
    Variable(Variable),
    Constant(Constant),
    Class(Class),
    /// Target-language code at this point of the module (`%pythoncode`).
    TargetCode(CodeBlock),
}

/// A local variable of a wrapper: `int arg1`, `int val1 = 0`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Local {
    /// The full C declaration without the `;`: `char *buf1 = 0`.
    pub decl: String,
}

/// One C function wrapper (a global function, a struct member accessor, a
/// constructor or destructor).
#[derive(Clone, Debug, Default)]
pub struct Function {
    /// The C declaration this wrapper serves, for the comment above it.
    pub c_decl: String,
    /// The C name (`fact`), or the member accessor it stands for.
    pub c_name: String,
    /// The name in the target language (after `%rename`).
    pub sym_name: String,
    /// The C name of the wrapper function (`_wrap_fact`).
    pub wrap_name: String,
    /// Locals, in order: the `argN` variables, then typemap locals.
    pub locals: Vec<Local>,
    /// The script-side inputs, in order.
    pub inputs: Vec<Input>,
    /// Argument conversion code (in typemaps), in order.
    pub convert: Vec<String>,
    /// `check` typemaps.
    pub check: Vec<String>,
    /// The call, with `%exception` around it: `result = (int)fact(arg1);`.
    pub action: String,
    /// `out` typemap for the result (`None` when none is needed).
    pub out: Option<String>,
    /// `argout` typemaps.
    pub argout: Vec<String>,
    /// `freearg` typemaps (run on success and on failure).
    pub freearg: Vec<String>,
    /// `newfree` typemap (`%newobject`).
    pub newfree: Option<String>,
    /// `ret` typemap.
    pub ret: Option<String>,
    /// `%feature("docstring")`, if any.
    pub doc: Option<String>,
    /// The role of this function in a class, if any.
    pub member: Option<MemberKind>,
    /// Takes extra positional arguments (a `(...)` typemap reads them from
    /// the language's variable-arguments value, `varargs` in Python).
    pub varargs: bool,
    /// Per input: the `typecheck` code (sets `_v`) and its precedence, for
    /// overload dispatch.
    pub typechecks: Vec<Typecheck>,
    /// One of several overloads: reached only through its dispatcher.
    pub overloaded: bool,
    /// For a dispatcher: the overloads, in the order they are tried. A
    /// dispatcher has no code of its own.
    pub dispatch: Vec<DispatchCase>,
    /// Language features in force for it that the backend prints
    /// (`pythonprepend`, `pythonappend`), by name, then every other
    /// `%feature` in force that is on (for the ones a backend reads
    /// itself, e.g. Ruby's `alias`).
    pub features: Vec<(String, String)>,
    /// Python annotation of each input, in the order of `inputs`
    /// (`sema::pytypes`).
    pub py_inputs: Vec<PyType>,
    /// Python annotation of what a call returns: the return value and the
    /// `argout` values, combined as the runtime combines them.
    pub py_result: PyType,
}

/// A Python type, for type stubs and `-typehints` (see `sema::pytypes`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum PyType {
    /// Nothing known: `typing.Any`.
    #[default]
    Any,
    /// `None`.
    None,
    /// A type written as text: a builtin (`int`, `str`), or the body of a
    /// user's `pytyping` typemap.
    Name(String),
    /// A pointer to a C type, by its mangled name (`_p_Vector`) and the name
    /// users see (`Vector *`): the proxy class once sema knows it wraps one,
    /// else an opaque pointer type.
    Pointer {
        mangled: String,
        display: String,
    },
    /// A proxy class.
    Class(String),
    Optional(Box<PyType>),
    Union(Vec<PyType>),
    List(Box<PyType>),
}

#[derive(Clone, Debug, Default)]
pub struct Typecheck {
    pub code: Option<String>,
    pub precedence: i64,
    /// Fragments the code needs (requested when the check is used).
    pub fragments: Option<String>,
}

/// One overload as its dispatcher tries it.
#[derive(Clone, Debug)]
pub struct DispatchCase {
    pub wrap_name: String,
    pub c_decl: String,
    pub min: usize,
    pub max: usize,
    /// Typecheck code per input (`None`: any value is accepted).
    pub checks: Vec<Option<String>>,
    /// Precedences of the inputs (lower is tried first).
    pub rank: Vec<i64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberKind {
    Constructor,
    Destructor,
    Method,
    /// A static method: a function of the class, without `self`.
    Static,
    Getter,
    Setter,
}

/// One script-side input of a wrapper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// The parameter name for keyword calls and error messages.
    pub name: String,
    /// May be omitted (a default argument).
    pub optional: bool,
}

impl Function {
    pub fn min_inputs(&self) -> usize {
        self.inputs.iter().take_while(|i| !i.optional).count()
    }
}

/// A global variable, linked through the language's variable object
/// (`cvar` in Python).
#[derive(Clone, Debug)]
pub struct Variable {
    pub c_decl: String,
    pub c_name: String,
    pub sym_name: String,
    /// Locals and code of the getter (`varout`); the value goes to the
    /// backend's result name.
    pub get_locals: Vec<Local>,
    pub get_code: String,
    /// Setter code (`varin`); `None` when the variable is immutable.
    pub set: Option<(Vec<Local>, String)>,
    /// Python annotation of its value.
    pub py_type: PyType,
}

/// A constant installed in the module at initialisation.
#[derive(Clone, Debug)]
pub struct Constant {
    pub sym_name: String,
    /// The `constcode` typemap, substituted.
    pub code: String,
    /// Python annotation of its value.
    pub py_type: PyType,
}

/// A struct or union wrapped as a proxy class.
#[derive(Clone, Debug, Default)]
pub struct Class {
    /// The C type (`struct Point`, `Vector`).
    pub c_type: String,
    /// The class name in the target language.
    pub sym_name: String,
    /// The descriptor of a pointer to it (`SWIGTYPE_p_Vector`).
    pub descriptor: String,
    /// Member variables, as properties.
    pub attributes: Vec<Attribute>,
    /// Methods (`%extend`), by target name.
    pub methods: Vec<Method>,
    pub constructor: Option<Method>,
    /// Static methods (`%extend` with `static`): called without `self`.
    pub statics: Vec<Method>,
    /// Class constants: attribute name and the module constant holding it.
    pub constants: Vec<(String, String)>,
    /// The destructor wrapper's `sym_name`.
    pub destructor: Option<String>,
    pub doc: Option<String>,
    /// No attributes may be added to instances or the class
    /// (`%pythonnondynamic`, feature `python:nondynamic`).
    pub nondynamic: bool,
    /// The `%feature`s in force for the struct that are on, by name (for
    /// the ones a backend reads itself, e.g. Ruby's `freefunc`).
    pub features: Vec<(String, String)>,
}

/// A member variable: the wrappers that get and set it (`sym_name`s).
#[derive(Clone, Debug)]
pub struct Attribute {
    pub name: String,
    pub getter: String,
    pub setter: Option<String>,
}

/// A method or constructor: its name and the wrapper it calls, with the
/// wrapper's inputs after `self`.
#[derive(Clone, Debug)]
pub struct Method {
    pub name: String,
    pub wrapper: String,
    pub inputs: Vec<Input>,
}

impl Module {
    pub fn functions(&self) -> impl Iterator<Item = &Function> {
        self.decls.iter().filter_map(|d| match d {
            Decl::Function(f) => Some(f),
            _ => None,
        })
    }

    pub fn variables(&self) -> impl Iterator<Item = &Variable> {
        self.decls.iter().filter_map(|d| match d {
            Decl::Variable(v) => Some(v),
            _ => None,
        })
    }

    pub fn constants(&self) -> impl Iterator<Item = &Constant> {
        self.decls.iter().filter_map(|d| match d {
            Decl::Constant(c) => Some(c),
            _ => None,
        })
    }

    pub fn classes(&self) -> impl Iterator<Item = &Class> {
        self.decls.iter().filter_map(|d| match d {
            Decl::Class(c) => Some(c),
            _ => None,
        })
    }

    /// Verbatim code of one section, in order.
    pub fn section<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.code
            .iter()
            .filter(move |c| c.section == name)
            .map(|c| c.text.as_str())
    }
}
