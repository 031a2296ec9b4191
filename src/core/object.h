/* object.h - the object header and the type object.
 *
 * Models CPython 3.11's Include/object.h and cpython/object.h (64-bit).
 *
 *   Every object starts with RpObject: a reference count and a pointer to
 *   its type.  Variable-size objects (int, tuple, str, ...) add ob_size.
 *   Objects that can take part in reference cycles (lists, dicts, user
 *   instances, functions, ...) also carry a 16-byte RpGCHead placed
 *   *before* the object, as CPython's PyGC_Head (see gc.h).
 *
 * Values are always object pointers: there are no tagged immediates, so
 * id(), `is` and sys.getrefcount behave exactly as in CPython.
 *
 * The type object keeps CPython's slot names (tp_dealloc, tp_traverse,
 * nb_add, sq_item, mp_subscript ...) but holds every slot inline instead
 * of in separate tp_as_number/tp_as_sequence tables.  Calls use one
 * convention everywhere, the "vectorcall" one: a C array of arguments, a
 * count, and an optional tuple of keyword names for the last arguments.
 */
#ifndef RP_OBJECT_H
#define RP_OBJECT_H

#include <stddef.h>
#include <stdint.h>

typedef intptr_t rp_ssize_t;   /* Py_ssize_t */
typedef intptr_t rp_hash_t;    /* Py_hash_t; -1 is reserved for errors */

#define RP_SSIZE_T_MAX INTPTR_MAX
#define RP_SSIZE_T_MIN INTPTR_MIN

#if defined(__GNUC__) || defined(__clang__)
#define RP_LIKELY(x)   __builtin_expect(!!(x), 1)
#define RP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define RP_NOINLINE    __attribute__((noinline))
#else
#define RP_LIKELY(x)   (x)
#define RP_UNLIKELY(x) (x)
#define RP_NOINLINE
#endif

typedef struct RpTypeObject RpTypeObject;

/* The header every object begins with (16 bytes). */
typedef struct RpObject {
    rp_ssize_t ob_refcnt;
    RpTypeObject *ob_type;
} RpObject;

/* The header of variable-size objects (24 bytes). */
typedef struct RpVarObject {
    RpObject ob_base;
    rp_ssize_t ob_size;     /* number of items; for int: signed digit count */
} RpVarObject;

#define RP_OBJECT_HEAD     RpObject ob_base
#define RP_OBJECT_VAR_HEAD RpVarObject ob_base

/* Initialisers for statically allocated objects (types, singletons).
 * A static object starts with one reference, owned by the runtime, so it
 * is never deallocated. */
#define RP_STATIC_OBJECT_INIT(type) { 1, (type) }
#define RP_STATIC_VAROBJECT_INIT(type, size) { RP_STATIC_OBJECT_INIT(type), (size) }
/* The objects CPython 3.11 allocates statically with _PyObject_IMMORTAL_INIT
 * (small ints, (), '', one-character strings, bytes singletons) start at
 * 999999999 references: sys.getrefcount(1) is about 10**9 there too. */
#define RP_STATIC_IMMORTAL_REFCNT 999999999
#define RP_STATIC_IMMORTAL_VAROBJECT_INIT(type, size) \
    { { RP_STATIC_IMMORTAL_REFCNT, (type) }, (size) }

static inline RpTypeObject *rp_type(const void *o) { return ((const RpObject *)o)->ob_type; }
static inline rp_ssize_t rp_refcnt(const void *o) { return ((const RpObject *)o)->ob_refcnt; }
static inline rp_ssize_t rp_size(const void *o) { return ((const RpVarObject *)o)->ob_size; }
static inline void rp_set_size(void *o, rp_ssize_t n) { ((RpVarObject *)o)->ob_size = n; }
#define RP_TYPE(o)   (((RpObject *)(o))->ob_type)
#define RP_SIZE(o)   (((RpVarObject *)(o))->ob_size)
#define RP_OBJ(o)    ((RpObject *)(o))

/* ---- slot signatures ----------------------------------------------------
 * Error convention (everywhere): a function returning a pointer returns
 * NULL with an exception set; one returning int returns -1 with an
 * exception set.  Returned references are NEW unless the function's name
 * ends in _borrow.  Arguments are borrowed unless the name ends in _steal.
 */
typedef void        (*rp_destructor)(RpObject *);
typedef RpObject   *(*rp_unaryfunc)(RpObject *);
typedef RpObject   *(*rp_binaryfunc)(RpObject *, RpObject *);
typedef RpObject   *(*rp_ternaryfunc)(RpObject *, RpObject *, RpObject *);
typedef int         (*rp_inquiry)(RpObject *);
typedef rp_ssize_t  (*rp_lenfunc)(RpObject *);
typedef RpObject   *(*rp_ssizeargfunc)(RpObject *, rp_ssize_t);
typedef int         (*rp_ssizeobjargproc)(RpObject *, rp_ssize_t, RpObject *);
typedef int         (*rp_objobjargproc)(RpObject *, RpObject *, RpObject *);
typedef int         (*rp_objobjproc)(RpObject *, RpObject *);
typedef int         (*rp_visitproc)(RpObject *, void *);
typedef int         (*rp_traverseproc)(RpObject *, rp_visitproc, void *);
typedef rp_hash_t   (*rp_hashfunc)(RpObject *);
typedef RpObject   *(*rp_richcmpfunc)(RpObject *, RpObject *, int op);
typedef RpObject   *(*rp_getattrofunc)(RpObject *, RpObject *name);
/* value == NULL means delete */
typedef int         (*rp_setattrofunc)(RpObject *, RpObject *name, RpObject *value);
typedef RpObject   *(*rp_descrgetfunc)(RpObject *descr, RpObject *obj, RpObject *type);
typedef int         (*rp_descrsetfunc)(RpObject *descr, RpObject *obj, RpObject *value);
/* The one calling convention.  args[0..nargs) are borrowed; kwnames is
 * NULL or a tuple of str naming the last len(kwnames) entries of args
 * (those are NOT counted in nargs). */
typedef RpObject   *(*rp_vectorcallfunc)(RpObject *callable, RpObject *const *args,
                                         size_t nargs, RpObject *kwnames);
typedef RpObject   *(*rp_newfunc)(RpTypeObject *type, RpObject *const *args,
                                  size_t nargs, RpObject *kwnames);
typedef int         (*rp_initproc)(RpObject *self, RpObject *const *args,
                                   size_t nargs, RpObject *kwnames);
typedef RpObject   *(*rp_getter)(RpObject *, void *closure);
typedef int         (*rp_setter)(RpObject *, RpObject *value, void *closure);

/* Rich comparison operators (tp_richcompare's op), as CPython's Py_LT... */
enum { RP_LT = 0, RP_LE = 1, RP_EQ = 2, RP_NE = 3, RP_GT = 4, RP_GE = 5 };

/* ---- method, member and getset tables ----------------------------------- */

/* RpMethodDef.flags: how the C function is called.
 *   RP_METH_NOARGS    RpObject *f(RpObject *self, RpObject *unused)
 *   RP_METH_O         RpObject *f(RpObject *self, RpObject *arg)
 *   RP_METH_FASTCALL  RpObject *f(RpObject *self, RpObject *const *args, size_t nargs)
 *   RP_METH_FASTCALL|RP_METH_KEYWORDS
 *                     RpObject *f(RpObject *self, RpObject *const *args, size_t nargs,
 *                                 RpObject *kwnames)
 * plus RP_METH_CLASS (self is the class) or RP_METH_STATIC (self is NULL).
 * For module-level functions self is the module object. */
#define RP_METH_NOARGS   0x0001
#define RP_METH_O        0x0002
#define RP_METH_FASTCALL 0x0004
#define RP_METH_KEYWORDS 0x0008
#define RP_METH_CLASS    0x0010
#define RP_METH_STATIC   0x0020
/* With a slot wrapper of the same name (CPython's METH_COEXIST): the
 * method replaces the wrapper (list.__getitem__, dict.__contains__ ...),
 * so the faster method is used and its messages are CPython's. */
#define RP_METH_COEXIST  0x0040

typedef RpObject *(*rp_cfunction)(void);   /* cast to the real signature */

typedef struct RpMethodDef {
    const char *ml_name;
    rp_cfunction ml_meth;
    int ml_flags;
    const char *ml_doc;
} RpMethodDef;

#define RP_CFUNC(f) ((rp_cfunction)(void (*)(void))(f))

/* RpMemberDef.type */
enum {
    RP_T_OBJECT = 1,     /* RpObject*, None when NULL */
    RP_T_OBJECT_EX,      /* RpObject*, AttributeError when NULL */
    RP_T_SSIZE,          /* rp_ssize_t */
    RP_T_INT,            /* int */
    RP_T_BOOL,           /* char used as bool */
    RP_T_DOUBLE
};
#define RP_READONLY 1

typedef struct RpMemberDef {
    const char *name;
    int type;
    rp_ssize_t offset;
    int flags;
    const char *doc;
} RpMemberDef;

typedef struct RpGetSetDef {
    const char *name;
    rp_getter get;
    rp_setter set;       /* NULL: read-only */
    const char *doc;
    void *closure;
} RpGetSetDef;

/* ---- type flags ---------------------------------------------------------- */
#define RP_TPFLAGS_HEAPTYPE        (1UL << 9)   /* created by a class statement */
#define RP_TPFLAGS_BASETYPE        (1UL << 10)  /* may be subclassed */
#define RP_TPFLAGS_READY           (1UL << 12)  /* rp_type_ready() done */
#define RP_TPFLAGS_READYING        (1UL << 13)
#define RP_TPFLAGS_HAVE_GC         (1UL << 14)  /* instances carry an RpGCHead */
/* Instances keep their attributes CPython 3.11's way: two words placed
 * BEFORE the GC head ([values][dict][GC head][object]), exactly where
 * CPython puts its managed dict "pre-header": the dict pointer (NULL until
 * __dict__ is asked for) and an array of attribute values indexed by the
 * type's shared keys (typeobject.h).  tp_basicsize does NOT count them
 * (as CPython), the allocator adds them (alloc.c pre_size). */
#define RP_TPFLAGS_MANAGED_DICT    (1UL << 4)
#define RP_TPFLAGS_IS_ABSTRACT     (1UL << 20)
/* Instances are method descriptors (CPython's Py_TPFLAGS_METHOD_DESCRIPTOR):
 * calling descr.__get__(obj, type) then the result with args is the same
 * as calling descr(obj, *args).  Functions and method_descriptor set it;
 * it lets LOAD_METHOD / rp_object_get_method skip making a bound method. */
#define RP_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
/* The type's tp_dict and slots may not be changed from Python (static
 * types: "cannot set 'x' attribute of immutable type 'int'"). */
#define RP_TPFLAGS_IMMUTABLETYPE   (1UL << 8)
#define RP_TPFLAGS_HAS_FINALIZE    (1UL << 21)  /* the type or a base defines __del__ */
/* fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS */
#define RP_TPFLAGS_LONG_SUBCLASS      (1UL << 24)
#define RP_TPFLAGS_LIST_SUBCLASS      (1UL << 25)
#define RP_TPFLAGS_TUPLE_SUBCLASS     (1UL << 26)
#define RP_TPFLAGS_BYTES_SUBCLASS     (1UL << 27)
#define RP_TPFLAGS_UNICODE_SUBCLASS   (1UL << 28)
#define RP_TPFLAGS_DICT_SUBCLASS      (1UL << 29)
#define RP_TPFLAGS_BASE_EXC_SUBCLASS  (1UL << 30)
#define RP_TPFLAGS_TYPE_SUBCLASS      (1UL << 31)

/* ---- the type object ----------------------------------------------------- */

struct RpTypeObject {
    RP_OBJECT_VAR_HEAD;
    const char *tp_name;          /* "list", "module.Class" */
    rp_ssize_t tp_basicsize;      /* bytes of an instance (without GC head) */
    rp_ssize_t tp_itemsize;       /* bytes per item of variable-size objects */
    unsigned long tp_flags;

    /* lifetime */
    rp_destructor tp_dealloc;     /* called when the refcount reaches zero */
    rp_destructor tp_finalize;    /* __del__ (PEP 442); NULL if none */
    rp_traverseproc tp_traverse;  /* visit every owned reference (GC) */
    rp_inquiry tp_clear;          /* drop owned references (GC) */
    rp_inquiry tp_is_gc;          /* per-instance GC check (types); may be NULL */

    /* basic protocol */
    rp_unaryfunc tp_repr;
    rp_unaryfunc tp_str;
    rp_hashfunc tp_hash;
    rp_vectorcallfunc tp_call;
    rp_getattrofunc tp_getattro;
    rp_setattrofunc tp_setattro;
    rp_richcmpfunc tp_richcompare;
    rp_unaryfunc tp_iter;
    rp_unaryfunc tp_iternext;     /* NULL result without exception = exhausted */
    rp_descrgetfunc tp_descr_get;
    rp_descrsetfunc tp_descr_set;

    /* creation */
    rp_newfunc tp_new;
    rp_initproc tp_init;
    void (*tp_free)(void *);      /* release the memory (rp_object_free) */

    /* number protocol (binary slots get both operands, either may be of
       this type; return rp_NotImplemented if the pair is not supported) */
    rp_binaryfunc nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod;
    rp_ternaryfunc nb_power;
    rp_unaryfunc nb_negative, nb_positive, nb_absolute;
    rp_inquiry nb_bool;
    rp_unaryfunc nb_invert;
    rp_binaryfunc nb_lshift, nb_rshift, nb_and, nb_xor, nb_or;
    rp_unaryfunc nb_int, nb_float;
    rp_binaryfunc nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply,
                  nb_inplace_remainder;
    rp_ternaryfunc nb_inplace_power;
    rp_binaryfunc nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and,
                  nb_inplace_xor, nb_inplace_or;
    rp_binaryfunc nb_floor_divide, nb_true_divide, nb_inplace_floor_divide,
                  nb_inplace_true_divide;
    rp_unaryfunc nb_index;
    rp_binaryfunc nb_matrix_multiply, nb_inplace_matrix_multiply;

    /* sequence protocol */
    rp_lenfunc sq_length;
    rp_binaryfunc sq_concat;
    rp_ssizeargfunc sq_repeat;
    rp_ssizeargfunc sq_item;          /* index already normalised if >= 0 */
    rp_ssizeobjargproc sq_ass_item;   /* value NULL = delete */
    rp_objobjproc sq_contains;
    rp_binaryfunc sq_inplace_concat;
    rp_ssizeargfunc sq_inplace_repeat;

    /* mapping protocol */
    rp_lenfunc mp_length;
    rp_binaryfunc mp_subscript;
    rp_objobjargproc mp_ass_subscript;  /* value NULL = delete */

    /* attributes and inheritance */
    RpMethodDef *tp_methods;
    RpMemberDef *tp_members;
    RpGetSetDef *tp_getset;
    RpTypeObject *tp_base;        /* borrowed for static types, owned for heap */
    RpObject *tp_bases;           /* tuple of bases */
    RpObject *tp_mro;             /* tuple: the method resolution order */
    RpObject *tp_dict;            /* the type's namespace (a dict) */
    RpObject *tp_subclasses;      /* dict id -> weakref, or NULL */
    rp_ssize_t tp_dictoffset;     /* offset of the instance __dict__ pointer, or 0 */
    rp_ssize_t tp_weaklistoffset; /* offset of the weakref list head, or 0 */
    const char *tp_doc;
    unsigned int tp_version_tag;  /* attribute cache key; 0 = invalid */

    /* heap types (class statements) only */
    RpObject *ht_name;            /* str */
    RpObject *ht_qualname;        /* str */
    RpObject *ht_module;          /* __module__ value (str) or NULL */
    RpObject *ht_slots;           /* tuple of __slots__ names or NULL */
    void *ht_cached_keys;         /* RpSharedKeys of the instances' attribute
                                     names (managed dict types), or NULL */
    RpObject *tp_weaklist;        /* weak references to this type, or NULL */
};

/* tp_flags helpers */
static inline int rp_type_has_feature(const RpTypeObject *t, unsigned long f)
{
    return (t->tp_flags & f) != 0;
}
static inline int rp_type_is_gc(const RpTypeObject *t)
{
    return rp_type_has_feature(t, RP_TPFLAGS_HAVE_GC);
}
/* Does this object carry a GC head?  (Type objects decide per instance:
 * static types do not, heap types do.) */
static inline int rp_object_is_gc(const RpObject *o)
{
    const RpTypeObject *t = o->ob_type;
    return rp_type_is_gc(t) && (t->tp_is_gc == NULL || t->tp_is_gc((RpObject *)o));
}

/* The type of types; every RpTypeObject's ob_type. Defined in typeobject.c */
extern RpTypeObject RpType_Type;
extern RpTypeObject RpBaseObject_Type;   /* `object` */

#endif /* RP_OBJECT_H */
