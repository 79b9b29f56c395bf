/* repl.c -- reading lines: GNU Readline on a terminal, plain reads elsewhere */
#include <config.h>

#include "repl.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <readline/history.h>
#include <readline/readline.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "exc.h"
#include "xmalloc.h"

struct repl {
	FILE *in;
	int tty;            /* Readline, prompts and history */
	char *history_path; /* owned, or NULL: no history file */
	repl_completer complete;
	void *complete_ctx;
	char *got_line; /* what Readline handed on_line (malloc'd) */
	int line_done;  /* on_line was called */
};

/*
 * Readline's callbacks (the line handler, completion) take no context:
 * the one reader at the terminal, for them.
 */
static struct repl *active;

static void
on_line(char *line)
{
	active->got_line = line;
	active->line_done = 1;
	rl_callback_handler_remove();
}

static char *
completion_entry(const char *text, int state)
{
	(void)text;
	(void)state;
	return (NULL);
}

/*
 * The shell's candidates in Readline's form (rl_completion_matches):
 * element 0 is what replaces the word -- the one match, or the longest
 * prefix all matches share -- then the matches, then NULL; a lone match
 * is {match, NULL}.  Takes over list and its strings.
 */
static char **
readline_matches(char **list)
{
	char **m;
	size_t n, i, lcd;

	for (n = 0; list[n] != NULL; n++)
		;
	if (n == 1)
		return (list);
	lcd = strlen(list[0]);
	for (i = 1; i < n; i++) {
		size_t k = 0;

		while (k < lcd && list[i][k] == list[0][k])
			k++;
		lcd = k;
	}
	m = xcalloc(n + 2, sizeof(*m));
	m[0] = xstrndup(list[0], lcd);
	memcpy(m + 1, list, n * sizeof(*m));
	free(list);
	return (m);
}

static char **
attempted_completion(const char *text, int start, int end)
{
	char **list;

	(void)end;
	rl_attempted_completion_over = 1; /* never fall back to file names */
	/* The shell adds "(", " " or "/" itself where one belongs. */
	rl_completion_append_character = '\0';
	if (active == NULL || active->complete == NULL)
		return (NULL);
	list = active->complete(rl_line_buffer, (size_t)start, text,
	    active->complete_ctx);
	if (list == NULL || list[0] == NULL) {
		free(list);
		return (NULL);
	}
	return (readline_matches(list));
}

char *
repl_default_history_path(void)
{
	const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	const char *own = getenv("SOCKSHELL_HISTORY");

	if (own != NULL) /* a path, or empty for no history file */
		return (own[0] != '\0' ? xstrdup(own) : NULL);
	if (state != NULL && state[0] == '/')
		return (xasprintf("%s/sockshell/history", state));
	if (home != NULL && home[0] != '\0')
		return (xasprintf("%s/.local/state/sockshell/history", home));
	return (NULL);
}

/* mkdir -p for the directory part of path, mode 0700. */
static void
make_parent_dirs(const char *path)
{
	char *p = xstrdup(path), *s;

	for (s = p + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		mkdir(p, 0700);
		*s = '/';
	}
	free(p);
}

struct repl *
repl_open(FILE *in, int tty, const char *history_path)
{
	struct repl *r = xcalloc(1, sizeof(*r));
	int fd;

	r->in = in;
	r->tty = tty;
	if (!tty)
		return (r);
	rl_readline_name = "sockshell";
	rl_instream = in;
	/* We take Ctrl-C ourselves: it must also interrupt a blocking call. */
	rl_catch_signals = 0;
	rl_attempted_completion_function = attempted_completion;
	rl_completion_entry_function = completion_entry;
	rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,[";
	using_history();
	if (history_path != NULL) {
		r->history_path = xstrdup(history_path);
		make_parent_dirs(history_path);
		/* Create it private before anything is written to it. */
		fd = open(history_path,
		    O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
		if (fd >= 0) {
			fchmod(fd, 0600);
			close(fd);
		}
		read_history(history_path);
	}
	active = r;
	return (r);
}

void
repl_close(struct repl *r)
{
	if (r == NULL)
		return;
	if (r->tty && r->history_path != NULL)
		history_truncate_file(r->history_path, 1000);
	if (active == r)
		active = NULL;
	free(r->history_path);
	free(r);
}

void
repl_set_completer(struct repl *r, repl_completer fn, void *ctx)
{
	r->complete = fn;
	r->complete_ctx = ctx;
}

void
repl_add_history(struct repl *r, const char *line)
{
	if (!r->tty || line[0] == '\0')
		return;
	add_history(line);
	/* Append at once: a crash or kill -9 keeps what was typed. */
	if (r->history_path != NULL)
		append_history(1, r->history_path);
}

static enum repl_status
plain_getline(struct repl *r, char **line, size_t *len)
{
	size_t cap = 0;
	ssize_t n;

	*line = NULL;
	errno = 0;
	n = getline(line, &cap, r->in);
	if (n < 0) {
		free(*line);
		*line = NULL;
		if (errno == EINTR && exc_sigint_pending) {
			exc_sigint_pending = 0;
			clearerr(r->in);
			return (REPL_INTERRUPT);
		}
		return (REPL_EOF);
	}
	if (n > 0 && (*line)[n - 1] == '\n')
		(*line)[--n] = '\0';
	*len = (size_t)n;
	return (REPL_LINE);
}

/* Ctrl-C at the prompt: drop the line, as Python's prompt does. */
static enum repl_status
interrupted(void)
{
	exc_sigint_pending = 0;
	rl_free_line_state();
	rl_callback_sigcleanup();
	rl_callback_handler_remove();
	rl_crlf();
	fputs("KeyboardInterrupt\n", stdout);
	fflush(stdout);
	return (REPL_INTERRUPT);
}

enum repl_status
repl_getline(struct repl *r, const char *prompt, char **line, size_t *len)
{
	sigset_t block, orig;
	struct pollfd pfd;
	enum repl_status st = REPL_LINE;

	if (!r->tty)
		return (plain_getline(r, line, len));
	/*
	 * SIGINT stays blocked except inside ppoll(), so a Ctrl-C that
	 * arrives while the prompt is drawn is seen at once, not after the
	 * next key (when it would cancel the wrong line).
	 */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigprocmask(SIG_BLOCK, &block, &orig);
	active = r;
	r->got_line = NULL;
	r->line_done = 0;
	rl_callback_handler_install(prompt, on_line);
	while (!r->line_done) {
		if (exc_sigint_pending) {
			st = interrupted();
			break;
		}
		pfd.fd = fileno(r->in);
		pfd.events = POLLIN;
		pfd.revents = 0;
		if (ppoll(&pfd, 1, NULL, &orig) == -1)
			continue; /* EINTR: the loop looks at the flag */
		rl_callback_read_char();
	}
	sigprocmask(SIG_SETMASK, &orig, NULL);
	if (st == REPL_INTERRUPT)
		return (st);
	if (r->got_line == NULL) {
		/*
		 * Readline keeps "EOF seen" and would print a stray newline
		 * after the next line; at "... " the session goes on.
		 */
		rl_eof_found = 0;
		return (REPL_EOF);
	}
	*line = r->got_line;
	*len = strlen(r->got_line);
	return (REPL_LINE);
}
