/* eval_attr.h: the attribute opcodes of vm_eval (vm/eval.c), which includes this file inside
 * its dispatch loop: LOAD_ATTR, STORE_ATTR, DELETE_ATTR and LOAD_METHOD with their inline caches
 * (AttrCache in objects/codeobject.h, filled by vm/eval_helpers.c). Not a header to include
 * anywhere else: the bodies use vm_eval's registers (sp, ip, oparg, ...) and labels. */

/* obj_dict_ptr's value for the positive dict offsets the caches deal with: the instance dict or NULL. */
#define INSTANCE_DICT(o, t) ((t)->dictoffset > 0 ? *(Object **)((char *)(o) + (t)->dictoffset) : NULL)
/* Does the cache [ac] hold the answer for type [t] (by its version tag)? */
#define ATTR_CACHE_HIT(ac, t) ((ac)->tag == (t)->version_tag || (ac)->tag2 == (t)->version_tag)

    TARGET(LOAD_ATTR) {
        Object *owner = TOP();
        TypeObject *t = TYPE(owner);
        AttrCache *ac = &code->cache[ip - code->code - 1].attr;
        Object *v;
        bool refilled = false;      /* a miss refills the cache and tries it once more */
        SAVE_STATE();
    load_attr_cached:
        if (ATTR_CACHE_HIT(ac, t)) {
            /* the inline cache knows where the type sends this name (see AttrCache) */
            if (LIKELY(ac->kind == ATTR_DICT)) {    /* tests, not a switch: no jump table */
                Object *d = *(Object **)((char *)owner + t->dictoffset);
                if (d != NULL && (v = dict_get_hinted_borrow(d, names[oparg], &ac->offset)) != NULL)
                    goto attr_found;
                ERROR_IF(EXC_PENDING());
            } else if (ac->kind == ATTR_SLOT) {
                v = *(Object **)((char *)owner + ac->offset);
                if (v != NULL)
                    goto attr_found;
            } else if (ac->kind == ATTR_CLASS_VALUE) {
                Object *d = INSTANCE_DICT(owner, t);
                bool unshadowed = !TYPE_HAS_FLAG(t, TPFLAG_SHADOWED) && d != NULL &&
                                  (((DictObject *)d)->flags & DICT_OWNED_BY_INSTANCE);
                if (d != NULL && !unshadowed && (v = dict_get_item_borrow(d, names[oparg])) != NULL)
                    goto attr_found;
                ERROR_IF(EXC_PENDING());
                v = ac->descr;
                goto attr_found;
            }
        } else if (t == &type_type && ATTR_CACHE_HIT(ac, (TypeObject *)owner)) {
            if (ac->kind == ATTR_TYPE_VALUE) {  /* Class.CONSTANT, Class.function */
                v = ac->descr;
                goto attr_found;
            }
        } else if (!refilled) {
            if (t == &type_type)
                eval_fill_type_attr_cache(ac, (TypeObject *)owner, names[oparg], OP_LOAD_ATTR);
            else
                eval_fill_attr_cache(ac, t, names[oparg], OP_LOAD_ATTR);
            refilled = true;
            goto load_attr_cached;
        }
        v = obj_getattr(owner, names[oparg]);
        ERROR_IF(v == NULL);
        SET_TOP(v);
        OBJ_DECREF(owner);
        DISPATCH();
    attr_found:
        OBJ_INCREF(v);
        SET_TOP(v);
        OBJ_DECREF(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Object *owner = POP();
        Object *v = POP();
        TypeObject *t = TYPE(owner);
        AttrCache *ac = &code->cache[ip - code->code - 1].attr;
        int err;
        SAVE_STATE();
        bool hit = ATTR_CACHE_HIT(ac, t);
        if (!hit) {
            eval_fill_attr_cache(ac, t, names[oparg], OP_STORE_ATTR);
            hit = ATTR_CACHE_HIT(ac, t);
        }
        if (hit && ac->kind == ATTR_SLOT) {
            Object **slot = (Object **)((char *)owner + ac->offset);
            OBJ_SETREF(*slot, v);           /* the stack's reference moves into the slot */
            OBJ_DECREF(owner);
            DISPATCH();
        }
        Object *d = INSTANCE_DICT(owner, t);
        if (hit && ac->kind == ATTR_DICT && d != NULL) {
            err = dict_set_hinted(d, names[oparg], v, &ac->offset);
        } else {
            err = obj_setattr(owner, names[oparg], v);
        }
        OBJ_DECREF(v);
        OBJ_DECREF(owner);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Object *owner = POP();
        SAVE_STATE();
        int err = obj_setattr(owner, names[oparg], NULL);
        OBJ_DECREF(owner);
        ERROR_IF(err < 0);
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Object *owner = TOP();
        TypeObject *t = TYPE(owner);
        AttrCache *ac = &code->cache[ip - code->code - 1].attr;
        bool refilled = false;      /* a miss refills the cache and tries it once more */
        SAVE_STATE();
    load_method_cached:
        if (ATTR_CACHE_HIT(ac, t) && (ac->kind == ATTR_METHOD || ac->kind == ATTR_DICT)) {
            Object *d = INSTANCE_DICT(owner, t);
            /* a method needs no look in an instance dict that cannot hide it (TPFLAG_SHADOWED) */
            bool unshadowed = ac->kind == ATTR_METHOD && !TYPE_HAS_FLAG(t, TPFLAG_SHADOWED) &&
                              d != NULL && (((DictObject *)d)->flags & DICT_OWNED_BY_INSTANCE);
            Object *v = d == NULL || unshadowed ? NULL
                        : ac->kind == ATTR_DICT ? dict_get_hinted_borrow(d, names[oparg], &ac->offset)
                        : dict_get_item_borrow(d, names[oparg]);
            ERROR_IF(v == NULL && EXC_PENDING());
            if (v != NULL) {                /* an instance attribute: called without self */
                SET_TOP(NULL);
                PUSH(obj_newref(v));
                OBJ_DECREF(owner);
                DISPATCH();
            }
            if (ac->kind == ATTR_METHOD) {  /* the owner's reference moves up, to be self */
                SET_TOP(obj_newref(ac->descr));
                PUSH(owner);
                DISPATCH();
            }
        } else if (t == &type_type && ATTR_CACHE_HIT(ac, (TypeObject *)owner)) {
            /* Class.attr(...) on a class whose metaclass is type: see eval_fill_type_attr_cache */
            if (ac->kind == ATTR_TYPE_VALUE) {
                SET_TOP(NULL);
                PUSH(obj_newref(ac->descr));
                OBJ_DECREF(owner);
                DISPATCH();
            }
            if (ac->kind == ATTR_TYPE_CLASSMETHOD) {
                Object *fn = ((ClassMethodObject *)ac->descr)->callable;
                if (fn != NULL && FUNC_CHECK(fn)) {     /* fn(Class, ...): no bound method */
                    SET_TOP(obj_newref(fn));
                    PUSH(owner);
                    DISPATCH();
                }
            }
        } else if (!ATTR_CACHE_HIT(ac, t) && !refilled) {
            if (t == &type_type)
                eval_fill_type_attr_cache(ac, (TypeObject *)owner, names[oparg], OP_LOAD_METHOD);
            else
                eval_fill_attr_cache(ac, t, names[oparg], OP_LOAD_METHOD);
            refilled = true;
            goto load_method_cached;
        }
        Object *meth = NULL;
        int unbound = eval_load_method(owner, names[oparg], &meth);
        ERROR_IF(meth == NULL);
        if (unbound) {
            SET_TOP(meth);
            PUSH(owner);          /* the owner's reference moves up */
        } else {
            SET_TOP(NULL);
            PUSH(meth);
            OBJ_DECREF(owner);
        }
        DISPATCH();
    }
