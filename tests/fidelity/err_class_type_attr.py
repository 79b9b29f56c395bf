class Conn:
    port = 80


print(Conn.port)
print(Conn.prot)
