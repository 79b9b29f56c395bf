/* flow.h -- the value side of try, raise, assert and with */
#ifndef SOCKSHELL_FLOW_H
#define SOCKSHELL_FLOW_H

struct value;

/*
 * except CV: 1 if exc is an instance of the class (or tuple of classes)
 * cv, 0 if not, -1 (TypeError pending) if cv is no exception class.
 */
int flow_match(const struct value *exc, const struct value *cv);
int flow_match_free(const struct value *exc, struct value *cv); /* steals */

/*
 * raise v from cause (both stolen): a class is called, an exception
 * raised; -1 always.  has_cause with cause NULL: its error is pending.
 * (The cause is not kept yet: tracebacks do not print chains.)
 */
int flow_raise(struct value *v, struct value *cause, int has_cause);
/* bare raise: handling (borrowed, NULL: none) again; -1 always. */
int flow_reraise(struct value *handling);

/*
 * finally: what the try ended with (rc; the pending exception if rc < 0;
 * *retval if a return) is kept aside while the finally block runs, and
 * restored unless that block ends with its own jump or exception (frc).
 */
struct flow_saved {
	int rc;
	struct value *exc, *ret, **retval;
};
void flow_save(struct flow_saved *, int rc, struct value **retval);
int flow_restore(struct flow_saved *, int frc);

/*
 * assert's failure: AssertionError(msg) (msg stolen; NULL: none, or, if
 * has_msg, its evaluation failed and its error is pending); -1.
 */
int flow_assert_failed(struct value *msg, int has_msg);

/* with: mgr.__enter__(), a new reference or NULL. */
struct value *flow_enter(struct value *mgr);

/*
 * with: mgr.__exit__(type, exc, tb) after the block ended with rc (< 0:
 * the pending exception): the rc the with statement ends with.  A true
 * result swallows the exception; __exit__'s own replaces it.
 */
int flow_exit(struct value *mgr, int rc);

/*
 * del obj[idx] (item: idx NULL if its evaluation failed, its error
 * pending) or del obj.name: 0, or -1 with Python's error pending.
 * Steals obj and idx.
 */
int flow_delete(struct value *obj, struct value *idx, const char *name,
    int item);

#endif
