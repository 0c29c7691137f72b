// A QEMU command line as a POSIX shell would split it: an optional environment prefix
// (`LC_ALL=C PATH=/bin ...`), the emulator binary, then the emulator's arguments.
//
// Accepted layouts: one line, or libvirt's form with one argument per line joined by ` \` + newline
// (tests/qemuxml2argvdata/*.args, and the older files that also wrap long arguments mid-word).
//
// Division of labour (see src/Compiler/Argv/AstBuilder.cs):
// - the lexer cuts the text into word parts (bare text, quoted strings, escapes) and blanks;
//   every character belongs to some token, so lexing never fails and an unterminated quote
//   becomes its own token that the builder reports with the quote's position;
// - the parser groups adjacent parts into words and classifies them: environment assignment,
//   program, option word (starts with an unquoted '-'), plain word;
// - whether a plain word is the value of the option before it depends on QEMU's option table
//   (qemu-options.hx: HAS_ARG or not), so the builder pairs options with values, not the grammar;
//   the value syntaxes (key=val,,... / JSON) depend on the option too and are parsed in C#.
//
// It is not a shell: there are no expansions ($VAR, globs, `cmd`), comments, pipes or redirections;
// such characters are literal text of a word, which is how libvirt's files use them.
//
// Every rule is LL(2) at worst, and the lexer needs no backtracking: each token is recognised by
// the longest match in one forward scan.
grammar QemuArgv;

commandLine   : WS? envAssignment* program? argument* EOF ;

// `NAME=value` before the program (POSIX: a word whose unquoted prefix is a name and `=`).
// A program word can also start with NAME EQ; the greedy loop prefers the assignment, as a shell does.
envAssignment : NAME EQ envValue? WS? ;

envValue      : (NAME | BARE | DASHED | EQ | SQUOTED | SQUOTE_OPEN | DQUOTED | DQUOTE_OPEN | ESCAPED | BACKSLASH_END)+ ;

program       : plainWord WS? ;

argument      : (optionWord | plainWord) WS? ;

// A word is a run of adjacent parts. The token sets are written out (not a `part` rule) so a part
// costs one terminal node in the tree, not a rule context as well.
optionWord    : DASHED (NAME | BARE | DASHED | EQ | SQUOTED | SQUOTE_OPEN | DQUOTED | DQUOTE_OPEN | ESCAPED | BACKSLASH_END)* ;

plainWord     : (NAME | BARE | EQ | SQUOTED | SQUOTE_OPEN | DQUOTED | DQUOTE_OPEN | ESCAPED | BACKSLASH_END)
                (NAME | BARE | DASHED | EQ | SQUOTED | SQUOTE_OPEN | DQUOTED | DQUOTE_OPEN | ESCAPED | BACKSLASH_END)* ;

// Blanks separate words. Only a real blank starts a separator: a backslash-newline glued to a
// word continues the word (libvirt breaks long arguments after a comma this way), so it is skipped
// by CONT below, while after a blank it is absorbed here.
WS            : [ \t\r\n] ( [ \t\r\n] | '\\' '\r'? '\n' )* ;

CONT          : '\\' '\r'? '\n' -> skip ;

NAME          : [A-Za-z_] [A-Za-z0-9_]* ;

EQ            : '=' ;

DASHED        : '-' ~[ \t\r\n\\'"=]* ;

BARE          : ~[ \t\r\n\\'"=-] ~[ \t\r\n\\'"=]* ;

// Single quotes: everything literal up to the next quote. (A backslash-newline inside is removed
// by the builder: libvirt's test files wrap long quoted arguments that way.)
SQUOTED       : '\'' ~[']* '\'' ;

// Only wins when no closing quote follows (the terminated form would be longer).
SQUOTE_OPEN   : '\'' ~[']* ;

// Double quotes: a backslash escapes the next character (the builder keeps POSIX's meaning:
// only $ ` " \ and newline are special after a backslash).
DQUOTED       : '"' ( '\\' . | ~["\\] )* '"' ;

DQUOTE_OPEN   : '"' ( '\\' . | ~["\\] )* '\\'? ;

ESCAPED       : '\\' ~[\n] ;

// A backslash as the very last character of the input.
BACKSLASH_END : '\\' ;
