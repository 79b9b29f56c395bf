# A long script: triple-quoted strings, brackets, continuations and
# comments that run past the 1 KB chunks a script is parsed in.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0)); s.close()  # it's (
doc = """first line of a long string ) ] }
x = ( 'not code' # 0 [ {
x = ( 'not code' # 1 [ {
x = ( 'not code' # 2 [ {
x = ( 'not code' # 3 [ {
x = ( 'not code' # 4 [ {
x = ( 'not code' # 5 [ {
x = ( 'not code' # 6 [ {
x = ( 'not code' # 7 [ {
x = ( 'not code' # 8 [ {
x = ( 'not code' # 9 [ {
x = ( 'not code' # 10 [ {
x = ( 'not code' # 11 [ {
x = ( 'not code' # 12 [ {
x = ( 'not code' # 13 [ {
x = ( 'not code' # 14 [ {
x = ( 'not code' # 15 [ {
x = ( 'not code' # 16 [ {
x = ( 'not code' # 17 [ {
x = ( 'not code' # 18 [ {
x = ( 'not code' # 19 [ {
x = ( 'not code' # 20 [ {
x = ( 'not code' # 21 [ {
x = ( 'not code' # 22 [ {
x = ( 'not code' # 23 [ {
x = ( 'not code' # 24 [ {
x = ( 'not code' # 25 [ {
x = ( 'not code' # 26 [ {
x = ( 'not code' # 27 [ {
x = ( 'not code' # 28 [ {
x = ( 'not code' # 29 [ {
x = ( 'not code' # 30 [ {
x = ( 'not code' # 31 [ {
x = ( 'not code' # 32 [ {
x = ( 'not code' # 33 [ {
x = ( 'not code' # 34 [ {
x = ( 'not code' # 35 [ {
x = ( 'not code' # 36 [ {
x = ( 'not code' # 37 [ {
x = ( 'not code' # 38 [ {
x = ( 'not code' # 39 [ {
last line"""
print(len(doc), doc[:30], doc[-9:])
names = [
    'name00',  # a comment with a quote ' and a bracket )
    'name01',  # a comment with a quote ' and a bracket )
    'name02',  # a comment with a quote ' and a bracket )
    'name03',  # a comment with a quote ' and a bracket )
    'name04',  # a comment with a quote ' and a bracket )
    'name05',  # a comment with a quote ' and a bracket )
    'name06',  # a comment with a quote ' and a bracket )
    'name07',  # a comment with a quote ' and a bracket )
    'name08',  # a comment with a quote ' and a bracket )
    'name09',  # a comment with a quote ' and a bracket )
    'name10',  # a comment with a quote ' and a bracket )
    'name11',  # a comment with a quote ' and a bracket )
    'name12',  # a comment with a quote ' and a bracket )
    'name13',  # a comment with a quote ' and a bracket )
    'name14',  # a comment with a quote ' and a bracket )
    'name15',  # a comment with a quote ' and a bracket )
    'name16',  # a comment with a quote ' and a bracket )
    'name17',  # a comment with a quote ' and a bracket )
    'name18',  # a comment with a quote ' and a bracket )
    'name19',  # a comment with a quote ' and a bracket )
    'name20',  # a comment with a quote ' and a bracket )
    'name21',  # a comment with a quote ' and a bracket )
    'name22',  # a comment with a quote ' and a bracket )
    'name23',  # a comment with a quote ' and a bracket )
    'name24',  # a comment with a quote ' and a bracket )
    'name25',  # a comment with a quote ' and a bracket )
    'name26',  # a comment with a quote ' and a bracket )
    'name27',  # a comment with a quote ' and a bracket )
    'name28',  # a comment with a quote ' and a bracket )
    'name29',  # a comment with a quote ' and a bracket )
    'name30',  # a comment with a quote ' and a bracket )
    'name31',  # a comment with a quote ' and a bracket )
    'name32',  # a comment with a quote ' and a bracket )
    'name33',  # a comment with a quote ' and a bracket )
    'name34',  # a comment with a quote ' and a bracket )
    'name35',  # a comment with a quote ' and a bracket )
    'name36',  # a comment with a quote ' and a bracket )
    'name37',  # a comment with a quote ' and a bracket )
    'name38',  # a comment with a quote ' and a bracket )
    'name39',  # a comment with a quote ' and a bracket )
    'name40',  # a comment with a quote ' and a bracket )
    'name41',  # a comment with a quote ' and a bracket )
    'name42',  # a comment with a quote ' and a bracket )
    'name43',  # a comment with a quote ' and a bracket )
    'name44',  # a comment with a quote ' and a bracket )
    'name45',  # a comment with a quote ' and a bracket )
    'name46',  # a comment with a quote ' and a bracket )
    'name47',  # a comment with a quote ' and a bracket )
    'name48',  # a comment with a quote ' and a bracket )
    'name49',  # a comment with a quote ' and a bracket )
    'name50',  # a comment with a quote ' and a bracket )
    'name51',  # a comment with a quote ' and a bracket )
    'name52',  # a comment with a quote ' and a bracket )
    'name53',  # a comment with a quote ' and a bracket )
    'name54',  # a comment with a quote ' and a bracket )
    'name55',  # a comment with a quote ' and a bracket )
    'name56',  # a comment with a quote ' and a bracket )
    'name57',  # a comment with a quote ' and a bracket )
    'name58',  # a comment with a quote ' and a bracket )
    'name59',  # a comment with a quote ' and a bracket )
]
print(len(names), names[0], names[-1])
total = 1 + \
    0 + \
    1 + \
    2 + \
    3 + \
    4 + \
    5 + \
    6 + \
    7 + \
    8 + \
    9 + \
    10 + \
    11 + \
    12 + \
    13 + \
    14 + \
    15 + \
    16 + \
    17 + \
    18 + \
    19 + \
    20 + \
    21 + \
    22 + \
    23 + \
    24 + \
    25 + \
    26 + \
    27 + \
    28 + \
    29 + \
    30 + \
    31 + \
    32 + \
    33 + \
    34 + \
    35 + \
    36 + \
    37 + \
    38 + \
    39 + \
    40 + \
    41 + \
    42 + \
    43 + \
    44 + \
    45 + \
    46 + \
    47 + \
    48 + \
    49 + \
    50 + \
    51 + \
    52 + \
    53 + \
    54 + \
    55 + \
    56 + \
    57 + \
    58 + \
    59 + \
    60 + \
    61 + \
    62 + \
    63 + \
    64 + \
    65 + \
    66 + \
    67 + \
    68 + \
    69 + \
    70 + \
    71 + \
    72 + \
    73 + \
    74 + \
    75 + \
    76 + \
    77 + \
    78 + \
    79 + \
    0
print(total)
t = '''single ''' + 'quotes \
continued'
print(t)
b = b'''bytes
row 0: \' " (
row 1: \' " (
row 2: \' " (
row 3: \' " (
row 4: \' " (
row 5: \' " (
row 6: \' " (
row 7: \' " (
row 8: \' " (
row 9: \' " (
row 10: \' " (
row 11: \' " (
row 12: \' " (
row 13: \' " (
row 14: \' " (
row 15: \' " (
row 16: \' " (
row 17: \' " (
row 18: \' " (
row 19: \' " (
row 20: \' " (
row 21: \' " (
row 22: \' " (
row 23: \' " (
row 24: \' " (
row 25: \' " (
row 26: \' " (
row 27: \' " (
row 28: \' " (
row 29: \' " (
row 30: \' " (
row 31: \' " (
row 32: \' " (
row 33: \' " (
row 34: \' " (
row 35: \' " (
row 36: \' " (
row 37: \' " (
row 38: \' " (
row 39: \' " (
row 40: \' " (
row 41: \' " (
row 42: \' " (
row 43: \' " (
row 44: \' " (
row 45: \' " (
row 46: \' " (
row 47: \' " (
row 48: \' " (
row 49: \' " (
'''
print(len(b), b[:8])
print('after', 0)
print('after', 1)
print('after', 2)
print('after', 3)
print('after', 4)
print('after', 5)
print('after', 6)
print('after', 7)
print('after', 8)
print('after', 9)
print('after', 10)
print('after', 11)
print('after', 12)
print('after', 13)
print('after', 14)
print('after', 15)
print('after', 16)
print('after', 17)
print('after', 18)
print('after', 19)
print('after', 20)
print('after', 21)
print('after', 22)
print('after', 23)
print('after', 24)
print('after', 25)
print('after', 26)
print('after', 27)
print('after', 28)
print('after', 29)
