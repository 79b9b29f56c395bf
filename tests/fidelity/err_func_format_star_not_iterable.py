'{}:{}'.format(*5)
