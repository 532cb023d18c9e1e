#define _GNU_SOURCE
#include "CLineEdit.h"
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <errno.h>

static EditLine *el;
static History *hist;
static HistEvent ev;
static char *prompt_text;
static cn_completer_fn completer;
static volatile sig_atomic_t got_sigint;
static volatile sig_atomic_t got_sigwinch;

int cn_ensure_utf8_ctype(void) {
    setlocale(LC_CTYPE, "");
    const char *cs = nl_langinfo(CODESET);
    if (cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)) return 1;
    const char *candidates[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8", NULL};
    for (int i = 0; candidates[i]; i++) {
        if (setlocale(LC_CTYPE, candidates[i])) return 1;
    }
    return 0;
}

static char *prompt_fn(EditLine *e) {
    (void)e;
    return prompt_text ? prompt_text : "> ";
}

static unsigned char complete(EditLine *e, int ch) {
    (void)ch;
    if (!completer) return CC_ERROR;
    const LineInfo *li = el_line(e);
    char *before = strndup(li->buffer, (size_t)(li->cursor - li->buffer));
    if (!before) return CC_ERROR;
    char *result = completer(before);
    free(before);
    if (!result) return CC_ERROR;
    char *listing = strchr(result, '\n');
    if (listing) *listing++ = '\0';
    if (*result) el_insertstr(e, result);
    unsigned char rv = CC_REFRESH;
    if (listing && *listing) {
        FILE *out = stdout;
        fputs("\n", out);
        fputs(listing, out);
        fflush(out);
        rv = CC_REDISPLAY;
    } else if (!*result) {
        rv = CC_ERROR;
    }
    free(result);
    return rv;
}

static void on_sigint(int sig) { (void)sig; got_sigint = 1; }
static void on_sigwinch(int sig) { (void)sig; got_sigwinch = 1; }

int cn_le_open(const char *program_name) {
    el = el_init(program_name, stdin, stdout, stderr);
    if (!el) return -1;
    hist = history_init();
    history(hist, &ev, H_SETSIZE, 1000);
    history(hist, &ev, H_SETUNIQUE, 1);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 0);
    el_set(el, EL_PROMPT_ESC, prompt_fn, '\1');
    el_set(el, EL_HIST, history, hist);
    el_set(el, EL_ADDFN, "cn-complete", "Complete the word at the cursor", complete);
    el_set(el, EL_BIND, "^I", "cn-complete", NULL);
    el_set(el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    /* Arrow keys and Home/End in both common encodings. */
    el_set(el, EL_BIND, "\033[1;5C", "em-next-word", NULL);
    el_set(el, EL_BIND, "\033[1;5D", "ed-prev-word", NULL);
    el_source(el, NULL);

    /* Ctrl-C must interrupt the read (no SA_RESTART), never end the program. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_sigwinch;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &sa, NULL);
    /* A launcher may have blocked them (threads of a test runner do); we need them delivered. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    return 0;
}

void cn_le_close(void) {
    if (el) el_end(el);
    if (hist) history_end(hist);
    el = NULL;
    hist = NULL;
}

void cn_le_set_prompt(const char *prompt) {
    free(prompt_text);
    prompt_text = strdup(prompt);
}

void cn_le_set_completer(cn_completer_fn fn) { completer = fn; }

char *cn_le_read(int *status) {
    if (got_sigwinch) {
        got_sigwinch = 0;
        el_resize(el);
    }
    got_sigint = 0;
    int count = 0;
    const char *line = el_gets(el, &count);
    if (!line || count <= 0) {
        if (got_sigint || (count < 0 && errno == EINTR)) {
            got_sigint = 0;
            *status = CN_READ_INTERRUPTED;
        } else {
            *status = CN_READ_EOF;
        }
        return NULL;
    }
    size_t len = strlen(line);
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
    *status = CN_READ_LINE;
    return strndup(line, len);
}

void cn_le_history_clear(void) {
    if (hist) history(hist, &ev, H_CLEAR);
}

void cn_le_history_add(const char *line) {
    if (hist) history(hist, &ev, H_ENTER, line);
}

int cn_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}
