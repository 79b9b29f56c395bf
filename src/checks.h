/* checks.h -- the names a lesson check sees: modules and helper functions */
#ifndef SOCKSHELL_CHECKS_H
#define SOCKSHELL_CHECKS_H

struct dict;
struct value;

/*
 * A new dict of what a lesson check sees before the learner's own names:
 * the socket, errno, sys and os modules, and the helpers called('bind'),
 * failed(), defined('s'), is_socket(x, family=None, type=None) and
 * tcp_state(x).  The helpers are bound to facts, a dict value the caller
 * fills before each check with what the learner's last line did:
 *
 *   "calls"   list of the names its system calls answer to (accept4 also
 *             to "accept"; sendto and recvfrom without an address also to
 *             "send" and "recv")
 *   "failed"  bool: it raised
 *   "names"   tuple of the session's variable names
 *
 * is_socket() and tcp_state() ask the socket itself, through the
 * evaluator (x.family, x.getsockopt(...)).
 */
struct dict *checks_names(struct value *facts);

#endif
