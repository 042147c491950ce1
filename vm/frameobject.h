/* frameobject.h: frame objects, views of tally's frames for sys._getframe() and gi_frame. */
#ifndef TALLY_FRAMEOBJECT_H
#define TALLY_FRAMEOBJECT_H

#include "objects/object.h"

struct Frame;

extern TypeObject frame_object_type;

Object *frame_object_new(struct Frame *f);       /* a view of [f]; new ref */
Object *vm_getframe(int depth);                  /* sys._getframe(depth); ValueError when too deep */
extern uint64_t frame_serial_counter;
/* A number no frame has had before. */
static inline uint64_t frame_next_serial(void) { return frame_serial_counter++; }

#endif
