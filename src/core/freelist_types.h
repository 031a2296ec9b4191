/* freelist_types.h - the storage of the free lists (see freelist.h). */
#ifndef RP_FREELIST_TYPES_H
#define RP_FREELIST_TYPES_H

/* The capacities (CPython 3.11's); the ASan build uses 0 for all. */
enum {
    RP_FLOAT_MAXFREELIST = 100,
    RP_LIST_MAXFREELIST = 80,
    RP_DICT_MAXFREELIST = 80,
    RP_DICTKEYS_MAXFREELIST = 80,
    RP_TUPLE_MAXSAVESIZE = 20,     /* tuples of length 1..20 are kept and
                                      1..19 reused: CPython 3.11 pushes a
                                      dead 20-tuple (index < 20) but pops
                                      only for length < 20, so those stay
                                      there (and id() shows it) */
    RP_TUPLE_MAXFREELIST = 2000
};

typedef struct RpFreeList {
    void *head;      /* last pushed object, linked through its first word */
    int count;
    int capacity;
} RpFreeList;

typedef struct RpFreeLists {
    RpFreeList float_;
    RpFreeList list;
    RpFreeList dict;
    RpFreeList dictkeys;    /* key tables of the minimum size (8 slots) */
    RpFreeList tuple[RP_TUPLE_MAXSAVESIZE + 1];   /* by length; [0] unused */
} RpFreeLists;

#endif
