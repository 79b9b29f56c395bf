# Indexing past the end of bytes.
b'ab'[-3]
