/* top_first.h */
