/* tutor.c -- running lessons at the prompt, progress, and their self-test */
#include <config.h>

#include "tutor.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "builtins.h"
#include "checks.h"
#include "eval.h"
#include "exc.h"
#include "lesson.h"
#include "progress.h"
#include "shell.h"
#include "sockobj.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

#define WIDTH 78 /* prose is wrapped here */

/*
 * The coverage table's rows, in the lessons' order: each socket method
 * whose row (sockobj.c) names a coverage row, and these module calls.
 */
static const struct {
	const char *name;
	int row; /* 1-based, as a method row's `lesson` */
} cov_module_calls[] = { { "socket", 1 }, { "socketpair", 12 },
	{ "getaddrinfo", 13 } };
#define NMODCALLS (sizeof(cov_module_calls) / sizeof(cov_module_calls[0]))
static const int cov_families[3] = { AF_INET, AF_INET6, AF_UNIX };
static const char *const cov_family_names[3] = { "AF_INET", "AF_INET6",
	"AF_UNIX" };

/* One system call the last line made, as much as checks need. */
struct call {
	char name[16]; /* "bind", "sendto" ... */
	int family;
	int err;
	int noaddr; /* sendto/recvfrom without an address: send/recv */
};

struct tutor {
	struct shell *sh;      /* the session (borrowed: it owns us) */
	struct lesson_set set; /* the lessons, loaded on first use */
	int loaded;            /* set has been loaded */
	int nbad;              /* lesson files that failed to load */
	struct lesson *cur;    /* the lesson running, or NULL (in set) */
	size_t step;           /* index of the current step in cur */
	size_t hints;          /* hints shown for the current step */
	int replaying;         /* running model answers: no checks */
	char *live;            /* lesson whose state this session holds */
	int utf8;              /* the locale can show a check mark */
	char *progress_path;   /* NULL: progress is not kept */
	int progress_warned;   /* a failed save was reported once */
	char *tmpdir;          /* {tmp}: made on first need, removed at end */
	char id[32];           /* {id}: unique per run */
	struct dict *names;    /* what checks see first (owned) */
	struct value *facts;   /* the helpers' self: the last line (owned) */
	struct call *calls;    /* calls of the last line (owned) */
	size_t ncalls;
	int last_failed;    /* the last line raised */
	struct value *seen; /* sys.last_value before the line (owned) */
	int held;           /* the step's checks held before the line */
	/* --check-lessons only: */
	int checking;        /* calls go to the coverage table */
	int recording;       /* a model answer is running */
	size_t lesson_index; /* column in cov */
	unsigned char *cov;  /* [cov_count()][3][nlessons] flags (owned) */
	size_t cov_n;        /* nlessons */
};

static void present_step(struct tutor *);

/* ---- small helpers ------------------------------------------------------ */

static int
locale_utf8(void)
{
	const char *vars[] = { "LC_ALL", "LC_CTYPE", "LANG" }, *v;
	size_t i;

	for (i = 0; i < 3; i++) {
		v = getenv(vars[i]);
		if (v != NULL && v[0] != '\0')
			return (strcasestr(v, "utf-8") != NULL ||
			        strcasestr(v, "utf8") != NULL);
	}
	return (0);
}

static const char *
tmp_base(void)
{
	const char *t = getenv("TMPDIR");

	/* Unix socket paths hold 107 bytes: keep the base short. */
	return (t != NULL && t[0] == '/' && strlen(t) < 60 ? t : "/tmp");
}

static const char *
need_tmpdir(struct tutor *t)
{
	char *tmpl;

	if (t->tmpdir != NULL)
		return (t->tmpdir);
	tmpl = xasprintf("%s/sockshell-XXXXXX", tmp_base());
	if (mkdtemp(tmpl) == NULL) {
		free(tmpl);
		return ("/tmp");
	}
	t->tmpdir = tmpl;
	return (t->tmpdir);
}

/* Remove the {tmp} directory and the socket files lessons left in it. */
static void
remove_tmpdir(struct tutor *t)
{
	DIR *d;
	struct dirent *de;
	char *p;

	if (t->tmpdir == NULL)
		return;
	if ((d = opendir(t->tmpdir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			p = xasprintf("%s/%s", t->tmpdir, de->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(t->tmpdir);
	free(t->tmpdir);
	t->tmpdir = NULL;
}

/* Lesson text with its placeholders filled in (malloc'd). */
static char *
subst(struct tutor *t, const char *s)
{
	if (s == NULL)
		return (NULL);
	return (
	    lesson_subst(s, strstr(s, "{tmp}") ? need_tmpdir(t) : NULL, t->id));
}

static void
style(struct tutor *t, const char *code)
{
	if (t->sh->color)
		fputs(code, stdout);
}

#define BOLD "\033[1m"
#define GREEN "\033[1;32m"
#define YELLOW "\033[33m"
#define RESET "\033[0m"

static void
render(struct tutor *t, const char *text, int indent)
{
	char *s = subst(t, text);

	lesson_render(stdout, s, WIDTH, indent, t->sh->color);
	free(s);
}

/* ---- the names checks see ----------------------------------------------- */

static struct value *
last_value(void)
{
	struct value *sys = builtins_import("sys"), *v;

	if (sys == NULL) {
		err_clear();
		return (NULL);
	}
	v = dict_get(sys->u.mod->dict, "last_value");
	value_decref(sys);
	return (v); /* borrowed: the sys module keeps it */
}

static void
clear_last_value(void)
{
	struct value *sys = builtins_import("sys");

	if (sys == NULL) {
		err_clear();
		return;
	}
	dict_del(sys->u.mod->dict, "last_value");
	dict_del(sys->u.mod->dict, "last_type");
	dict_del(sys->u.mod->dict, "last_traceback");
	value_decref(sys);
}

static int
call_matches(const struct call *c, const char *name)
{
	if (strcmp(name, "accept") == 0)
		return (strcmp(c->name, "accept4") == 0 ||
		        strcmp(c->name, "accept") == 0);
	if (strcmp(name, "send") == 0)
		return (strcmp(c->name, "sendto") == 0 && c->noaddr);
	if (strcmp(name, "recv") == 0)
		return (strcmp(c->name, "recvfrom") == 0 && c->noaddr);
	return (strcmp(c->name, name) == 0);
}

/*
 * What the check helpers read (checks.h): the names the last line's
 * calls answer to, whether it raised, the session's variable names.
 */
static void
refresh_facts(struct tutor *t)
{
	static const char *const aliases[] = { "accept", "send", "recv" };
	struct dict *d = t->facts->u.dict, *g = interp_globals(t->sh->in);
	struct value *calls = value_list_new(0), *names, *v;
	const char *key;
	size_t i, k;

	for (i = 0; i < t->ncalls; i++) {
		if (call_matches(&t->calls[i], t->calls[i].name))
			value_list_append(calls, value_cstr(t->calls[i].name));
		for (k = 0; k < sizeof(aliases) / sizeof(*aliases); k++)
			if (strcmp(aliases[k], t->calls[i].name) != 0 &&
			    call_matches(&t->calls[i], aliases[k]))
				value_list_append(calls,
				    value_cstr(aliases[k]));
	}
	dict_set(d, "calls", calls);
	dict_set(d, "failed", value_bool(t->last_failed));
	names = value_tuple_new(dict_len(g));
	for (i = 0; dict_entry(g, i, &key, &v); i++)
		value_seq_set(names, i, value_cstr(key));
	dict_set(d, "names", names);
}

/* 1 true, 0 false, -1 raised (*why says what when why is not NULL). */
static int
eval_check(struct tutor *t, const char *expr, char **why)
{
	char *src = subst(t, expr);
	struct value *v, *e;
	int r;

	if (why != NULL)
		*why = NULL;
	refresh_facts(t);
	v = shell_eval(t->sh, src,
	    t->names); /* its calls are not the learner's */
	free(src);
	if (v == NULL) {
		e = err_fetch();
		if (why != NULL)
			*why = e != NULL ? exc_format_line(e) :
			                   xstrdup("no result");
		value_decref(e);
		return (-1);
	}
	r = value_truth(v);
	value_decref(v);
	return (r ? 1 : 0);
}

/* All of a step's checks hold. */
static int
checks_hold(struct tutor *t, const struct step *st)
{
	size_t i;

	for (i = 0; i < st->nchecks; i++)
		if (eval_check(t, st->checks[i].text, NULL) != 1)
			return (0);
	return (1);
}

/* ---- calls -------------------------------------------------------------- */

static int
family_column(int family)
{
	int i;

	for (i = 0; i < 3; i++)
		if (cov_families[i] == family)
			return (i);
	return (-1);
}

/* The name in coverage row i (0-based), or NULL past the end. */
static const char *
cov_name(size_t i)
{
	const struct builtin *m;
	size_t k;

	for (k = 0; k < NMODCALLS; k++)
		if ((size_t)cov_module_calls[k].row == i + 1)
			return (cov_module_calls[k].name);
	for (m = sockobj_methods; m->name != NULL; m++)
		if ((size_t)sockobj_method_info(m->name)->lesson == i + 1)
			return (m->name);
	return (NULL);
}

static size_t
cov_count(void)
{
	size_t n = 0;

	while (cov_name(n) != NULL)
		n++;
	return (n);
}

static void
cover(struct tutor *t, size_t m, int family)
{
	int col = family_column(family);

	if (t->cov == NULL || col < 0 || t->lesson_index >= t->cov_n)
		return;
	t->cov[(m * 3 + (size_t)col) * t->cov_n + t->lesson_index] = 1;
}

static void
record_call(struct tutor *t, const struct callrec *rec)
{
	const struct callinfo *ci;
	const char *name;
	struct call *c;
	size_t i;

	t->calls = xrealloc(t->calls, (t->ncalls + 1) * sizeof(*t->calls));
	c = &t->calls[t->ncalls++];
	snprintf(c->name, sizeof(c->name), "%s", rec->name);
	c->family = rec->family;
	c->err = rec->err;
	/* sendto/recvfrom given no address at all: send() and recv(). */
	c->noaddr = (strcmp(rec->name, "sendto") == 0 ||
	                strcmp(rec->name, "recvfrom") == 0) &&
	            !rec->has_addr;
	if (!t->checking || !t->recording)
		return;
	/* sendto() with no address was send(): it counts for send only. */
	for (i = 0; (name = cov_name(i)) != NULL; i++) {
		ci = sockobj_method_info(name);
		if (call_matches(c, name) &&
		    !(c->noaddr && ci != NULL &&
		        (ci->flags &
		            (CALL_TAKES_ADDRESS | CALL_RETURNS_ADDRESS))))
			cover(t, i, c->family);
	}
}

static void
on_call(const struct callrec *rec, void *ctx)
{
	record_call(ctx, rec);
}

/* Listen to the learner's calls (while a lesson runs) or stop. */
static void
listen_calls(struct tutor *t, int on)
{
	shell_set_call_hook(t->sh, on ? on_call : NULL, t);
}

/* ---- the tutor ---------------------------------------------------------- */

static void after_line(struct shell *, const char *, int);

struct tutor *
tutor_get(struct shell *sh)
{
	struct tutor *t = sh->tutor;
	static unsigned serial;

	if (t != NULL)
		return (t);
	t = xcalloc(1, sizeof(*t));
	t->sh = sh;
	t->utf8 = locale_utf8();
	t->progress_path = progress_default_path();
	snprintf(t->id, sizeof(t->id), "%ld-%u", (long)getpid(), serial++);
	t->facts = value_dict_new();
	t->names = checks_names(t->facts);
	sh->tutor = t;
	sh->free_tutor = tutor_free;
	return (t);
}

void
tutor_free(struct tutor *t)
{
	if (t == NULL)
		return;
	if (t->sh != NULL && t->sh->tutor == t) {
		if (t->sh->after_line == after_line)
			t->sh->after_line = NULL;
		if (t->sh->call_ctx == t)
			shell_set_call_hook(t->sh, NULL, NULL);
	}
	lesson_set_free(&t->set);
	free(t->live);
	free(t->progress_path);
	remove_tmpdir(t);
	dict_free(t->names);
	value_decref(t->facts);
	free(t->calls);
	value_decref(t->seen);
	free(t->cov);
	free(t);
}

static void
load_lessons(struct tutor *t, int quiet)
{
	struct lesson_errors errs;

	if (t->loaded)
		return;
	lesson_errors_init(&errs);
	t->nbad = lesson_set_load_dir(&t->set, lesson_dir(), &errs);
	if (!quiet && errs.n > 0) {
		fflush(stdout);
		lesson_errors_print(&errs, stderr);
	}
	lesson_errors_free(&errs);
	t->loaded = 1;
}

/* Progress as saved now (re-read: another sockshell may have moved on). */
static void
read_progress(struct tutor *t, struct progress *p)
{
	char *note = NULL;

	p->v = NULL;
	p->n = 0;
	if (progress_load(p, t->progress_path, &note) != 0 && note != NULL) {
		fflush(stdout);
		fprintf(stderr, "%s: %s\n", PACKAGE_NAME, note);
	}
	free(note);
}

static void
save_progress(struct tutor *t, const char *name, int done)
{
	struct progress p;
	char *err = NULL;

	if (t->progress_path == NULL || t->checking)
		return;
	read_progress(t, &p);
	progress_set(&p, name, done);
	if (progress_save(&p, t->progress_path, &err) == -1 &&
	    !t->progress_warned) {
		fflush(stdout);
		fprintf(stderr, "%s: progress not saved: %s\n", PACKAGE_NAME,
		    err);
		t->progress_warned = 1;
	}
	free(err);
	progress_free(&p);
}

static int
no_lesson(void)
{
	fprintf(stderr, "no lesson is running (.lessons lists them; "
	                ".lesson NAME starts one)\n");
	return (1);
}

int
tutor_active(struct shell *sh)
{
	return (sh->tutor != NULL && sh->tutor->cur != NULL);
}

int
tutor_list(struct shell *sh)
{
	struct tutor *t = tutor_get(sh);
	struct progress p;
	size_t i, w = 4, tw = 5;
	int done;
	char mark[32];

	if (t->cur == NULL) { /* pick up edits to the lesson files */
		lesson_set_free(&t->set);
		t->loaded = 0;
	}
	load_lessons(t, 1);
	if (t->set.n == 0) {
		printf("No lessons found in %s.\n", lesson_dir());
		return (t->nbad > 0 ? 1 : 0);
	}
	read_progress(t, &p);
	for (i = 0; i < t->set.n; i++) {
		if (strlen(t->set.v[i]->name) > w)
			w = strlen(t->set.v[i]->name);
		if (utf8_strlen(t->set.v[i]->title,
		        strlen(t->set.v[i]->title)) > tw)
			tw = utf8_strlen(t->set.v[i]->title,
			    strlen(t->set.v[i]->title));
	}
	/*
	 * 80 columns: " NN. " + name + 2 + title + 2 + "[NN/NN]".  A long
	 * title is cut with a visible '~' rather than wrapping the row.
	 */
	if (5 + w + 2 + tw + 2 + 7 > 80)
		tw =
		    80 > 5 + w + 2 + 2 + 7 + 10 ? 80 - (5 + w + 2 + 2 + 7) : 10;
	for (i = 0; i < t->set.n; i++) {
		const struct lesson *l = t->set.v[i];
		size_t pad, tl = utf8_strlen(l->title, strlen(l->title));
		char *title;

		done = progress_get(&p, l->name);
		if (t->cur == l)
			done = (int)t->step;
		if ((size_t)done >= l->nsteps)
			snprintf(mark, sizeof(mark), "[done]");
		else
			snprintf(mark, sizeof(mark), "[%d/%zu]", done,
			    l->nsteps);
		if (tl > tw) {
			size_t cut =
			    utf8_offset(l->title, strlen(l->title), tw - 1);

			title = xasprintf("%.*s~", (int)cut, l->title);
			tl = tw;
		} else
			title = xstrdup(l->title);
		pad = tw - tl;
		printf("%c%2zu. %-*s  %s%*s  %s\n", t->cur == l ? '*' : ' ',
		    i + 1, (int)w, l->name, title, (int)pad, "", mark);
		free(title);
	}
	printf(".lesson NAME (or number) starts or resumes one.\n");
	if (t->nbad > 0)
		printf("(%d lesson file%s could not be read: "
		       "sockshell --check-lessons shows why)\n",
		    t->nbad, t->nbad == 1 ? "" : "s");
	progress_free(&p);
	return (0);
}

static void
present_step(struct tutor *t)
{
	const struct step *st = &t->cur->steps[t->step];

	printf("\n");
	style(t, BOLD);
	printf("Step %zu of %zu: %s", t->step + 1, t->cur->nsteps, st->title);
	style(t, RESET);
	printf("\n");
	render(t, st->text, 2);
	fflush(stdout);
}

/* Run lines as if typed: the prompt, the line, its output. */
static void
run_visibly(struct tutor *t, const struct lline *lines, size_t n)
{
	size_t i;

	for (i = 0; i < n && !t->sh->quit; i++) {
		char *src = subst(t, lines[i].text);

		printf(">>> %s\n", src);
		fflush(stdout);
		t->sh->source = src;
		shell_run_entry(t->sh, src, strlen(src));
		t->sh->source = NULL;
		free(src);
	}
}

/* The lesson's setup lines: `import socket` unless an answer imports it. */
static int
needs_socket_import(const struct lesson *l)
{
	size_t i, j;

	for (i = 0; i < l->nsteps; i++)
		for (j = 0; j < l->steps[i].nanswers; j++)
			if (strstr(l->steps[i].answers[j].text,
			        "import socket") != NULL)
				return (0);
	return (1);
}

static void
run_setup(struct tutor *t, const struct lesson *l, int visible)
{
	struct lline imp = { "import socket", 0 };

	if (!needs_socket_import(l) ||
	    dict_get(interp_globals(t->sh->in), "socket") != NULL)
		return;
	if (visible) {
		t->replaying = 1;
		run_visibly(t, &imp, 1);
		t->replaying = 0;
	} else
		shell_run_entry(t->sh, imp.text, strlen(imp.text));
}

static const char *
check_mark(struct tutor *t)
{
	return (t->utf8 ? "\xe2\x9c\x93" : "[ok]");
}

static void
activate(struct tutor *t, struct lesson *l)
{
	t->cur = l;
	t->hints = 0;
	t->sh->after_line = after_line;
	t->sh->after_ctx = t;
	listen_calls(t, 1);
	t->ncalls = 0;
	value_decref(t->seen);
	t->seen = value_incref(last_value());
	t->held = 1; /* not known yet: only a new error passes an error step */
	free(t->live);
	t->live = xstrdup(l->name);
}

static void
deactivate(struct tutor *t)
{
	t->cur = NULL;
	if (t->sh->after_line == after_line)
		t->sh->after_line = NULL;
	listen_calls(t, 0);
}

/* The next lesson after l that is not finished, for "what's next". */
static const struct lesson *
next_lesson(struct tutor *t, const struct lesson *l)
{
	struct progress p;
	const struct lesson *hit = NULL;
	size_t i, k;

	read_progress(t, &p);
	for (i = 0; i < t->set.n && t->set.v[i] != l; i++)
		;
	for (k = 1; k <= t->set.n && hit == NULL; k++) {
		const struct lesson *c = t->set.v[(i + k) % t->set.n];

		if (c != l && (size_t)progress_get(&p, c->name) < c->nsteps)
			hit = c;
	}
	progress_free(&p);
	return (hit);
}

static void
finish(struct tutor *t)
{
	struct lesson *l = t->cur;
	const struct lesson *next;

	deactivate(t);
	printf("\n");
	style(t, GREEN);
	printf("Lesson complete: %s", l->title);
	style(t, RESET);
	printf(" (%zu steps).\n", l->nsteps);
	next = next_lesson(t, l);
	if (next != NULL)
		printf("Next: .lesson %s  (%s)\n", next->name, next->title);
	else
		printf("That was the last lesson you had left: well done. "
		       ".lessons lists them all.\n");
	printf("Your variables and sockets stay: keep experimenting.\n");
	fflush(stdout);
}

/* The step passed: say so, show what to notice, move on. */
static void
step_done(struct tutor *t, const char *how)
{
	const struct step *st = &t->cur->steps[t->step];

	style(t, GREEN);
	printf("%s step %zu done%s", check_mark(t), t->step + 1, how);
	style(t, RESET);
	printf("\n");
	if (st->notice != NULL && st->notice[0] != '\0')
		render(t, st->notice, 2);
	t->step++;
	t->hints = 0;
	save_progress(t, t->cur->name, (int)t->step);
	if (t->step >= t->cur->nsteps)
		finish(t);
}

static int
error_matches(const struct value *e, const char *name)
{
	const struct pyclass *c;
	struct value *m, *v;
	const char *bare = strncmp(name, "socket.", 7) == 0 ? name + 7 : name;
	long long want, have;
	int hit = 0;

	if (e == NULL || e->kind != KIND_EXC)
		return (0);
	for (c = e->u.exc->cls; c != NULL; c = c->base)
		if (strcmp(c->name, bare) == 0)
			return (1);
	if (name[0] != 'E' || e->u.exc->errnum == NULL ||
	    value_as_long(e->u.exc->errnum, &have) < 0) {
		err_clear();
		return (0);
	}
	m = builtins_import(strncmp(name, "EAI_", 4) == 0 ? "socket" : "errno");
	if (m == NULL) {
		err_clear();
		return (0);
	}
	v = dict_get(m->u.mod->dict, name);
	if (v != NULL && value_as_long(v, &want) == 0)
		hit = want == have && (strncmp(name, "EAI_", 4) != 0 ||
		                          value_isinstance(e, &cls_gaierror));
	err_clear();
	value_decref(m);
	return (hit);
}

/* Remember whether the current step's checks hold before the next line. */
static void
note_held(struct tutor *t)
{
	t->held = t->cur == NULL || t->replaying ||
	          checks_hold(t, &t->cur->steps[t->step]);
}

static void
after_line(struct shell *sh, const char *line, int failed)
{
	struct tutor *t = sh->after_ctx;
	const struct step *st;
	struct value *lv = last_value();
	int new_error;
	size_t i;

	(void)line;
	if (t == NULL || t->cur == NULL || t->replaying)
		goto done;
	new_error = failed && lv != NULL && lv != t->seen;
	t->last_failed = failed;
	st = &t->cur->steps[t->step];
	/*
	 * A step that expects an error passes on a new error, or on a line
	 * that ran cleanly and turned its checks true (a root learner's
	 * bind to port 999 simply works, and the check allows for that).
	 */
	if ((!st->expects_error || new_error || (!failed && !t->held)) &&
	    checks_hold(t, st)) {
		step_done(t, "");
		/* One line may do the next step's work too. */
		while (t->cur != NULL) {
			st = &t->cur->steps[t->step];
			if (st->expects_error || st->before_any ||
			    !checks_hold(t, st))
				break;
			step_done(t, " (your line did this one too)");
		}
		if (t->cur != NULL)
			present_step(t);
	} else if (new_error) {
		for (i = 0; i < st->nonerrs; i++)
			if (error_matches(lv, st->onerrs[i].name)) {
				style(t, YELLOW);
				printf("  lesson hint:");
				style(t, RESET);
				printf("\n");
				render(t, st->onerrs[i].text, 4);
				break;
			}
	}
	fflush(stdout);
done:
	/*
	 * While .skip or a resume replays model answers, keep the calls of
	 * every answer line: the checks run after the last one, and
	 * called() must see them (as under --check-lessons).  Whoever
	 * replays resets seen, ncalls and held when it is done.
	 */
	if (t != NULL && !t->replaying) {
		value_decref(t->seen);
		t->seen = value_incref(last_value());
		t->ncalls = 0;
		note_held(t);
	}
}

/* The lesson key names (a name, a unique prefix or a number), or NULL. */
static struct lesson *
find_lesson(struct tutor *t, const char *key)
{
	struct lesson *l;
	int ambiguous;
	size_t i;

	if ((l = lesson_set_find(&t->set, key, &ambiguous)) != NULL)
		return (l);
	if (ambiguous) {
		fprintf(stderr, "more than one lesson starts with '%s':", key);
		for (i = 0; i < t->set.n; i++)
			if (strncmp(t->set.v[i]->name, key, strlen(key)) == 0)
				fprintf(stderr, " %s", t->set.v[i]->name);
		fputc('\n', stderr);
	} else
		fprintf(stderr, "no lesson '%s' (.lessons lists them)\n", key);
	return (NULL);
}

/* Steps of l done before; a finished lesson starts again from 0. */
static int
steps_done(struct tutor *t, const struct lesson *l)
{
	struct progress p;
	int done;

	read_progress(t, &p);
	done = progress_get(&p, l->name);
	progress_free(&p);
	if ((size_t)done >= l->nsteps) {
		if (done > 0)
			printf("You finished this lesson before; here it is "
			       "again from the start.\n");
		done = 0;
		save_progress(t, l->name, 0);
	}
	return (done);
}

/* A note for each lesson l builds on that is not finished yet. */
static void
note_requires(struct tutor *t, const struct lesson *l)
{
	struct progress p;
	int ambiguous;
	size_t i;

	for (i = 0; i < l->nrequires; i++) {
		struct lesson *r =
		    lesson_set_find(&t->set, l->requires[i], &ambiguous);

		read_progress(t, &p);
		if (r != NULL &&
		    (size_t)progress_get(&p, r->name) < r->nsteps) {
			/* Wrapped like the rest: a long name would run
			 * past 80 columns. */
			char *note = xasprintf("(This lesson builds on "
			                       "'%s', which you have not "
			                       "finished; going ahead anyway.)",
			    r->name);

			render(t, note, 0);
			free(note);
		}
		progress_free(&p);
	}
}

/* The lesson's title, summary, prerequisites, intro and the commands. */
static void
introduce(struct tutor *t, const struct lesson *l)
{
	printf("\n");
	style(t, BOLD);
	printf("Lesson: %s", l->title);
	style(t, RESET);
	printf("\n");
	render(t, l->summary, 0);
	note_requires(t, l);
	if (l->intro != NULL) {
		printf("\n");
		render(t, l->intro, 0);
	}
	printf("\nType Python at the prompt; each step checks itself after "
	       "every line.\n"
	       ".hint for a hint, .show to see the step again, .skip to let "
	       "the shell do it,\n"
	       ".back for the step before, .lesson stop to leave.\n");
	fflush(stdout);
}

/* Rebuild the session the step needs, unless it is this lesson's. */
static void
rebuild_session(struct tutor *t, const struct lesson *l, int done)
{
	struct shell *sh = t->sh;
	int live = t->live != NULL && strcmp(t->live, l->name) == 0, explain;
	size_t i;

	if (done > 0 && !live) {
		printf("\nResuming at step %d: replaying step%s %s%d to "
		       "rebuild your sockets...\n",
		    done + 1, done > 1 ? "s" : "", done > 1 ? "1-" : "", done);
		fflush(stdout);
		t->replaying = 1;
		run_setup(t, l, 1);
		explain = sh->explain;
		sh->explain = 0; /* expected errors need no sermon */
		for (i = 0; i < (size_t)done && !sh->quit; i++)
			run_visibly(t, l->steps[i].answers,
			    l->steps[i].nanswers);
		sh->explain = explain;
		t->replaying = 0;
		printf("(replay done)\n");
	} else if (done > 0)
		printf("\nResuming at step %d.\n", done + 1);
	else if (!live)
		run_setup(t, l, 1);
}

int
tutor_start(struct shell *sh, const char *key)
{
	struct tutor *t = tutor_get(sh);
	struct lesson *l;
	int done;

	if (t->cur == NULL) {
		lesson_set_free(&t->set);
		t->loaded = 0;
	}
	load_lessons(t, 0);
	if ((l = find_lesson(t, key)) == NULL)
		return (1);
	if (t->cur == l) {
		printf("You are in lesson %s already: here is your step.\n",
		    l->name);
		present_step(t);
		return (0);
	}
	if (t->cur != NULL)
		deactivate(t);
	done = steps_done(t, l);
	introduce(t, l);
	rebuild_session(t, l, done);
	t->step = (size_t)done;
	activate(t, l);
	present_step(t);
	return (0);
}

int
tutor_stop(struct shell *sh)
{
	struct tutor *t = tutor_get(sh);

	if (t->cur == NULL)
		return (no_lesson());
	printf("Left lesson %s at step %zu of %zu; your variables and sockets "
	       "stay.\n.lesson %s picks it up again.\n",
	    t->cur->name, t->step + 1, t->cur->nsteps, t->cur->name);
	deactivate(t);
	return (0);
}

int
tutor_show(struct shell *sh)
{
	struct tutor *t = tutor_get(sh);

	if (t->cur == NULL)
		return (no_lesson());
	present_step(t);
	return (0);
}

int
tutor_hint(struct shell *sh)
{
	struct tutor *t = tutor_get(sh);
	const struct step *st;
	char *a;

	if (t->cur == NULL)
		return (no_lesson());
	st = &t->cur->steps[t->step];
	if (t->hints < st->nhints) {
		style(t, YELLOW);
		printf("Hint %zu of %zu:", t->hints + 1, st->nhints);
		style(t, RESET);
		printf("\n");
		render(t, st->hints[t->hints].text, 2);
		t->hints++;
		return (0);
	}
	printf("No more hints. One way to do it:\n");
	for (size_t i = 0; i < st->nanswers; i++) {
		a = subst(t, st->answers[i].text);
		style(t, "\033[36m");
		printf("    %s", a);
		style(t, RESET);
		printf("\n");
		free(a);
	}
	printf(".skip runs it for you.\n");
	return (0);
}

int
tutor_skip(struct shell *sh)
{
	struct tutor *t = tutor_get(sh);
	const struct step *st;

	if (t->cur == NULL)
		return (no_lesson());
	st = &t->cur->steps[t->step];
	printf("Running the model answer for step %zu:\n", t->step + 1);
	fflush(stdout);
	t->replaying = 1;
	run_visibly(t, st->answers, st->nanswers);
	t->replaying = 0;
	if (t->cur == NULL) /* exit() in an answer */
		return (0);
	t->last_failed = 0;
	if (!checks_hold(t, st))
		/* .lesson stop and .lesson NAME in this same session do
		 * not replay (the session is already this lesson's); a
		 * new process does. */
		printf("(The step's checks still do not hold: your session "
		       "differs from the lesson's.\n Quit, start sockshell "
		       "again and type .lesson %s: that replays\n the steps "
		       "so far in a fresh session.)\n",
		    t->cur->name);
	step_done(t, " (skipped)");
	if (t->cur != NULL)
		present_step(t);
	value_decref(t->seen);
	t->seen = value_incref(last_value());
	t->ncalls = 0;
	note_held(t);
	return (0);
}

int
tutor_back(struct shell *sh)
{
	struct tutor *t = tutor_get(sh);

	if (t->cur == NULL)
		return (no_lesson());
	if (t->step == 0) {
		fprintf(stderr, "this is the first step\n");
		return (1);
	}
	t->step--;
	t->hints = 0;
	save_progress(t, t->cur->name, (int)t->step);
	printf("Back to step %zu (your variables and sockets stay as they "
	       "are).\n",
	    t->step + 1);
	present_step(t);
	return (0);
}

/* ---- for tests ---------------------------------------------------------- */

int
tutor_eval_check(struct shell *sh, const char *expr, char **why)
{
	return (eval_check(tutor_get(sh), expr, why));
}

void
tutor_note_line(struct shell *sh, int failed)
{
	struct tutor *t = tutor_get(sh);

	t->last_failed = failed;
}

void
tutor_note_call(struct shell *sh, const struct callrec *rec)
{
	record_call(tutor_get(sh), rec);
}

/* ---- --check-lessons ---------------------------------------------------- */

struct quiet_out {
	int out, err; /* the real stdout and stderr, saved */
};

static void
mute(struct quiet_out *q)
{
	int dn = open("/dev/null", O_WRONLY);

	fflush(stdout);
	fflush(stderr);
	q->out = dup(STDOUT_FILENO);
	q->err = dup(STDERR_FILENO);
	if (dn != -1) {
		dup2(dn, STDOUT_FILENO);
		dup2(dn, STDERR_FILENO);
		close(dn);
	}
}

static void
unmute(struct quiet_out *q)
{
	fflush(stdout);
	fflush(stderr);
	if (q->out != -1) {
		dup2(q->out, STDOUT_FILENO);
		close(q->out);
	}
	if (q->err != -1) {
		dup2(q->err, STDERR_FILENO);
		close(q->err);
	}
}

/* Run one answer line in check mode; 1 if it raised. */
static int
run_answer(struct tutor *t, const char *text, char **why)
{
	char *src = subst(t, text);
	struct value *before = value_incref(last_value()), *after;
	int failed;

	t->ncalls = 0;
	t->recording = 1;
	t->sh->source = src;
	failed = shell_run_entry(t->sh, src, strlen(src));
	t->sh->source = NULL;
	t->recording = 0;
	t->last_failed = failed;
	after = last_value();
	*why = NULL;
	if (failed)
		*why = after != NULL && after != before ?
		           exc_format_line(after) :
		           xstrdup("a syntax error");
	value_decref(before);
	free(src);
	return (failed);
}

/* Play one lesson; NULL if it passes, else what failed (malloc'd). */
static char *
play(const struct lesson *l, size_t index, unsigned char *cov, size_t cov_n)
{
	struct shell sh;
	struct tutor *t;
	struct quiet_out q;
	char *fail = NULL, *why = NULL, *cwd = getcwd(NULL, 0);
	size_t i, j;
	int r;

	shell_init(&sh);
	sh.echo = 1; /* interactive semantics: `_` and sys.last_value */
	sh.explain = 0;
	t = tutor_get(&sh);
	t->checking = 1;
	t->lesson_index = index;
	t->cov = cov;
	t->cov_n = cov_n;
	t->progress_path = (free(t->progress_path), NULL);
	listen_calls(t, 1);
	clear_last_value();
	if (chdir(need_tmpdir(t)) == -1)
		fail = xasprintf("cannot enter a temporary directory");
	mute(&q);
	if (fail == NULL)
		run_setup(t, l, 0);
	for (i = 0; i < l->nsteps && fail == NULL; i++) {
		const struct step *st = &l->steps[i];

		t->ncalls = 0;
		t->last_failed = 0;
		if (!st->before_any && checks_hold(t, st)) {
			fail =
			    xasprintf("step %zu: checks already hold before "
			              "the answer (add `before: any` if that "
			              "is meant)",
			        i + 1);
			break;
		}
		for (j = 0; j < st->nanswers && fail == NULL; j++) {
			if (run_answer(t, st->answers[j].text, &why) &&
			    !st->expects_error)
				fail = xasprintf("step %zu: answer `%s` raised "
				                 "%s",
				    i + 1, st->answers[j].text, why);
			free(why);
			why = NULL;
			if (sh.quit && fail == NULL)
				fail = xasprintf("step %zu: answer `%s` ended "
				                 "the session",
				    i + 1, st->answers[j].text);
		}
		for (j = 0; j < st->nchecks && fail == NULL; j++) {
			r = eval_check(t, st->checks[j].text, &why);
			if (r == 0)
				fail = xasprintf("step %zu: check `%s` false "
				                 "after answer",
				    i + 1, st->checks[j].text);
			else if (r < 0)
				fail = xasprintf("step %zu: check `%s` raised "
				                 "%s",
				    i + 1, st->checks[j].text, why);
			free(why);
			why = NULL;
		}
	}
	unmute(&q);
	listen_calls(t, 0);
	t->cov = NULL; /* the caller's */
	if (cwd != NULL && chdir(cwd) == -1)
		fprintf(stderr, "%s: cannot return to %s\n", PACKAGE_NAME, cwd);
	free(cwd);
	shell_free(&sh); /* frees t, closes the sockets, removes {tmp} */
	clear_last_value();
	return (fail);
}

/* "1-3,5" for the lessons in a coverage cell. */
static void
cell_text(const unsigned char *flags, size_t n, char *out, size_t outsz)
{
	size_t i = 0, j, len = 0;

	out[0] = '\0';
	while (i < n) {
		if (!flags[i]) {
			i++;
			continue;
		}
		for (j = i; j + 1 < n && flags[j + 1]; j++)
			;
		if (len < outsz)
			len += (size_t)snprintf(out + len, outsz - len,
			    j > i + 1  ? "%s%zu-%zu" :
			    j == i + 1 ? "%s%zu,%zu" :
			                 "%s%zu",
			    len ? "," : "", i + 1, j + 1);
		i = j + 1;
	}
	if (out[0] == '\0')
		snprintf(out, outsz, "-");
}

int
tutor_check_lessons(char *const *files, size_t n)
{
	struct lesson_set set = { NULL, 0 };
	struct lesson_errors errs;
	unsigned char *cov;
	size_t i, m, f, covered = 0, nrows = cov_count();
	int bad, passed = 0, failed;
	char cell[128];

	lesson_errors_init(&errs);
	bad = n > 0 ? lesson_set_load_files(&set, files, n, &errs) :
	              lesson_set_load_dir(&set, lesson_dir(), &errs);
	/* Parse errors first, as compilers print them: FILE:LINE: message. */
	fflush(stdout);
	lesson_errors_print(&errs, stderr);
	failed = bad;
	lesson_errors_free(&errs);
	if (set.n == 0 && bad == 0) {
		fprintf(stderr, "%s: no lessons found in %s\n", PACKAGE_NAME,
		    n > 0 ? "the files given" : lesson_dir());
		lesson_set_free(&set);
		return (1);
	}
	cov = xcalloc(nrows * 3 * (set.n ? set.n : 1), 1);
	for (i = 0; i < set.n; i++) {
		char *why = play(set.v[i], i, cov, set.n);

		if (why == NULL) {
			printf("PASS %s (%zu step%s)\n", set.v[i]->name,
			    set.v[i]->nsteps, set.v[i]->nsteps == 1 ? "" : "s");
			passed++;
		} else {
			printf("FAIL %s %s\n", set.v[i]->name, why);
			failed++;
		}
		free(why);
		fflush(stdout);
	}
	if (set.n > 0) {
		printf("\nCoverage: lessons whose model answers made each call "
		       "(numbered in the order above)\n");
		printf("%-12s %-16s %-16s %s\n", "", cov_family_names[0],
		    cov_family_names[1], cov_family_names[2]);
		for (m = 0; m < nrows; m++) {
			printf("%-12s", cov_name(m));
			for (f = 0; f < 3; f++) {
				const unsigned char *fl =
				    cov + (m * 3 + f) * set.n;

				cell_text(fl, set.n, cell, sizeof(cell));
				if (cell[0] != '-')
					covered++;
				printf(f < 2 ? " %-16s" : " %s", cell);
			}
			printf("\n");
		}
		printf("covered: %zu of %zu\n", covered, nrows * 3);
	}
	printf("%d passed, %d failed\n", passed, failed);
	free(cov);
	lesson_set_free(&set);
	return (failed > 0 ? 1 : 0);
}
