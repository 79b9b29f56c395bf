# Ordering between unrelated types.
1 < 'a'
