/* bytearrayobject.h: bytearray, the mutable sequence of bytes (CPython 3.11 semantics, layout and
 * growth policy, so sys.getsizeof matches). Non-mutating methods reuse bytes' implementation. */
#ifndef TALLY_BYTEARRAYOBJECT_H
#define TALLY_BYTEARRAYOBJECT_H

#include "objects/object.h"

typedef struct ByteArrayObject {
    VarObject ob;          /* size: number of bytes in use */
    ssize_t alloc;         /* bytes allocated (size + 1 for the NUL, or 0 when data is NULL) */
    char *data;            /* malloc'ed, NUL-terminated when not NULL */
    ssize_t start;         /* unused (CPython's ob_start): keeps CPython's 56-byte header */
    ssize_t exports;       /* unused (buffer exports) */
} ByteArrayObject;

extern TypeObject bytearray_type, bytearray_iter_type;

#define BYTEARRAY_CHECK(o) (TYPE(o) == &bytearray_type || type_is_subtype(TYPE(o), &bytearray_type))
#define BYTEARRAY_DATA(o) (((ByteArrayObject *)(o))->data ? ((ByteArrayObject *)(o))->data : (char *)"")
#define BYTEARRAY_LEN(o) SIZE(o)

/* A new bytearray holding a copy of [data, data+len) (data may be NULL when len is 0); NULL with
 * MemoryError. */
Object *bytearray_from_data(const char *data, ssize_t len);
/* Resizes [ba] to [len] bytes with CPython's over-allocation; new bytes are uninitialized.
 * 0, or -1 with MemoryError. */
int bytearray_resize(Object *ba, ssize_t len);

#endif
