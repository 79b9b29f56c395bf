/* repl.h -- to be written */
