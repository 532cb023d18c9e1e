#define _GNU_SOURCE
#include "CLineEdit.h"
#include <histedit.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>

static EditLine *el;
static History *hist;
static HistEvent ev;
static char *prompt_text;
static cn_completer_fn completer;
static volatile sig_atomic_t got_sigint;
static volatile sig_atomic_t got_sigwinch;
static unsigned char tick(EditLine *e, int ch);
static int read_char(EditLine *e, wchar_t *wc);
static int prompt_rows(void);
/* Rows the prompt on the screen takes before the line: where a notice must start. */
static int drawn_prompt_rows;

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
    drawn_prompt_rows = prompt_rows();
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
    el_set(el, EL_GETCFN, read_char);
    el_set(el, EL_PROMPT_ESC, prompt_fn, '\1');
    el_set(el, EL_HIST, history, hist);
    el_set(el, EL_ADDFN, "cn-complete", "Complete the word at the cursor", complete);
    el_set(el, EL_BIND, "^I", "cn-complete", NULL);
    el_set(el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    /* U+0091 (PRIVATE USE ONE), never typed: the ticker's way into the editing loop. */
    el_set(el, EL_ADDFN, "cn-tick", "Redraw the prompt for the ticker", tick);
    el_set(el, EL_BIND, "\\221", "cn-tick", NULL);
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
    /* A Ctrl-C pressed since the last read (while a command ran, or the guide printed its next
     * question) is not forgotten: it ends this read, as the person meant it to. The terminal has
     * already dropped what was typed before it. */
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

int cn_terminal_rows(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) return ws.ws_row;
    return 0;
}

/*
 * The ticker: while a read waits for typing, the prompt can change (a countdown) and a notice can
 * be shown above the line, without touching what is being typed. libedit redraws only from inside
 * its editing loop, so the read function below waits with poll() and, when the ticker has
 * something to show, hands libedit the character bound to cn-tick instead of a key.
 */
#define TICK 0x91
static cn_ticker_fn ticker;
static int tick_interval_ms;
static char *notice;
/* Two steps of showing a notice: 1 after the cursor went to the start of the line. */
static int notice_step;
static int notice_cursor;
/* Keys after which the next key belongs to the same command: no tick may come between. */
static int holding;
/* Ctrl-R search reads keys itself and ends at any key it does not know, a tick too. */
static int searching;

static int hold_after(wchar_t c) {
    return c == 033 || c == 026; /* ESC starts a key sequence; Ctrl-V quotes the next key */
}

/* What Ctrl-R search takes as part of it: text, erasing, Ctrl-W and searching on. */
static int keeps_search(wchar_t c) {
    return c >= 0x20 || c == 010 || c == 027 || c == 022 || c == 023;
}

/* Waits for a key; -1 when Ctrl-C was pressed, before the wait or during it. A Ctrl-C that comes
 * while libedit draws (after a key, before the next read) sets only the flag: a plain read() would
 * then wait on, the Ctrl-C lost until the next key, as the terminal drops the keys typed before it.
 * SIGINT stays blocked while the flag is checked and ppoll() unblocks it only while waiting, so it
 * cannot fall between the check and the wait; one that comes after ppoll() saw a key (and so
 * dropped it) runs its handler as the mask is restored and is seen by the last check. */
static int wait_for_key(void) {
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    int interrupted = 0;
    for (;;) {
        if (got_sigint) {
            interrupted = 1;
            break;
        }
        struct pollfd p = {.fd = 0, .events = POLLIN};
        int r = ppoll(&p, 1, NULL, &old);
        if (r > 0 || (r < 0 && errno != EINTR)) break;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return interrupted || got_sigint ? -1 : 0;
}

/* libedit's own read_char, with a wait for the ticker first, and a Ctrl-C never lost (above). */
static int read_char(EditLine *e, wchar_t *wc) {
    if (notice_step == 1) {
        *wc = TICK;
        return 1;
    }
    while (ticker && !holding && !searching) {
        if (got_sigint) {
            *wc = 0;
            return -1;
        }
        struct pollfd p = {.fd = 0, .events = POLLIN};
        int r = poll(&p, 1, tick_interval_ms);
        if (r > 0) break;
        if (r < 0 && errno != EINTR) break;
        if (r < 0 && got_sigint) {
            *wc = 0;
            return -1;
        }
        if (r < 0 && got_sigwinch) {
            /* The countdown is drawn every second: at the window's new width, not the old one. */
            got_sigwinch = 0;
            el_resize(e);
            *wc = TICK;
            return 1;
        }
        if (r == 0 && (ticker() || notice)) {
            *wc = TICK;
            return 1;
        }
    }
    char buf[MB_LEN_MAX];
    size_t n = 0;
    for (;;) {
        /* Each byte, the rest of a character too: Ctrl-C drops what was not read yet. */
        if (wait_for_key() < 0) {
            *wc = 0;
            return -1;
        }
        ssize_t got = read(0, buf + n, 1);
        if (got < 0) {
            *wc = 0;
            return -1;
        }
        if (got == 0) {
            *wc = 0;
            return 0;
        }
        n++;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t len = mbrtowc(wc, buf, n, &state);
        if (len == (size_t)-2 && n < MB_LEN_MAX) continue;
        if (len == (size_t)-1 || len == (size_t)-2) {
            n = 0; /* not UTF-8: dropped, as libedit drops it */
            continue;
        }
        break;
    }
    holding = hold_after(*wc);
    if (*wc == 022 || *wc == 023) searching = 1;
    else if (searching && !keeps_search(*wc)) searching = 0;
    return 1;
}

/* Rows between the prompt's first and the cursor standing right after the prompt, as libedit
 * lays it out: a character that does not fit in the row goes to the next one. */
static int prompt_rows(void) {
    int cols = cn_terminal_columns(1);
    if (cols <= 0 || !prompt_text) return 0;
    int row = 0, col = 0, hidden = 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    const char *p = prompt_text, *end = p + strlen(p);
    while (p < end) {
        wchar_t wc;
        size_t len = mbrtowc(&wc, p, (size_t)(end - p), &state);
        if (len == (size_t)-1 || len == (size_t)-2 || len == 0) break;
        p += len;
        if (wc == 1) {
            hidden = !hidden; /* colour escapes between \1 take no columns */
            continue;
        }
        int w = hidden ? 0 : wcwidth(wc);
        if (w <= 0) continue;
        if (col + w > cols) {
            row++;
            col = 0;
        }
        col += w;
    }
    return row + (col >= cols ? 1 : 0);
}

static unsigned char tick(EditLine *e, int ch) {
    (void)ch;
    /* All of it drawn again, not only what changed: libedit compares a colour escape by its place
     * in the prompt, not by what it holds, so a changed countdown would be left half drawn. */
    if (!notice) return CC_REDISPLAY;
    const LineInfoW *li = el_wline(e);
    if (notice_step == 0) {
        /* First the cursor goes to the start of the line, so the line can be cleared from its top. */
        notice_cursor = (int)(li->cursor - li->buffer);
        el_cursor(e, -notice_cursor);
        notice_step = 1;
        return CC_CURSOR;
    }
    if (drawn_prompt_rows > 0) fprintf(stdout, "\033[%dA", drawn_prompt_rows);
    fputs("\a\r\033[J", stdout);
    fputs(notice, stdout);
    fputs("\r\n", stdout);
    fflush(stdout);
    free(notice);
    notice = NULL;
    notice_step = 0;
    el_cursor(e, notice_cursor);
    /* The prompt and the line, drawn anew below the notice. */
    el_set(e, EL_REFRESH);
    return CC_NORM;
}

void cn_le_set_ticker(cn_ticker_fn fn, int interval_ms) {
    ticker = fn;
    tick_interval_ms = interval_ms > 0 ? interval_ms : 1000;
    holding = searching = 0;
}

void cn_le_announce(const char *text) {
    free(notice);
    notice = strdup(text);
    notice_step = 0;
}

void cn_return_large_blocks(void) { mallopt(M_MMAP_THRESHOLD, 128 * 1024); }

void cn_keep_blocks_for_changes(void) {
    mallopt(M_MMAP_THRESHOLD, 512 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024);
}
