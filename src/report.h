/* report.h -- to be written */
