# Indexing past the end of a list.
[][0]
