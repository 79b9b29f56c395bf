# locals, globals and the global statement
n = 1
def local_only():
    n = 2
    m = n * 10
    return n, m
print(local_only(), n)
def set_global():
    global n, fresh
    n = 5
    fresh = 'made inside'
set_global()
print(n, fresh)
def loop_local():
    for i in range(3):
        last = i
    return i, last
print(loop_local())
def uses_import():
    import errno
    return errno.EPIPE > 0
print(uses_import())
def params_shadow(print_it, len=len):
    return len(print_it)
print(params_shadow('abc'))
def call_other():
    return local_only()[0] + 1
print(call_other())
