/* ast.h -- the syntax tree the parser builds and the evaluator walks */
#ifndef SOCKSHELL_AST_H
#define SOCKSHELL_AST_H

#include <stddef.h>

#include "arena.h"

enum node_kind { /* ORDER NODE: keep node_names[] in ast.c in step */
	/* expressions */
	N_INT,   /* ival */
	N_FLOAT, /* fval */
	N_STR,   /* str.buf/str.len: decoded UTF-8 text */
	N_BYTES, /* str.buf/str.len: decoded bytes */
	N_NONE,
	N_TRUE,
	N_FALSE,
	N_NAME,    /* name */
	N_TUPLE,   /* items[nitems] */
	N_LIST,    /* items[nitems] */
	N_ATTR,    /* a = object, name = attribute */
	N_CALL,    /* a = callee, items = positional args, kw = keyword args */
	N_INDEX,   /* a = object, b = index expression (or an N_SLICE) */
	N_SLICE,   /* a, b, c = start, stop, step; each may be NULL */
	N_UNARY,   /* op = OP_NEG, OP_POS, OP_NOT, OP_INVERT; a = operand */
	N_BINARY,  /* op = OP_ADD ...; a, b */
	N_COMPARE, /* items[0] op[0] items[1] op[1] items[2]...: chained */
	N_AND,     /* a and b */
	N_OR,      /* a or b */
	N_IFEXP,   /* b if a else c: a = condition, b = if true, c = if false */
	N_FSTRING, /* f'...': items = parts, each an N_STR or an N_FORMAT */
	N_FORMAT,  /* {a!conv:spec}: a = expression, ival = conversion ('s',
	              'r', 'a' or 0), b = the spec (an N_FSTRING) or NULL */
	/* statements */
	S_EXPR,      /* a: an expression statement (echoed interactively) */
	S_ASSIGN,    /* items = targets (a = b = value), a = value */
	S_AUGASSIGN, /* op; items[0] = target; a = value */
	S_IMPORT,    /* names[nnames] = dotted module names, as[nnames] */
	S_FROMIMPORT, /* name = module; names/as = imported (names[0] "*" for all) */
	S_DEL,        /* items = targets */
	S_PASS,
	S_BLOCK, /* items = the statements of a suite */
	S_IF,    /* a = condition, b = body (S_BLOCK), c = elif (S_IF),
	                else (S_BLOCK) or NULL */
	S_WHILE, /* a = condition, b = body, c = else (S_BLOCK) or NULL */
	S_FOR,   /* items[0] = target, a = iterable, b = body, c = else */
	S_BREAK,
	S_CONTINUE,
	S_DEF,       /* name; kw[nkw] = parameters (value: default or NULL);
	                b = body (S_BLOCK) */
	S_RETURN, /* a = value or NULL */
	S_GLOBAL, /* names[nnames] */
	S_TRY,    /* b = body, items = handlers (S_EXCEPT), c = else,
	             a = finally (blocks or NULL) */
	S_EXCEPT, /* a = class expression or NULL (bare), name = as or NULL,
	             b = body */
	S_RAISE,  /* a = exception or NULL (re-raise), b = cause; ival 1:
	             'from' given */
	S_ASSERT, /* a = condition, b = message or NULL */
	S_WITH,   /* items = context expressions, names[nitems] = as names
	             (NULL entries: none), b = body */
	N_STARRED,   /* *a among a call's positional arguments (a call's
	              **d: a kw entry named "**") */
	N_LAMBDA,    /* as S_DEF, name "<lambda>", b = S_BLOCK: S_RETURN body */
	S_NONLOCAL,  /* names[nnames] */
	N_NAMEDEXPR, /* name := a */
	S_CLASS,  /* name; a = base or NULL; b = body (S_BLOCK) */
};

enum op { /* ORDER OP: keep op_names[] in ast.c in step */
	OP_NONE,
	OP_ADD,
	OP_SUB,
	OP_MUL,
	OP_DIV,
	OP_FLOORDIV,
	OP_MOD,
	OP_POW,
	OP_BITOR,
	OP_BITAND,
	OP_BITXOR,
	OP_LSHIFT,
	OP_RSHIFT,
	OP_NEG,
	OP_POS,
	OP_NOT,
	OP_INVERT,
	OP_EQ,
	OP_NE,
	OP_LT,
	OP_LE,
	OP_GT,
	OP_GE,
	OP_IS,
	OP_ISNOT,
	OP_IN,
	OP_NOTIN,
};

/*
 * Every node of a program, and every array and string hanging off one,
 * lives in the program's arena: "owned" below means "part of the same
 * tree", and program_free() frees the lot at once.
 */
struct kwarg {
	char *name;         /* owned */
	struct node *value; /* owned */
};

struct node {
	enum node_kind kind;
	int line; /* 1-based line of the first token, within the source */
	int col;  /* 0-based byte column of the first token */
	/*
	 * Expressions: the node's text is source[start, end), in bytes from
	 * the start of the parsed source, without redundant parentheses
	 * ("(x)" spans x, "(1, 2)" itself).  end 0: not known (statements,
	 * f-string fields, nodes the parser makes itself).
	 */
	unsigned start, end; /* (sources never reach 4 GiB; nodes stay small) */
	enum op op;
	union { /* a node holds one number at most */
		long long ival;
		double fval;
	};
	struct {
		char *buf; /* owned, NUL-terminated (not counted in len) */
		size_t len;
	} str;
	char *name;             /* owned: N_NAME, N_ATTR, S_FROMIMPORT module */
	struct node *a, *b, *c; /* owned children, as documented per kind */
	struct node **items;    /* owned array of owned children */
	size_t nitems;
	enum op *ops;     /* owned: N_COMPARE, nitems - 1 entries */
	struct kwarg *kw; /* owned array: N_CALL keyword arguments */
	size_t nkw;
	char **names; /* owned: S_IMPORT / S_FROMIMPORT names */
	char **as;    /* owned, parallel to names; NULL entries: no alias */
	size_t nnames;
	/*
	 * S_DEF: kw[0, npos) may be given by position; vararg, varkw: 1 + the
	 * kw index of *args and **kwargs (0: none); the others after npos
	 * are keyword-only.
	 */
	size_t npos, vararg, varkw;
};

/* A parsed unit: one logical line (interactive) or a whole file. */
struct program {
	struct node **stmts; /* in arena */
	size_t nstmts;
	struct arena arena; /* the statements, their nodes and strings */
	unsigned holds; /* functions defined in it (program_free: one less) */
};

/* A zeroed node in a's memory: it lives as long as the arena does. */
struct node *node_new(struct arena *a, enum node_kind, int line, int col);
/* NULL is fine; frees every node, or drops one hold if it has some. */
void program_free(struct program *);
const char *node_kind_name(enum node_kind);
const char *op_symbol(enum op); /* "+", "==", "is not" */

#endif
