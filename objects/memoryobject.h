/* memoryobject.h: memoryview over bytes and bytearray (format 'B', one dimension, any step), with
 * CPython 3.11's messages; and the small buffer helper C modules use to read bytes-like objects. */
#ifndef TALLY_MEMORYOBJECT_H
#define TALLY_MEMORYOBJECT_H

#include "objects/object.h"

typedef struct MemoryViewObject {
    Object ob;
    Object *obj;           /* the exporter (bytes or bytearray); NULL once released */
    ssize_t start;         /* offset of item 0 in the exporter's data */
    ssize_t len;           /* number of items */
    ssize_t step;          /* distance between items (negative for reversed slices) */
    bool readonly;
} MemoryViewObject;

extern TypeObject memoryview_type;

#define MEMORYVIEW_CHECK(o) (TYPE(o) == &memoryview_type)

/* A new memoryview of [obj] (bytes, bytearray or memoryview); NULL with TypeError when [obj] does
 * not export a buffer, ValueError when it is a released view. */
Object *memory_from_object(Object *obj);
/* The contiguous bytes of a bytes-like [o] (bytes, bytearray, contiguous memoryview): sets *data
 * (borrowed, valid while [o] lives and is not resized) and *len. [writable]: bytes and read-only
 * views are refused. 1 on success, 0 when [o] is not bytes-like (nothing raised), -1 with an
 * exception (released view, read-only when writable, not contiguous). */
int memory_get_buffer(Object *o, bool writable, char **data, ssize_t *len);

#endif
