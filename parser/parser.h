/* parser.h: source text -> AST (Module), or a syntax error described as CPython 3.11 reports it.
 * The grammar (parser/grammar.y) is a pure, reentrant bison parser fed by the re2c lexer (lexer/). */
#ifndef TALLY_PARSER_H
#define TALLY_PARSER_H

#include "parser/ast.h"

/* A syntax error, with the fields of CPython's SyntaxError object. */
typedef struct SyntaxErrorInfo {
    const char *type;        /* "SyntaxError", "IndentationError" or "TabError" (static string) */
    char msg[256];           /* e.g. "invalid syntax", "'(' was never closed" */
    char filename[256];
    int lineno;              /* 1-based */
    int offset;              /* 1-based column in characters (CPython's SyntaxError.offset), 0 if none */
    int end_lineno, end_offset;  /* end of the highlighted range (end_offset exclusive), 0 if none */
    char *text;              /* malloc'd copy of the offending source line incl. '\n', or NULL */
    bool incomplete;         /* input ended inside an unfinished statement or bracket:
                              * the REPL reads another line instead of reporting the error */
} SyntaxErrorInfo;

/* Parses [len] bytes of [src]. Returns the module, allocated in [arena], or NULL with [err] filled in
 * (release err->text with parse_error_fini). Never crashes on any input; nesting deeper than
 * MAX_PARSE_DEPTH is a SyntaxError "too many nested parentheses" (CPython's message). */
Module *parse_source(const char *src, size_t len, const char *filename, ParseMode mode,
                     AstArena *arena, SyntaxErrorInfo *err);

/* Prints the error exactly as CPython 3.11's default handler does (to [out]):
 *   File "x.py", line 3
 *     if x
 *         ^
 *   SyntaxError: expected ':'                                                    */
void parse_print_error(const SyntaxErrorInfo *err, FILE *out);
/* The same from separate fields (a SyntaxError object's type name, msg, filename, lineno, offset,
 * end_lineno, end_offset, text; [text] may be NULL), so the traceback printer can show
 * SyntaxError instances exactly as CPython's default excepthook does. */
void parse_print_error_fields(FILE *out, const char *type, const char *msg, const char *filename,
                              int lineno, int offset, int end_lineno, int end_offset,
                              const char *text);
void parse_error_fini(SyntaxErrorInfo *err);

#endif
