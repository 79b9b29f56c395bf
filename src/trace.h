/* trace.h -- to be written */
