/* fileobject.h: file objects beyond the std streams (private to stdlib/): the builtin open(), the
 * binary file types (_io.BufferedReader/Writer/Random) and the hook that puts open and bytearray
 * into the builtins module. The text type itself (file_type, FileObject) is declared in
 * builtins_internal.h because print() and input() use it directly. */
#ifndef TALLY_FILEOBJECT_H
#define TALLY_FILEOBJECT_H

#include "objects/object.h"

extern TypeObject bufreader_type, bufwriter_type, bufrandom_type;

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
 * opener=None): a new file object, or NULL with OSError (FileNotFoundError...), ValueError
 * (bad mode) or TypeError. The builtin and io.open. */
Object *file_open(Object *self, Object *const *args, ssize_t nargs, Object *kwnames);
/* Adds open and bytearray to the builtins module dict [d]; 0, or -1 with an exception. */
int file_add_builtins(Object *d);

#endif
