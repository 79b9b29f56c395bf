# del of names, list items and attributes, and what Python says when missing
import socket
l = [1, 2, 3, 4]
del l[0]
del l[-1]
print(l)
try:
    del l[5]
except IndexError as e:
    print(e)
try:
    del l["a"]
except TypeError as e:
    print(e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
s = socket.socket()
try:
    del s.nothing
except AttributeError as e:
    print(e)
s.close()
x = 1
del x
try:
    del x
except NameError as e:
    print(e)
def f():
    y = 1
    del y
    try:
        del y
    except NameError as e:
        print(type(e).__name__, e)
f()
try:
    del socket.nothing_here
except AttributeError as e:
    print(e)
del l[missing]
