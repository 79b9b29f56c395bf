/* lexer.h -- to be written */
