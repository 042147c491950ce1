/* generator.h: generator objects: a suspended frame resumed by next()/send()/throw()/close(). */
#ifndef TALLY_GENERATOR_H
#define TALLY_GENERATOR_H

#include "objects/object.h"

struct Frame;

typedef struct GenObject {
    Object ob;
    struct Frame *frame;       /* owned; NULL once finished */
    Object *name, *qualname;
    Object *handled;           /* the exception being handled inside the generator while suspended */
    bool running;
    Object *weakreflist;
} GenObject;

extern TypeObject generator_type;
bool gen_check(Object *o);

/* Creates a generator around [frame] (which it takes over). New ref. */
Object *gen_new(struct Frame *frame, Object *name, Object *qualname);
/* Sends [v] into [it] (a generator or any iterator: next(it) when v is None, it.send(v) otherwise).
 * Returns 0 with *result = the yielded value, 1 with *result = the return value (StopIteration),
 * -1 with an exception. */
int gen_send_ex(Object *it, Object *v, Object **result);

#endif
