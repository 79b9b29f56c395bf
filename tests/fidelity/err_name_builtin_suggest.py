# A misspelt builtin that is close enough gets a suggestion; 'lne' for len is not.
prnt('hello')
