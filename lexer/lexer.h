/* lexer.h: the tokenizer (lexer/lexer.re, compiled by re2c) that feeds the bison parser.
 * It turns UTF-8 Python source into tokens whose kinds are bison's (build/gen/grammar.tab.h):
 * NEWLINE/INDENT/DEDENT from indentation, numbers and strings checked as CPython 3.11 checks
 * them, and CPython's tokenizer error messages and locations. Tokens are kept in a history
 * array so the parser's error reporting can look behind and ahead of the failing token. */
#ifndef TALLY_LEXER_H
#define TALLY_LEXER_H

#include "parser/parser.h"
#include <stdarg.h>

/* String token flags (LexToken.str_flags). */
enum { STR_RAW = 1, STR_BYTES = 2, STR_FSTRING = 4, STR_UNICODE = 8 };

typedef struct LexToken {
    int kind;                   /* bison token kind (TOK_*), TOK_YYEOF at end of input */
    int lineno, col;            /* start: 1-based line, 0-based byte column */
    int end_lineno, end_col;    /* end (exclusive column) */
    const char *start;          /* token text in the lexer's buffer */
    size_t len;
    int level;                  /* bracket nesting level before this token */
    const char *str;            /* NAME: the identifier; NUMBER: the literal (arena strings) */
    int num_kind;               /* NUMBER: CONST_INT, CONST_FLOAT or CONST_IMAG */
    int str_flags;              /* STRING: STR_* flags */
    int quote_len;              /* STRING: 1 or 3 */
    const char *body;           /* STRING: text between the quotes (in the buffer) */
    size_t body_len;
    int body_lineno, body_col;  /* STRING: where the body starts */
} LexToken;

typedef struct LexParen {
    char ch;
    int lineno, col;
} LexParen;

#define LEX_MAX_INDENT 100      /* CPython's MAXINDENT: "too many levels of indentation" */
#define LEX_CHUNK_BITS 8
#define LEX_CHUNK (1 << LEX_CHUNK_BITS)
/* Token [i] of [lx]'s history (i < lx->ntoks). */
#define LEX_TOK(lx, i) (&(lx)->chunks[(i) >> LEX_CHUNK_BITS][(i) & (LEX_CHUNK - 1)])

typedef struct Lexer {
    const char *buf;            /* NUL-terminated copy of the source (newlines normalized to \n) */
    size_t len;
    const char *cur;            /* scanning position */
    const char *line_start;     /* start of the current physical line */
    int lineno;
    bool at_bol;                /* at the beginning of a logical line */
    bool eof;                   /* ENDMARKER produced */
    int pending;                /* > 0: INDENTs to emit; < 0: DEDENTs to emit */
    int indstack[LEX_MAX_INDENT + 1], altstack[LEX_MAX_INDENT + 1];
    int indent;                 /* top of the indentation stacks */
    LexParen parens[MAX_PARSE_DEPTH + 1];
    int level;
    int last_kind;              /* kind of the last token produced (for NEWLINE insertion) */
    LexToken **chunks;          /* every token scanned so far, in fixed chunks so that token
                                 * pointers stay valid while the history grows (malloc'd) */
    int ntoks, nchunks;
    int next;                   /* index of the next token lex_next hands out */
    AstArena *arena;
    SyntaxErrorInfo lerr;       /* the lexical error, once failed (text malloc'd) */
    bool failed;                /* an error was found; no more tokens after it */
    bool soft_error;            /* the error is one CPython reports without an exception
                                 * (indentation, EOF inside brackets, bad continuation) */
    bool eof_in_paren;          /* failed because input ended inside brackets */
    bool eof_in_string;         /* failed inside an unterminated triple-quoted string */
    bool eof_after_backslash;   /* failed because input ended after a line continuation */
    int line_base;              /* added to reported line numbers (f-string fields) */
    const char *prev_line_start;    /* start of the line before the current one */
    const char *comment;        /* start of a comment skipped on this line (NEWLINE's start) */
    bool char_offsets;          /* the source declared its encoding (cookie or BOM): CPython's
                                 * parser then reports offsets in characters, not bytes */
    bool pegen_next;            /* the error being recorded is one CPython's parser raises */
} Lexer;

/* Sets up [lx] over [len] bytes of [src] (copied into [arena]; \r\n and \r become \n, and a
 * final \n is added if missing). The caller has already rejected NUL bytes and invalid UTF-8.
 * Returns 0, or -1 on out of memory. */
int lex_init(Lexer *lx, const char *src, size_t len, AstArena *arena);
void lex_fini(Lexer *lx);               /* frees the token history and lerr.text */

/* Hands out the next token in [out] and returns its kind. On a lexical error returns
 * TOK_YYerror with [lx]->lerr filled in (CPython's message and location). */
int lex_next(Lexer *lx, LexToken *out);

/* Scans ahead so that token [index] of the history exists; returns it, or NULL if input ended
 * or an error stopped the scan first. Does not change what lex_next hands out next. */
const LexToken *lex_token_at(Lexer *lx, int index);

/* Fills [e] (replacing what it held): [type] "SyntaxError" etc.; [lineno] is a line of [lx]'s
 * buffer (line_base is added); 0-based byte columns become CPython's 1-based offsets: in
 * characters for [tokenizer] errors (CPython's tokenizer counts characters) and when the
 * source declared its encoding, else in bytes (CPython's parser does not convert then); a
 * column given as LEX_RAW(v) is stored as v (CPython uses -1 and 0 there). e->text becomes a
 * malloc'd copy of the line. */
#define LEX_RAW(v) ((v) - 1000000)
void lex_set_error(const Lexer *lx, SyntaxErrorInfo *e, bool tokenizer, const char *type,
                   int lineno, int col, int end_lineno, int end_col, const char *fmt, ...)
    PRINTF_LIKE(9, 10);
void lex_set_error_v(const Lexer *lx, SyntaxErrorInfo *e, bool tokenizer, const char *type,
                     int lineno, int col, int end_lineno, int end_col, const char *fmt, va_list ap);

/* The source line [lineno] (1-based) of [lx]'s buffer: start pointer and length without '\n'. */
const char *lex_line(const Lexer *lx, int lineno, size_t *len);

/* Number of UTF-8 characters in the first [nbytes] bytes of [s]. */
int lex_char_count(const char *s, size_t nbytes);

#endif
