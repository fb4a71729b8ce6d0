//! Stage 5, IR: the resolved module, ready to print. Backends only print
//! this; they decide nothing a pass could decide.

#[derive(Clone, Debug, Default)]
pub struct Module {
    /// The module name (`%module` or `-module`).
    pub name: String,
}
