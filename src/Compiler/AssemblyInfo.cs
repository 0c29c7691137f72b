// The ANTLR-generated code marks its types CLSCompliant(false); the attribute needs an assembly-level
// declaration to be meaningful.
[assembly: System.CLSCompliant(false)]
