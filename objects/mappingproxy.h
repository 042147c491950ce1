/* mappingproxy.h: read-only views of mappings (Class.__dict__, types.MappingProxyType). */
#ifndef TALLY_MAPPINGPROXY_H
#define TALLY_MAPPINGPROXY_H

#include "objects/object.h"

extern TypeObject mappingproxy_type;

Object *mappingproxy_new(Object *mapping);       /* new ref; the proxy keeps [mapping] alive */

#endif
