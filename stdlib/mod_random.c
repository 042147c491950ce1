/* mod_random.c: the _random module, CPython's C core of random: the Mersenne Twister MT19937
 * (random(), getrandbits(), seed() with init_by_array exactly as CPython, getstate()/setstate())
 * as the base type _random.Random, plus _random.sha512 (the digest random.seed needs for str and
 * bytes seeds). The rest of the random module is stdlib/lib/random.py, as in CPython. */
#include "objects/intobject.h"
#include "objects/floatobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/funcobject.h"
#include "objects/typeobject.h"
#include "vm/errors.h"
#include "stdlib/modules.h"

#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct RandomObject {
    Object ob;
    int index;
    uint32_t state[MT_N];
} RandomObject;

extern TypeObject mod_random_type;

/* ---- the generator (Matsumoto and Nishimura's reference code, as in CPython) ---- */

static uint32_t genrand_uint32(RandomObject *self)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y, *mt = self->state;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(RandomObject *self, uint32_t s)
{
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

static void init_by_array(RandomObject *self, const uint32_t *key, size_t key_length)
{
    uint32_t *mt = self->state;
    init_genrand(self, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > key_length ? MT_N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

/* Seeds from the OS (/dev/urandom), falling back on the time and pid. */
static void seed_urandom(RandomObject *self)
{
    uint32_t key[MT_N];
    bool ok = false;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ok = read(fd, key, sizeof key) == (ssize_t)sizeof key;
        close(fd);
    }
    if (!ok) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t k2[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(),
                          (uint32_t)((uint64_t)ts.tv_sec >> 32)};
        init_by_array(self, k2, 4);
        return;
    }
    init_by_array(self, key, MT_N);
}

/* seed(n): None from the OS; an int by its absolute value split into 32-bit words (little-endian);
 * anything else by its hash (as an unsigned size_t). 0 or -1. */
static int random_seed(RandomObject *self, Object *arg)
{
    if (arg == NULL || arg == NONE) {
        seed_urandom(self);
        return 0;
    }
    Object *n;
    if (INT_CHECK(arg)) {
        n = obj_absolute(arg);
        if (n != NULL && !INT_CHECK_EXACT(n)) {
            Object *m = obj_number_int(n);
            OBJ_SETREF(n, m);
        }
    } else {
        hash_t h = obj_hash(arg);
        if (h == -1 && exc_occurred())
            return -1;
        n = int_from_u64((uint64_t)(size_t)h);
    }
    if (n == NULL)
        return -1;
    ssize_t bits = int_bit_length(n);
    size_t keyused = bits == 0 ? 1 : (size_t)((bits - 1) / 32 + 1);
    uint32_t *key = malloc(keyused * sizeof(uint32_t));
    Object *mask = int_from_u64(0xffffffffU), *sh = int_from_long(32), *cur = obj_newref(n);
    int rc = -1;
    if (key == NULL) {
        exc_no_memory();
        goto done;
    }
    if (mask == NULL || sh == NULL)
        goto done;
    for (size_t i = 0; i < keyused; i++) {
        int overflow;
        if (int_bit_length(cur) <= 62) {
            uint64_t v = (uint64_t)int_as_long(cur, &overflow);
            for (; i < keyused; i++, v >>= 32)
                key[i] = (uint32_t)v;
            break;
        }
        Object *w = obj_binary_op(cur, mask, NB_AND);
        if (w == NULL)
            goto done;
        key[i] = (uint32_t)int_as_long(w, &overflow);
        OBJ_DECREF(w);
        Object *next = obj_binary_op(cur, sh, NB_RSHIFT);
        if (next == NULL)
            goto done;
        OBJ_SETREF(cur, next);
    }
    init_by_array(self, key, keyused);
    rc = 0;
done:
    free(key);
    OBJ_XDECREF(mask);
    OBJ_XDECREF(sh);
    OBJ_DECREF(cur);
    OBJ_DECREF(n);
    return rc;
}

/* ---- methods ---- */

static Object *random_random_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("random", kwnames) < 0 || arg_count("random", nargs, 0, 0) < 0)
        return NULL;
    RandomObject *r = (RandomObject *)self;
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Object *random_seed_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("seed", kwnames) < 0 || arg_count("seed", nargs, 0, 1) < 0)
        return NULL;
    if (random_seed((RandomObject *)self, nargs ? args[0] : NULL) < 0)
        return NULL;
    RETURN_NONE;
}

static Object *random_getrandbits_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("getrandbits", kwnames) < 0 || arg_count("getrandbits", nargs, 1, 1) < 0)
        return NULL;
    RandomObject *r = (RandomObject *)self;
    if (!INT_CHECK(args[0]))
        return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(args[0]));
    int overflow;
    long k = int_as_long(args[0], &overflow);
    if (overflow > 0 || k > INT32_MAX)
        return exc_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    if (overflow < 0 || k < 0)
        return exc_set_string(Exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return int_from_long(0);
    if (k <= 32)
        return int_from_long((long)(genrand_uint32(r) >> (32 - k)));
    if (k <= 64) {
        uint64_t lo = genrand_uint32(r);
        uint64_t hi = genrand_uint32(r) >> (64 - k);
        return int_from_u64(lo | (hi << 32));
    }
    /* little-endian 32-bit words, the last one truncated to the remaining bits */
    ssize_t words = (k - 1) / 32 + 1;
    uint32_t *w = malloc((size_t)words * sizeof(uint32_t));
    if (w == NULL)
        return exc_no_memory();
    long left = k;
    for (ssize_t i = 0; i < words; i++, left -= 32) {
        uint32_t v = genrand_uint32(r);
        if (left < 32)
            v >>= (32 - left);
        w[i] = v;
    }
    Object *result = int_from_long(0), *sh = int_from_long(32);
    for (ssize_t i = words - 1; result != NULL && sh != NULL && i >= 0; i--) {
        Object *t = obj_binary_op(result, sh, NB_LSHIFT);
        Object *wv = t ? int_from_long((long)w[i]) : NULL;
        Object *u = wv ? obj_binary_op(t, wv, NB_OR) : NULL;
        OBJ_XDECREF(t);
        OBJ_XDECREF(wv);
        OBJ_SETREF(result, u);
    }
    OBJ_XDECREF(sh);
    free(w);
    return result;
}

static Object *random_getstate_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(args);
    if (arg_no_kwargs("getstate", kwnames) < 0 || arg_count("getstate", nargs, 0, 0) < 0)
        return NULL;
    RandomObject *r = (RandomObject *)self;
    Object *t = tuple_new(MT_N + 1);
    if (t == NULL)
        return NULL;
    for (int i = 0; i <= MT_N; i++) {
        Object *v = i < MT_N ? int_from_u64(r->state[i]) : int_from_long(r->index);
        if (v == NULL) {
            for (int j = i; j <= MT_N; j++)
                tuple_set_item_steal(t, j, int_from_long(0));
            OBJ_DECREF(t);
            return NULL;
        }
        tuple_set_item_steal(t, i, v);
    }
    return t;
}

static Object *random_setstate_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (arg_no_kwargs("setstate", kwnames) < 0 || arg_count("setstate", nargs, 1, 1) < 0)
        return NULL;
    RandomObject *r = (RandomObject *)self;
    Object *st = args[0];
    if (!TUPLE_CHECK(st))
        return exc_set_string(Exc_TypeError, "state vector must be a tuple");
    if (TUPLE_SIZE(st) != MT_N + 1)
        return exc_set_string(Exc_ValueError, "state vector is the wrong size");
    uint32_t newstate[MT_N];
    for (int i = 0; i <= MT_N; i++) {
        Object *v = TUPLE_GET(st, i);
        if (!INT_CHECK(v))
            return exc_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
        int overflow;
        long x = int_as_long(v, &overflow);
        if (i == MT_N) {
            if (overflow || x < 0 || x > MT_N)
                return exc_set_string(Exc_ValueError, "invalid state");
            memcpy(r->state, newstate, sizeof newstate);
            r->index = (int)x;
        } else {
            if (overflow || x < 0 || x > (long)UINT32_MAX)
                return exc_set_string(Exc_OverflowError, "Python int too large to convert to C unsigned long");
            newstate[i] = (uint32_t)x;
        }
    }
    RETURN_NONE;
}

static Object *random_tp_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames)
{
    if (type == &mod_random_type && kwnames != NULL && TUPLE_SIZE(kwnames) > 0)
        return exc_set_string(Exc_TypeError, "Random() takes no keyword arguments");
    if (type == &mod_random_type && nargs > 1)
        return exc_format(Exc_TypeError, "Random() expected at most 1 argument, got %zd", nargs);
    RandomObject *self = (RandomObject *)obj_alloc(type, 0);
    if (self == NULL)
        return NULL;
    if (random_seed(self, nargs >= 1 ? args[0] : NULL) < 0) {
        /* a subclass's __init__ may take other arguments: fall back on the OS */
        if (type == &mod_random_type) {
            OBJ_DECREF(self);
            return NULL;
        }
        exc_clear();
        seed_urandom(self);
    }
    return (Object *)self;
}

static void random_dealloc(Object *self)
{
    obj_free(self);
}

static MethodDef random_methods[] = {
    {"random", random_random_m, 0, "random() -> x in the interval [0, 1)."},
    {"seed", random_seed_m, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", random_getstate_m, 0, "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate_m, 0, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits_m, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL}
};

TypeObject mod_random_type = {
    .ob = {.ob = {.refcnt = 1, .type = &type_type}},
    .name = "_random.Random",
    .basicsize = sizeof(RandomObject),
    .flags = TPFLAG_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .dealloc = random_dealloc,
    .getattro = obj_generic_getattr,
    .setattro = obj_generic_setattr,
    .tp_new = random_tp_new,
    .methods = random_methods,
    .base = &object_type,
};

/* ---- SHA-512 (FIPS 180-4), for seeds that are str or bytes ---- */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++)
            v = (v << 8) | p[i * 8 + j];
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR64(w[i - 15], 1) ^ ROR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR64(w[i - 2], 19) ^ ROR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROR64(e, 14) ^ ROR64(e, 18) ^ ROR64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + sha512_k[i] + w[i];
        uint64_t S0 = ROR64(a, 28) ^ ROR64(a, 34) ^ ROR64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = len / 128 * 128;
    for (size_t off = 0; off < full; off += 128)
        sha512_block(h, data + off);
    unsigned char tail[256] = {0};
    size_t rest = len - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++)
        tail[tlen - 1 - i] = (unsigned char)(bits >> (8 * i));
    for (size_t off = 0; off < tlen; off += 128)
        sha512_block(h, tail + off);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            out[i * 8 + j] = (unsigned char)(h[i] >> (56 - 8 * j));
}

static Object *random_sha512_m(Object *self, Object *const *args, ssize_t nargs, Object *kwnames)
{
    UNUSED(self);
    if (arg_no_kwargs("sha512", kwnames) < 0 || arg_count("sha512", nargs, 1, 1) < 0)
        return NULL;
    Object *b = args[0];
    const char *data;
    ssize_t len;
    if (BYTES_CHECK(b)) {
        data = BYTES_DATA(b);
        len = BYTES_LEN(b);
    } else if (STR_CHECK(b)) {
        data = STR_DATA(b);
        len = STR_NBYTES(b);
    } else {
        return exc_format(Exc_TypeError, "object supporting the buffer API required");
    }
    unsigned char digest[64];
    sha512((const unsigned char *)data, (size_t)len, digest);
    return bytes_from_data((const char *)digest, 64);
}

static MethodDef module_functions[] = {
    {"sha512", random_sha512_m, 0, "sha512(data) -> the 64-byte SHA-512 digest of bytes (or a str's UTF-8)."},
    {NULL, NULL, 0, NULL}
};

Object *mod_random_init(void)
{
    if (type_ready(&mod_random_type) < 0)
        return NULL;
    Object *m = module_new("_random");
    if (m == NULL)
        return NULL;
    if (module_add_functions(m, module_functions) < 0 ||
        module_add_object(m, "Random", (Object *)&mod_random_type) < 0) {
        OBJ_DECREF(m);
        return NULL;
    }
    return m;
}
