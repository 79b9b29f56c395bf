# assert with and without a message
assert 1 + 1 == 2
assert True, "never evaluated"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("message:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e))
x = 0
assert x, f"x is {x}"
