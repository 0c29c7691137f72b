// Placeholder-free minimal grammar: a QEMU command line as shell words.
// Refined in the from-native work (issue 3).
grammar QemuArgv;

commandLine : WS? (word (WS word)*)? WS? EOF ;
word        : WORDPART+ ;

WORDPART : ~[ \t\r\n\\'"]+
         | '\'' ~[']* '\''
         | '"' ( '\\' . | ~["\\] )* '"'
         | '\\' .
         ;
WS       : ([ \t\r\n] | '\\' '\r'? '\n')+ ;
