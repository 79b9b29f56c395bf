# break, continue and return through finally, as Python runs them
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def f():
    try:
        return "from try"
    finally:
        print("finally before the return")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break in finally drops the exception"
print(h())
def k(n):
    while True:
        try:
            n -= 1
            if n == 0:
                return "done"
        finally:
            print("n", n)
print(k(2))
try:
    try:
        raise KeyError("inner")
    finally:
        print("finally runs, the exception goes on")
except KeyError as e:
    print("outer", e)
import sys
try:
    try:
        sys.exit(3)
    finally:
        print("sys.exit runs finally")
except SystemExit as e:
    print("SystemExit", e)
try:
    sys.exit(4)
finally:
    print("last")
