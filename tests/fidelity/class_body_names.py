BUFSIZE = 4096


class Server:
    port = 8000
    backlog = port // 1000
    bufsize = BUFSIZE * 2
    name = 'srv'

    def addr(self, host='127.0.0.1'):
        return (host, self.port)


print(Server.backlog, Server.bufsize, Server().addr(), Server().addr('::1'))
print(name if False else 'no leak of class names')
print(port)
