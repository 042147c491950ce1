"""itertools: functions creating iterators for efficient looping. Written in Python: each tool
checks its arguments at call time, as CPython 3.11's C module does, and returns a generator
(count, repeat and groupby are small classes, for their reprs and state); messages and reprs
are CPython's."""

import sys as _sys

# The generators here loop with "for x in it: yield x" rather than "yield from it": tally leaks
# the delegate of a generator dropped while suspended in "yield from" (reported to the lead).

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


# Infinite iterators

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(type(v), '__add__') or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)

    def __reduce__(self):
        step = self._step
        if type(step) is int and step == 1:
            return (count, (self._n,))
        return (count, (self._n, step))


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""
    return _cycle(iter(iterable))

def _cycle(it):
    saved = []
    append = saved.append
    for element in it:
        yield element
        append(element)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        if 'object' in kwargs:
            args = (kwargs.pop('object'),) + args
        if 'times' in kwargs:
            args = args + (kwargs.pop('times'),)
        if kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % len(args))
        self._object = args[0]
        if len(args) == 2:
            times = args[1]
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._times = times if times > 0 else 0
        else:
            self._times = None

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return (repeat, (self._object,))
        return (repeat, (self._object, self._times))


# Iterators terminating on the shortest input sequence

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    for it in iterables:
        for x in it:
            yield x

def _from_iterable(iterables):
    """Alternative chain() constructor taking a single iterable argument that evaluates
    lazily."""
    return _chain_from(iter(iterables))

def _chain_from(iterables):
    for it in iterables:
        for x in it:
            yield x

_from_iterable.__name__ = 'from_iterable'
_from_iterable.__qualname__ = 'chain.from_iterable'
chain.from_iterable = _from_iterable
del _from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements.
    Forms a shorter iterator from selected data elements using the selectors to
    choose the data elements."""
    return _compress(iter(data), iter(selectors))

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true.
    Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false.
    If function is None, return the items that are false."""
    return _filterfalse(function, iter(iterable))

def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping."""
    __slots__ = ('_keyfunc', '_it', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        # a new group: any _grouper handed out before becomes invalid
        self._id = marker = object()
        keyfunc = self._keyfunc
        while True:
            currkey = self._currkey
            if currkey is _MISSING:
                pass
            else:
                tgtkey = self._tgtkey
                if tgtkey is _MISSING or (tgtkey is not currkey and not tgtkey == currkey):
                    break
            value = next(self._it)      # StopIteration ends the groupby
            self._currvalue = value
            self._currkey = value if keyfunc is None else keyfunc(value)
        self._tgtkey = currkey
        return (currkey, self._grouper(currkey, marker))

    def _grouper(self, tgtkey, marker):
        keyfunc = self._keyfunc
        it = self._it
        while self._id is marker:
            if self._currvalue is _MISSING:
                for value in it:
                    break
                else:
                    return
                self._currvalue = value
                self._currkey = value if keyfunc is None else keyfunc(value)
            currkey = self._currkey
            if currkey is not tgtkey and not tgtkey == currkey:
                return
            value = self._currvalue
            self._currvalue = self._currkey = _MISSING
            yield value


_MISSING = object()


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    # as CPython's islice_new: a value that is not an index or does not fit a Py_ssize_t
    # reads as -1
    start = 0
    stop = step = None
    if nargs == 1:
        a = args[0]
    else:
        if args[0] is not None:
            start = _as_ssize(args[0])
        a = args[1]
    if a is not None:
        stop = _as_ssize(a)
        if stop == -1:
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    step = 1
    if nargs == 3 and args[2] is not None:
        step = _as_ssize(args[2])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)

def _as_ssize(v):
    if type(v) is not int:
        try:
            index = type(v).__index__
        except AttributeError:
            return -1
        v = index(v)
    if v > _sys.maxsize or v < -_sys.maxsize - 1:
        return -1
    return v


def _islice(it, start, stop, step):
    # as CPython's islice_next: items are consumed up to the next index to produce, and
    # never past stop
    cnt = 0
    if start:
        for x in it:
            cnt += 1
            if cnt >= start:
                break
        else:
            return
    if step == 1:
        if stop is None:
            for x in it:
                yield x
            return
        n = stop - cnt
        if n <= 0:
            return
        for x in it:
            yield x
            n -= 1
            if n <= 0:
                return
        return
    nxt = cnt
    while True:
        if stop is not None and cnt >= stop:
            return
        for item in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item
        if cnt < nxt:
            for x in it:
                cnt += 1
                if cnt >= nxt:
                    break
            else:
                return


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))

def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))

def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to
    true for each entry."""
    return _takewhile(predicate, iter(iterable))

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # The iterators share a singly linked list of [value, next] cells; each one holds the
    # cell of the last value it produced, so cells every iterator has passed are freed.
    head = [None, None]
    return tuple([_tee(it, head) for i in range(n)])

def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            for value in it:
                break
            else:
                return
            nxt = [value, None]
            link[1] = nxt
        link = nxt
        yield nxt[0]


def zip_longest(*args, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument."""
    iterators = [iter(a) for a in args]
    return _zip_longest(iterators, fillvalue)

def _forever(value):
    while True:
        yield value

def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        append = values.append
        for i, it in enumerate(iterators):
            for value in it:
                break
            else:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = _forever(fillvalue)
                value = fillvalue
            append(value)
        yield tuple(values)


# Combinatoric iterators

def product(*args, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B)."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)

def _product(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    for pool in pools:
        if not pool:
            return
    last = pools[-1]
    if n == 1:
        for y in last:
            yield (y,)
        return
    head = pools[:-1]
    m = n - 1
    indices = [0] * m
    prefix = [pool[0] for pool in head]
    while True:
        pre = tuple(prefix)
        for y in last:
            yield pre + (y,)
        # advance the odometer of the leading pools
        i = m - 1
        while i >= 0:
            pool = head[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                prefix[i] = pool[j]
                break
            indices[i] = 0
            prefix[i] = pool[0]
            i -= 1
        if i < 0:
            return


def _check_r(r):
    # permutations' check (combinations read r as an index, see _index_r)
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r

def _index_r(r, name):
    if r is _MISSING:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)
    if not isinstance(r, int):
        try:
            index = type(r).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(r).__name__) from None
        r = index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_r(r)
    return _permutations(pool, r)

def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


def combinations(iterable, r=_MISSING):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    r = _index_r(r, 'combinations')
    pool = tuple(iterable)
    return _combinations(pool, r)

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r=_MISSING):
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'),
    ('B','C'), ('C','C')"""
    r = _index_r(r, 'combinations_with_replacement')
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, r)

def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])
