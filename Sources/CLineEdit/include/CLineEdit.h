#ifndef CLINEEDIT_H
#define CLINEEDIT_H

/// Completion callback: given the line up to the cursor, returns a malloc'd string
/// "TEXT-TO-INSERT\nLISTING" (LISTING empty when nothing should be listed), or NULL to beep.
typedef char *_Nullable (*cn_completer_fn)(const char *_Nonnull before_cursor);

/// How a read ended.
enum { CN_READ_LINE = 0, CN_READ_EOF = 1, CN_READ_INTERRUPTED = 2 };

/// Has glibc map large blocks (a plan file's bytes, a growing list, an export) and give them
/// back when freed. By default it raises that threshold after the first such block is freed, and
/// later ones stay in the heap: 2 to 7 MiB more peak memory for a 10,000-concept plan.
void cn_return_large_blocks(void);

/// For a session: blocks up to 512 KiB stay in the heap, and as much free memory at its top. Each
/// change to a 1,000-concept plan copies its list of concepts (about 200 KiB); mapped and given
/// back every time, the copy cost some 50 page faults a change.
void cn_keep_blocks_for_changes(void);

/// Makes the character type UTF-8 when the environment's is not (C locale, LANG unset),
/// so that libedit accepts CJK input. Returns 1 when a UTF-8 ctype is in force.
int cn_ensure_utf8_ctype(void);

/// Starts line editing on the terminal (stdin/stdout). Returns 0 on success.
int cn_le_open(const char *_Nonnull program_name);
void cn_le_close(void);
/// The prompt; colour escapes must be wrapped in \001 ... \001.
void cn_le_set_prompt(const char *_Nonnull prompt);
void cn_le_set_completer(cn_completer_fn _Nullable fn);
/// Reads one line (without its newline) into a malloc'd string; *status says how it ended.
char *_Nullable cn_le_read(int *_Nonnull status);
void cn_le_history_clear(void);
void cn_le_history_add(const char *_Nonnull line);

/// Asked about every interval while a read waits for typing: returns 1 when the prompt must be
/// drawn again (it changed it with cn_le_set_prompt), else 0.
typedef int (*cn_ticker_fn)(void);
/// Starts asking `fn` (NULL: stops); the line being typed is never disturbed.
void cn_le_set_ticker(cn_ticker_fn _Nullable fn, int interval_ms);
/// From the ticker: rings the bell and writes `text` where the line was; the prompt and the line,
/// as typed, are drawn again below it.
void cn_le_announce(const char *_Nonnull text);

/// Columns of the terminal on fd, or 0 when unknown.
int cn_terminal_columns(int fd);
/// Rows of the terminal on fd, or 0 when unknown.
int cn_terminal_rows(int fd);

#endif
