/* test_lexer.c: unit tests of the re2c tokenizer (lexer/lexer.re): token sequences with
 * INDENT/DEDENT compared with CPython's tokenize module, numbers, strings, operators, and
 * tokenizer error messages and locations compared with CPython 3.11's compile().
 * The tables between the GENERATED markers come from python3 (the generator is kept at the
 * end of test_parser.c); do not edit them by hand. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexer/lexer.h"
#include "parser/parser_internal.h"
#include "grammar.tab.h"

typedef struct LexCase { const char *src, *tokens; } LexCase;
typedef struct LexErrCase {
    const char *src, *type, *msg;
    int lineno, offset, end_lineno, end_offset;
} LexErrCase;

/* ---- BEGIN GENERATED (gen_tests.py lexer) ---- */
static const LexCase lex_cases[] = {
    {"x = 1\n", "NAME=x@1:0 OP==@1:2 NUMBER=1@1:4 NEWLINE ENDMARKER"},
    {"if x:\n    y\n", "KEYWORD=if@1:0 NAME=x@1:3 OP=:@1:4 NEWLINE INDENT NAME=y@2:4 NEWLINE DEDENT ENDMARKER"},
    {"if a:\n  if b:\n    c\n  d\ne\n", "KEYWORD=if@1:0 NAME=a@1:3 OP=:@1:4 NEWLINE INDENT KEYWORD=if@2:2 NAME=b@2:5 OP=:@2:6 NEWLINE INDENT NAME=c@3:4 NEWLINE DEDENT NAME=d@4:2 NEWLINE DEDENT NAME=e@5:0 NEWLINE ENDMARKER"},
    {"def f():\n\tpass\n", "KEYWORD=def@1:0 NAME=f@1:4 OP=(@1:5 OP=)@1:6 OP=:@1:7 NEWLINE INDENT KEYWORD=pass@2:1 NEWLINE DEDENT ENDMARKER"},
    {"x = (1,\n     2)\n", "NAME=x@1:0 OP==@1:2 OP=(@1:4 NUMBER=1@1:5 OP=,@1:6 NUMBER=2@2:5 OP=)@2:6 NEWLINE ENDMARKER"},
    {"x = [\n1,\n\n2]\n", "NAME=x@1:0 OP==@1:2 OP=[@1:4 NUMBER=1@2:0 OP=,@2:1 NUMBER=2@4:0 OP=]@4:1 NEWLINE ENDMARKER"},
    {"x = 1 + \\\n  2\n", "NAME=x@1:0 OP==@1:2 NUMBER=1@1:4 OP=+@1:6 NUMBER=2@2:2 NEWLINE ENDMARKER"},
    {"# only a comment\n", "ENDMARKER"},
    {"x = 1  # c\n\n\n# c\ny = 2\n", "NAME=x@1:0 OP==@1:2 NUMBER=1@1:4 NEWLINE NAME=y@5:0 OP==@5:2 NUMBER=2@5:4 NEWLINE ENDMARKER"},
    {"if x:\n\n    # c\n    y\n", "KEYWORD=if@1:0 NAME=x@1:3 OP=:@1:4 NEWLINE INDENT NAME=y@4:4 NEWLINE DEDENT ENDMARKER"},
    {"\n\n\nx\n", "NAME=x@4:0 NEWLINE ENDMARKER"},
    {"x", "NAME=x@1:0 NEWLINE ENDMARKER"},
    {"if x:\n  y", "KEYWORD=if@1:0 NAME=x@1:3 OP=:@1:4 NEWLINE INDENT NAME=y@2:2 NEWLINE DEDENT ENDMARKER"},
    {"a = 'b' \"c\" '''d\ne''' r'\\n' b'x' f'{y}' rb'z' Rb'q' BR'r' fR'{s}' u'u'\n", "NAME=a@1:0 OP==@1:2 STRING='b'@1:4 STRING=\"c\"@1:8 STRING='''d\ne'''@1:12 STRING=r'\\n'@2:5 STRING=b'x'@2:11 STRING=f'{y}'@2:16 STRING=rb'z'@2:23 STRING=Rb'q'@2:29 STRING=BR'r'@2:35 STRING=fR'{s}'@2:41 STRING=u'u'@2:49 NEWLINE ENDMARKER"},
    {"1 1.5 .5 1. 1e5 1E+5 1e-5 1j 1.5J 0x1F 0o17 0b1 1_000 0_0 00 0xA_B\n", "NUMBER=1@1:0 NUMBER=1.5@1:2 NUMBER=.5@1:6 NUMBER=1.@1:9 NUMBER=1e5@1:12 NUMBER=1E+5@1:16 NUMBER=1e-5@1:21 NUMBER=1j@1:26 NUMBER=1.5J@1:29 NUMBER=0x1F@1:34 NUMBER=0o17@1:39 NUMBER=0b1@1:44 NUMBER=1_000@1:48 NUMBER=0_0@1:54 NUMBER=00@1:58 NUMBER=0xA_B@1:61 NEWLINE ENDMARKER"},
    {"a+b-c*d/e//f%g**h@i&j|k^l~m<n>o<=p>=q==r!=s<<t>>u\n", "NAME=a@1:0 OP=+@1:1 NAME=b@1:2 OP=-@1:3 NAME=c@1:4 OP=*@1:5 NAME=d@1:6 OP=/@1:7 NAME=e@1:8 OP=//@1:9 NAME=f@1:11 OP=%@1:12 NAME=g@1:13 OP=**@1:14 NAME=h@1:16 OP=@@1:17 NAME=i@1:18 OP=&@1:19 NAME=j@1:20 OP=|@1:21 NAME=k@1:22 OP=^@1:23 NAME=l@1:24 OP=~@1:25 NAME=m@1:26 OP=<@1:27 NAME=n@1:28 OP=>@1:29 NAME=o@1:30 OP=<=@1:31 NAME=p@1:33 OP=>=@1:34 NAME=q@1:36 OP===@1:37 NAME=r@1:39 OP=!=@1:40 NAME=s@1:42 OP=<<@1:43 NAME=t@1:45 OP=>>@1:46 NAME=u@1:48 NEWLINE ENDMARKER"},
    {"a+=1;b-=1;c*=1;d/=1;e//=1;f%=1;g**=1;h@=1;i&=1;j|=1;k^=1;l<<=1;m>>=1\n", "NAME=a@1:0 OP=+=@1:1 NUMBER=1@1:3 OP=;@1:4 NAME=b@1:5 OP=-=@1:6 NUMBER=1@1:8 OP=;@1:9 NAME=c@1:10 OP=*=@1:11 NUMBER=1@1:13 OP=;@1:14 NAME=d@1:15 OP=/=@1:16 NUMBER=1@1:18 OP=;@1:19 NAME=e@1:20 OP=//=@1:21 NUMBER=1@1:24 OP=;@1:25 NAME=f@1:26 OP=%=@1:27 NUMBER=1@1:29 OP=;@1:30 NAME=g@1:31 OP=**=@1:32 NUMBER=1@1:35 OP=;@1:36 NAME=h@1:37 OP=@=@1:38 NUMBER=1@1:40 OP=;@1:41 NAME=i@1:42 OP=&=@1:43 NUMBER=1@1:45 OP=;@1:46 NAME=j@1:47 OP=|=@1:48 NUMBER=1@1:50 OP=;@1:51 NAME=k@1:52 OP=^=@1:53 NUMBER=1@1:55 OP=;@1:56 NAME=l@1:57 OP=<<=@1:58 NUMBER=1@1:61 OP=;@1:62 NAME=m@1:63 OP=>>=@1:64 NUMBER=1@1:67 NEWLINE ENDMARKER"},
    {"f(a, *b, **c) -> d; x := 1; ...; a.b; x[1:2]\n", "NAME=f@1:0 OP=(@1:1 NAME=a@1:2 OP=,@1:3 OP=*@1:5 NAME=b@1:6 OP=,@1:7 OP=**@1:9 NAME=c@1:11 OP=)@1:12 OP=->@1:14 NAME=d@1:17 OP=;@1:18 NAME=x@1:20 OP=:=@1:22 NUMBER=1@1:25 OP=;@1:26 OP=...@1:28 OP=;@1:31 NAME=a@1:33 OP=.@1:34 NAME=b@1:35 OP=;@1:36 NAME=x@1:38 OP=[@1:39 NUMBER=1@1:40 OP=:@1:41 NUMBER=2@1:42 OP=]@1:43 NEWLINE ENDMARKER"},
    {"lambda: 0\n", "KEYWORD=lambda@1:0 OP=:@1:6 NUMBER=0@1:8 NEWLINE ENDMARKER"},
    {"class A(B):\n    def f(self, x=1):\n        return x\n", "KEYWORD=class@1:0 NAME=A@1:6 OP=(@1:7 NAME=B@1:8 OP=)@1:9 OP=:@1:10 NEWLINE INDENT KEYWORD=def@2:4 NAME=f@2:8 OP=(@2:9 NAME=self@2:10 OP=,@2:14 NAME=x@2:16 OP==@2:17 NUMBER=1@2:18 OP=)@2:19 OP=:@2:20 NEWLINE INDENT KEYWORD=return@3:8 NAME=x@3:15 NEWLINE DEDENT DEDENT ENDMARKER"},
    {"\303\251 = 1\n\320\277\321\200\320\270\320\262\320\265\321\202 = 2\n", "NAME=\303\251@1:0 OP==@1:2 NUMBER=1@1:4 NEWLINE NAME=\320\277\321\200\320\270\320\262\320\265\321\202@2:0 OP==@2:7 NUMBER=2@2:9 NEWLINE ENDMARKER"},
    {"x = \"\"\"\n\n\"\"\"\n", "NAME=x@1:0 OP==@1:2 STRING=\"\"\"\n\n\"\"\"@1:4 NEWLINE ENDMARKER"},
    {"x = '\\\n'\n", "NAME=x@1:0 OP==@1:2 STRING='\\\n'@1:4 NEWLINE ENDMARKER"},
    {"if x:\n    pass\n  # c\n", "KEYWORD=if@1:0 NAME=x@1:3 OP=:@1:4 NEWLINE INDENT KEYWORD=pass@2:4 NEWLINE DEDENT ENDMARKER"},
    {"x = 1\n\014\ny = 2\n", "NAME=x@1:0 OP==@1:2 NUMBER=1@1:4 NEWLINE NAME=y@3:0 OP==@3:2 NUMBER=2@3:4 NEWLINE ENDMARKER"},
    {"for x in y:\n    pass\nelse:\n    pass\n", "KEYWORD=for@1:0 NAME=x@1:4 KEYWORD=in@1:6 NAME=y@1:9 OP=:@1:10 NEWLINE INDENT KEYWORD=pass@2:4 NEWLINE DEDENT KEYWORD=else@3:0 OP=:@3:4 NEWLINE INDENT KEYWORD=pass@4:4 NEWLINE DEDENT ENDMARKER"},
    {"x = {\n  \"a\": 1,  # c\n}\n", "NAME=x@1:0 OP==@1:2 OP={@1:4 STRING=\"a\"@2:2 OP=:@2:5 NUMBER=1@2:7 OP=,@2:8 OP=}@3:0 NEWLINE ENDMARKER"},
    {"not a in b is not c\n", "KEYWORD=not@1:0 NAME=a@1:4 KEYWORD=in@1:6 NAME=b@1:9 KEYWORD=is@1:11 KEYWORD=not@1:14 NAME=c@1:18 NEWLINE ENDMARKER"},
    {"print(f\"{x!r:>{w}}\")\n", "NAME=print@1:0 OP=(@1:5 STRING=f\"{x!r:>{w}}\"@1:6 OP=)@1:19 NEWLINE ENDMARKER"},
    {"x = 1if y else 2\n", "NAME=x@1:0 OP==@1:2 NUMBER=1@1:4 KEYWORD=if@1:5 NAME=y@1:8 KEYWORD=else@1:10 NUMBER=2@1:15 NEWLINE ENDMARKER"},
};
static const LexErrCase lex_err_cases[] = {
    {"1abc\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"012\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2},
    {"0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3},
    {"0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3},
    {"1_\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1__0\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"\"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1},
    {"\"\"\"abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
    {"x = 'a\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = 0x_\n", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
    {"x = 0o\n", "SyntaxError", "invalid octal literal", 1, 6, 1, 6},
    {"x = 0b\n", "SyntaxError", "invalid binary literal", 1, 6, 1, 6},
    {"x = 0_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 00_1\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 8},
    {"x = 1.5e+\n", "SyntaxError", "invalid decimal literal", 1, 9, 1, 9},
    {"x = 1.5ex\n", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7},
    {"x = 1.5_\n", "SyntaxError", "invalid decimal literal", 1, 8, 1, 8},
    {"x = 0xfg\n", "SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7},
    {"x = 0o17a\n", "SyntaxError", "invalid octal literal", 1, 8, 1, 8},
    {"x = 1jx\n", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6},
    {"x = 09\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = 007\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7},
    {"x = \342\202\254\n", "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 1, 5, 1, 5},
    {"x = a\302\240b\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 6, 1, 6},
    {"x\342\200\250 = 1\n", "SyntaxError", "invalid non-printable character U+2028", 1, 2, 1, 2},
    {"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"(]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2},
    {"x = (\n]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1},
    {"if x:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1},
    {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"a\\ b\n", "SyntaxError", "unexpected character after line continuation character", 1, 3, 1, 0},
    {"a = 1\\", "SyntaxError", "unexpected EOF while parsing", 1, 7, 1, -1},
    {"x = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9, 1, -1},
    {"'''abc\n\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 1, 1, 1},
    {"x = rb\"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5},
    {"x = \001\n", "SyntaxError", "invalid non-printable character U+0001", 1, 5, 1, 5},
    {"((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "SyntaxError", "too many nested parentheses", 1, 201, 1, 201},
    {"if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   if 1:\n                                                                                                    if 1:\n                                                                                                     if 1:\n                                                                                                      pass\n", "IndentationError", "too many levels of indentation", 101, 1, 101, 0},
};
/* ---- END GENERATED ---- */

static bool is_keyword(int k)
{
    switch (k) {
    case TOK_FALSE: case TOK_NONE: case TOK_TRUE: case TOK_AND: case TOK_AS: case TOK_ASSERT:
    case TOK_ASYNC: case TOK_AWAIT: case TOK_BREAK: case TOK_CLASS: case TOK_CONTINUE:
    case TOK_DEF: case TOK_DEL: case TOK_ELIF: case TOK_ELSE: case TOK_EXCEPT: case TOK_FINALLY:
    case TOK_FOR: case TOK_FROM: case TOK_GLOBAL: case TOK_IF: case TOK_IMPORT: case TOK_IN:
    case TOK_IS: case TOK_LAMBDA: case TOK_NONLOCAL: case TOK_NOT: case TOK_OR: case TOK_PASS:
    case TOK_RAISE: case TOK_RETURN: case TOK_TRY: case TOK_WHILE: case TOK_WITH: case TOK_YIELD:
        return true;
    default:
        return false;
    }
}

/* Tokenizes [src] into tokenize-module notation ("NAME=x@1:0 OP==@1:2 ... ENDMARKER"), or
 * up to "ERROR: msg" at the first error. The caller frees the result. */
static char *lex_all(const char *src, size_t len)
{
    AstArena *arena = ast_arena_new();
    Lexer lx;
    cr_assert(lex_init(&lx, src, len, arena) == 0);
    char *out = NULL;
    size_t outlen = 0;
    FILE *f = open_memstream(&out, &outlen);
    LexToken t;
    for (int n = 0;; n++) {
        int k = lex_next(&lx, &t);
        if (n) fputc(' ', f);
        if (k == TOK_YYerror) {
            fprintf(f, "ERROR: %s", lx.lerr.msg);
            break;
        }
        const char *cls = "OP";
        if (k == TOK_NAME) cls = "NAME";
        else if (is_keyword(k)) cls = "KEYWORD";
        else if (k == TOK_NUMBER) cls = "NUMBER";
        else if (k == TOK_STRING) cls = "STRING";
        else if (k == TOK_NEWLINE) cls = "NEWLINE";
        else if (k == TOK_INDENT) cls = "INDENT";
        else if (k == TOK_DEDENT) cls = "DEDENT";
        else if (k == TOK_YYEOF) cls = "ENDMARKER";
        bool plain = k == TOK_NEWLINE || k == TOK_INDENT || k == TOK_DEDENT || k == TOK_YYEOF;
        fputs(cls, f);
        /* tokenize counts columns in characters, the lexer in bytes (as CPython's AST) */
        if (!plain)
            fprintf(f, "=%.*s@%d:%d", (int)t.len, t.start, t.lineno,
                    lex_char_count(t.start - t.col, (size_t)t.col));
        if (k == TOK_YYEOF) break;
    }
    fclose(f);
    lex_fini(&lx);
    ast_arena_free(arena);
    return out;
}

Test(lexer, token_sequences_match_cpython_tokenize)
{
    for (size_t i = 0; i < sizeof lex_cases / sizeof lex_cases[0]; i++) {
        char *got = lex_all(lex_cases[i].src, strlen(lex_cases[i].src));
        cr_expect_str_eq(got, lex_cases[i].tokens, "source: %s", lex_cases[i].src);
        free(got);
    }
}

Test(lexer, errors_match_cpython)
{
    for (size_t i = 0; i < sizeof lex_err_cases / sizeof lex_err_cases[0]; i++) {
        const LexErrCase *c = &lex_err_cases[i];
        AstArena *arena = ast_arena_new();
        Lexer lx;
        lex_init(&lx, c->src, strlen(c->src), arena);
        LexToken t;
        int k;
        do k = lex_next(&lx, &t); while (k != TOK_YYerror && k != TOK_YYEOF);
        cr_expect_eq(k, TOK_YYerror, "no error for: %s", c->src);
        if (k == TOK_YYerror) {
            cr_expect_str_eq(lx.lerr.type, c->type, "source: %s", c->src);
            cr_expect_str_eq(lx.lerr.msg, c->msg, "source: %s", c->src);
            cr_expect(lx.lerr.lineno == c->lineno && lx.lerr.offset == c->offset &&
                      lx.lerr.end_lineno == c->end_lineno && lx.lerr.end_offset == c->end_offset,
                      "%s: got %d %d %d %d, CPython %d %d %d %d", c->src, lx.lerr.lineno,
                      lx.lerr.offset, lx.lerr.end_lineno, lx.lerr.end_offset, c->lineno, c->offset,
                      c->end_lineno, c->end_offset);
        }
        lex_fini(&lx);
        ast_arena_free(arena);
    }
}

/* The first token of [src] (the lexer stays open for the caller to finish). */
static LexToken first_token(const char *src, AstArena *arena, Lexer *lx)
{
    LexToken t;
    lex_init(lx, src, strlen(src), arena);
    lex_next(lx, &t);
    return t;
}

Test(lexer, number_kinds_and_text)
{
    static const struct { const char *src; int kind; const char *text; } cases[] = {
        {"0", CONST_INT, "0"}, {"1_000", CONST_INT, "1_000"}, {"0xFF", CONST_INT, "0xFF"},
        {"0o17", CONST_INT, "0o17"}, {"0b1_0", CONST_INT, "0b1_0"}, {"00", CONST_INT, "00"},
        {"1.5", CONST_FLOAT, "1.5"}, {"1.", CONST_FLOAT, "1."}, {".5", CONST_FLOAT, ".5"},
        {"1e5", CONST_FLOAT, "1e5"}, {"1E-5", CONST_FLOAT, "1E-5"}, {"09.5", CONST_FLOAT, "09.5"},
        {"0e0", CONST_FLOAT, "0e0"}, {"1j", CONST_IMAG, "1j"}, {"1.5J", CONST_IMAG, "1.5J"},
        {"0j", CONST_IMAG, "0j"}, {"1e3j", CONST_IMAG, "1e3j"}, {"1if", CONST_INT, "1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        AstArena *arena = ast_arena_new();
        Lexer lx;
        LexToken t = first_token(cases[i].src, arena, &lx);
        cr_expect_eq(t.kind, TOK_NUMBER, "%s", cases[i].src);
        cr_expect_eq(t.num_kind, cases[i].kind, "%s", cases[i].src);
        cr_expect_str_eq(t.str, cases[i].text);
        lex_fini(&lx);
        ast_arena_free(arena);
    }
}

Test(lexer, string_prefixes_and_bodies)
{
    static const struct { const char *src; int flags, quote; const char *body; } cases[] = {
        {"'a'", 0, 1, "a"}, {"\"a\"", 0, 1, "a"}, {"'''a\nb'''", 0, 3, "a\nb"},
        {"\"\"\"x\"\"\"", 0, 3, "x"}, {"r'\\n'", STR_RAW, 1, "\\n"}, {"b'x'", STR_BYTES, 1, "x"},
        {"f'{x}'", STR_FSTRING, 1, "{x}"}, {"u'x'", STR_UNICODE, 1, "x"},
        {"rb'x'", STR_RAW | STR_BYTES, 1, "x"}, {"BR'x'", STR_RAW | STR_BYTES, 1, "x"},
        {"Rf'x'", STR_RAW | STR_FSTRING, 1, "x"}, {"fR'x'", STR_RAW | STR_FSTRING, 1, "x"},
        {"'it\\'s'", 0, 1, "it\\'s"}, {"'a\\\nb'", 0, 1, "a\\\nb"}, {"''", 0, 1, ""},
        {"''''''", 0, 3, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        AstArena *arena = ast_arena_new();
        Lexer lx;
        LexToken t = first_token(cases[i].src, arena, &lx);
        cr_expect_eq(t.kind, TOK_STRING, "%s", cases[i].src);
        cr_expect_eq(t.str_flags, cases[i].flags, "%s", cases[i].src);
        cr_expect_eq(t.quote_len, cases[i].quote, "%s", cases[i].src);
        cr_expect(t.body_len == strlen(cases[i].body) &&
                  memcmp(t.body, cases[i].body, t.body_len) == 0, "%s", cases[i].src);
        cr_expect_eq(t.len, strlen(cases[i].src), "%s", cases[i].src);
        lex_fini(&lx);
        ast_arena_free(arena);
    }
    /* `ur` is not a prefix: a name followed by a string */
    AstArena *arena = ast_arena_new();
    Lexer lx;
    LexToken t = first_token("ur'x'", arena, &lx);
    cr_expect_eq(t.kind, TOK_NAME);
    lex_fini(&lx);
    ast_arena_free(arena);
}

Test(lexer, every_operator)
{
    static const char *const ops[] = {
        ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%", "==", "!=", "<=",
        ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=",
        ">>=", "**=", "//", "//=", "@", "@=", "->", "...", ":=",
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        char src[16];
        snprintf(src, sizeof src, "a %s b", ops[i]);
        AstArena *arena = ast_arena_new();
        Lexer lx;
        lex_init(&lx, src, strlen(src), arena);
        LexToken a, op, b;
        lex_next(&lx, &a);
        int k = lex_next(&lx, &op);
        lex_next(&lx, &b);
        cr_expect(k != TOK_ERRORTOKEN && k != TOK_YYerror, "%s", ops[i]);
        cr_expect_eq(op.len, strlen(ops[i]), "%s", ops[i]);
        cr_expect_eq(b.kind, TOK_NAME, "%s", ops[i]);
        lex_fini(&lx);
        ast_arena_free(arena);
    }
    char *got = lex_all("(a[b]{c})\n", 10);
    cr_expect_str_eq(got, "OP=(@1:0 NAME=a@1:1 OP=[@1:2 NAME=b@1:3 OP=]@1:4 OP={@1:5 NAME=c@1:6 "
                     "OP=}@1:7 OP=)@1:8 NEWLINE ENDMARKER");
    free(got);
    /* `<>`, a lone `!` and `$` are error tokens the parser reports as "invalid syntax" */
    got = lex_all("a <> b ! c $ d\n", 15);
    cr_expect_str_eq(got, "NAME=a@1:0 OP=<>@1:2 NAME=b@1:5 OP=!@1:7 NAME=c@1:9 OP=$@1:11 "
                     "NAME=d@1:13 NEWLINE ENDMARKER");
    free(got);
}

Test(lexer, newline_normalization_and_missing_final_newline)
{
    char *a = lex_all("if x:\r\n    y\r\n", 14);
    char *b = lex_all("if x:\r    y", 11);
    cr_expect_str_eq(a, "KEYWORD=if@1:0 NAME=x@1:3 OP=:@1:4 NEWLINE INDENT NAME=y@2:4 NEWLINE "
                     "DEDENT ENDMARKER");
    cr_expect_str_eq(a, b);
    free(a);
    free(b);
}

Test(lexer, token_locations_and_levels)
{
    AstArena *arena = ast_arena_new();
    Lexer lx;
    const char *src = "f(a,\n  [b])  # c\n";
    lex_init(&lx, src, strlen(src), arena);
    LexToken t;
    int levels[] = {0, 0, 1, 1, 1, 2, 2, 1, 0};
    for (int i = 0; i < 9; i++) {
        lex_next(&lx, &t);
        cr_expect_eq(t.level, levels[i], "token %d", i);
    }
    cr_expect_eq(t.kind, TOK_NEWLINE);
    /* NEWLINE after a comment starts at the comment and ends at the '\n', as in CPython */
    cr_expect(t.lineno == 2 && t.col == 8 && t.end_col == 11, "%d %d %d", t.lineno, t.col, t.end_col);
    lex_next(&lx, &t);
    cr_expect_eq(t.kind, TOK_YYEOF);
    lex_fini(&lx);
    ast_arena_free(arena);
}

Test(lexer, history_lookahead_does_not_consume)
{
    AstArena *arena = ast_arena_new();
    Lexer lx;
    lex_init(&lx, "a b c\n", 6, arena);
    const LexToken *third = lex_token_at(&lx, 2);
    cr_assert_not_null(third);
    cr_expect_eq(third->kind, TOK_NAME);
    LexToken t;
    lex_next(&lx, &t);
    cr_expect_str_eq(t.str, "a");
    cr_expect_null(lex_token_at(&lx, 100));
    lex_fini(&lx);
    ast_arena_free(arena);
}

Test(lexer, with_paren_lookahead)
{
    AstArena *arena = ast_arena_new();
    Lexer lx;
    const char *src = "with (a as b, c): pass\nwith (a, b) as c: pass\n";
    lex_init(&lx, src, strlen(src), arena);
    LexToken t;
    lex_next(&lx, &t);
    cr_expect_eq(lex_next(&lx, &t), TOK_WITH_LPAREN);
    while (lex_next(&lx, &t) != TOK_NEWLINE) {
    }
    lex_next(&lx, &t);
    cr_expect_eq(lex_next(&lx, &t), TOK_LPAR);
    lex_fini(&lx);
    ast_arena_free(arena);
}

Test(lexer, bom_is_skipped_by_parse_source)
{
    AstArena *arena = ast_arena_new();
    SyntaxErrorInfo err;
    Module *m = parse_source("\xEF\xBB\xBFx = 1\n", 9, "x.py", PARSE_FILE, arena, &err);
    cr_expect_not_null(m);
    parse_error_fini(&err);
    ast_arena_free(arena);
}
