/* compiler.h: AST -> code object (scopes and symbol tables, bytecode, positions, exception table),
 * and the disassembler. */
#ifndef TALLY_COMPILER_H
#define TALLY_COMPILER_H

#include "parser/ast.h"
#include "parser/parser.h"
#include "objects/codeobject.h"

/* Compiles [mod] (parsed in [mod->mode]). [source] is the program text (for SyntaxError lines).
 * Returns a new CodeObject, or NULL with a SyntaxError set (e.g. "'return' outside function"). */
Object *compile_module(Module *mod, const char *filename, const char *source, size_t source_len);

/* Parses and compiles. A parse error becomes a SyntaxError/IndentationError/TabError exception with
 * CPython's attributes; if [incomplete] is non-NULL it is set when the input ended early (REPL). */
Object *compile_source(const char *source, size_t len, const char *filename, ParseMode mode,
                       bool *incomplete);

/* Prints the disassembly of [co] and, after it, of every code object in its constants (as dis.dis). */
void disasm_code(CodeObject *co, FILE *out);

#endif
