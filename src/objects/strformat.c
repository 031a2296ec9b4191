/* strformat.c - str.format() and str.format_map(): PEP 3101.
 *
 *   "{0.name[key]!r:>{width}}".format(obj, width=10)
 *
 * Follows CPython 3.11's Objects/stringlib/unicode_format.h step by step
 * (the parse of literal text and fields, automatic vs manual numbering,
 * attribute and index lookups, conversions, nested specs two levels deep)
 * so that results and error messages are the same.  Fields are rendered
 * through rp_object_format(), except exact str, formatted directly.
 */
#include <string.h>

#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "dictobject.h"
#include "exceptions.h"
#include "floatobject.h"
#include "formatspec.h"
#include "intobject.h"

extern RpTypeObject RpComplex_Type __attribute__((weak));   /* complexobject.h (numbers) */
#include "str_internal.h"
#include "tupleobject.h"
#include "unicodetype.h"

int rp_format_str_into(RpStrWriter *w, RpObject *s, RpObject *spec, rp_ssize_t start,
                       rp_ssize_t end);

typedef struct {
    RpObject *str;           /* borrowed; NULL = absent */
    rp_ssize_t start, end;
} Sub;

typedef enum { ANS_INIT, ANS_AUTO, ANS_MANUAL } AutoState;

typedef struct {
    AutoState state;
    rp_ssize_t next;
} AutoNumber;

/* Where the field values come from. */
typedef struct {
    RpObject *const *args;   /* positional (NULL for format_map) */
    size_t nargs;
    RpObject *kwnames;       /* str.format keywords: names ... */
    RpObject *const *kwvalues;
    RpObject *mapping;       /* ... or format_map's mapping */
} FormatArgs;

#define CH(s, i) rp_str_read_char((s), (i))

static RpObject *sub_new(Sub *s)
{
    return rp_str_sub(s->str, s->start, s->end);
}

/* -1 when not a number (or on "Too many decimal digits", with error) */
static rp_ssize_t get_integer(const Sub *s)
{
    rp_ssize_t acc = 0;
    if (s->start >= s->end) {
        return -1;
    }
    for (rp_ssize_t i = s->start; i < s->end; i++) {
        int d = rp_unicode_todecimal(CH(s->str, i));
        if (d < 0) {
            return -1;
        }
        if (acc > (RP_SSIZE_T_MAX - d) / 10) {
            rp_err_set_string(&RpExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static int autonumber_error(AutoState state, int empty)
{
    if (state == ANS_MANUAL) {
        if (empty) {
            rp_err_set_string(&RpExc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
            return 1;
        }
    } else if (!empty) {
        rp_err_set_string(&RpExc_ValueError,
                          "cannot switch from automatic field numbering to manual field specification");
        return 1;
    }
    return 0;
}

/* ---- field names ----------------------------------------------------------- */

typedef struct {
    Sub str;
    rp_ssize_t index;
} FieldNameIter;

/* 0 error, 1 end, 2 a part */
static int fieldname_next(FieldNameIter *it, int *is_attr, rp_ssize_t *idx, Sub *name)
{
    if (it->index >= it->str.end) {
        return 1;
    }
    RpObject *s = it->str.str;
    uint32_t c = CH(s, it->index++);
    name->str = s;
    name->start = it->index;
    if (c == '.') {
        *is_attr = 1;
        while (it->index < it->str.end) {
            c = CH(s, it->index);
            if (c == '[' || c == '.') {
                break;
            }
            it->index++;
        }
        name->end = it->index;
        *idx = -1;
    } else if (c == '[') {
        *is_attr = 0;
        int seen = 0;
        while (it->index < it->str.end) {
            c = CH(s, it->index++);
            if (c == ']') {
                seen = 1;
                break;
            }
        }
        if (!seen) {
            rp_err_set_string(&RpExc_ValueError, "Missing ']' in format string");
            return 0;
        }
        name->end = it->index - 1;
        *idx = get_integer(name);
        if (*idx == -1 && rp_err_occurred()) {
            return 0;
        }
    } else {
        rp_err_set_string(&RpExc_ValueError,
                          "Only '.' or '[' may follow ']' in format field specifier");
        return 0;
    }
    if (name->start == name->end) {
        rp_err_set_string(&RpExc_ValueError, "Empty attribute in format string");
        return 0;
    }
    return 2;
}

static RpObject *lookup_keyword(FormatArgs *fa, RpObject *key)
{
    if (fa->mapping != NULL) {
        return rp_object_getitem(fa->mapping, key);
    }
    if (fa->kwnames != NULL) {
        rp_ssize_t n = rp_tuple_len(fa->kwnames);
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *k = rp_tuple_get_borrow(fa->kwnames, i);
            if (k == key || rp_str_eq(k, key)) {
                return rp_newref(fa->kwvalues[i]);
            }
        }
    }
    rp_err_set_object(&RpExc_KeyError, key);
    return NULL;
}

static RpObject *get_field_object(Sub *input, FormatArgs *fa, AutoNumber *an)
{
    RpObject *s = input->str;
    rp_ssize_t i = input->start;
    while (i < input->end) {
        uint32_t c = CH(s, i);
        if (c == '[' || c == '.') {
            break;
        }
        i++;
    }
    Sub first = {s, input->start, i};
    FieldNameIter rest = {{s, i, input->end}, i};
    rp_ssize_t index = get_integer(&first);
    if (index == -1 && rp_err_occurred()) {
        return NULL;
    }
    int empty = first.start >= first.end;
    int numeric = empty || index != -1;
    if (an != NULL) {
        if (an->state == ANS_INIT && numeric) {
            an->state = empty ? ANS_AUTO : ANS_MANUAL;
        }
        if (numeric && autonumber_error(an->state, empty)) {
            return NULL;
        }
        if (empty) {
            index = an->next++;
        }
    }
    RpObject *obj;
    if (index == -1) {
        RpObject *key = sub_new(&first);
        if (key == NULL) {
            return NULL;
        }
        obj = lookup_keyword(fa, key);
        rp_decref(key);
        if (obj == NULL) {
            return NULL;
        }
    } else {
        if (fa->args == NULL && fa->mapping != NULL) {
            rp_err_set_string(&RpExc_ValueError, "Format string contains positional fields");
            return NULL;
        }
        if ((size_t)index >= fa->nargs) {
            rp_err_format(&RpExc_IndexError,
                          "Replacement index %zd out of range for positional args tuple", index);
            return NULL;
        }
        obj = rp_newref(fa->args[index]);
    }
    int is_attr, ok;
    Sub name;
    while ((ok = fieldname_next(&rest, &is_attr, &index, &name)) == 2) {
        RpObject *tmp;
        if (is_attr) {
            RpObject *n = sub_new(&name);
            tmp = n ? rp_object_getattr(obj, n) : NULL;
            rp_xdecref(n);
        } else if (index == -1) {
            RpObject *n = sub_new(&name);
            tmp = n ? rp_object_getitem(obj, n) : NULL;
            rp_xdecref(n);
        } else if (rp_type(obj)->sq_item != NULL && !rp_dict_check(obj)) {
            tmp = rp_sequence_getitem(obj, index);
        } else {
            RpObject *n = rp_int_from_ssize_t(index);
            tmp = n ? rp_object_getitem(obj, n) : NULL;
            rp_xdecref(n);
        }
        if (tmp == NULL) {
            rp_decref(obj);
            return NULL;
        }
        RP_SETREF(obj, tmp);
    }
    if (ok == 1) {
        return obj;
    }
    rp_decref(obj);
    return NULL;
}

/* ---- parsing fields --------------------------------------------------------- */

static int parse_field(Sub *str, Sub *field_name, Sub *spec, int *needs_expanding,
                       uint32_t *conversion)
{
    uint32_t c = 0;
    RpObject *s = str->str;
    *conversion = 0;
    spec->str = NULL;
    spec->start = spec->end = 0;
    field_name->str = s;
    field_name->start = str->start;
    while (str->start < str->end) {
        c = CH(s, str->start++);
        if (c == '{') {
            rp_err_set_string(&RpExc_ValueError, "unexpected '{' in field name");
            return 0;
        }
        if (c == '[') {
            for (; str->start < str->end; str->start++) {
                if (CH(s, str->start) == ']') {
                    break;
                }
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    field_name->end = str->start - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (str->start >= str->end) {
                rp_err_set_string(&RpExc_ValueError,
                                  "end of string while looking for conversion specifier");
                return 0;
            }
            *conversion = CH(s, str->start++);
            if (str->start < str->end) {
                c = CH(s, str->start++);
                if (c == '}') {
                    return 1;
                }
                if (c != ':') {
                    rp_err_set_string(&RpExc_ValueError,
                                      "expected ':' after conversion specifier");
                    return 0;
                }
            }
        }
        spec->str = s;
        spec->start = str->start;
        rp_ssize_t count = 1;
        while (str->start < str->end) {
            c = CH(s, str->start++);
            if (c == '{') {
                *needs_expanding = 1;
                count++;
            } else if (c == '}') {
                count--;
                if (count == 0) {
                    spec->end = str->start - 1;
                    return 1;
                }
            }
        }
        rp_err_set_string(&RpExc_ValueError, "unmatched '{' in format spec");
        return 0;
    }
    if (c != '}') {
        rp_err_set_string(&RpExc_ValueError, "expected '}' before end of string");
        return 0;
    }
    return 1;
}

/* 0 error, 1 end, 2 a piece */
static int markup_next(Sub *str, Sub *literal, int *field_present, Sub *field_name, Sub *spec,
                       uint32_t *conversion, int *needs_expanding)
{
    RpObject *s = str->str;
    uint32_t c = 0;
    int markup_follows = 0;
    literal->str = NULL;
    literal->start = literal->end = 0;
    field_name->str = NULL;
    field_name->start = field_name->end = 0;
    spec->str = NULL;
    spec->start = spec->end = 0;
    *conversion = 0;
    *needs_expanding = 0;
    *field_present = 0;
    if (str->start >= str->end) {
        return 1;
    }
    rp_ssize_t start = str->start;
    while (str->start < str->end) {
        c = CH(s, str->start++);
        if (c == '{' || c == '}') {
            markup_follows = 1;
            break;
        }
    }
    int at_end = str->start >= str->end;
    rp_ssize_t len = str->start - start;
    if (c == '}' && (at_end || c != CH(s, str->start))) {
        rp_err_set_string(&RpExc_ValueError, "Single '}' encountered in format string");
        return 0;
    }
    if (at_end && c == '{') {
        rp_err_set_string(&RpExc_ValueError, "Single '{' encountered in format string");
        return 0;
    }
    if (!at_end) {
        if (c == CH(s, str->start)) {
            str->start++;
            markup_follows = 0;
        } else {
            len--;
        }
    }
    literal->str = s;
    literal->start = start;
    literal->end = start + len;
    if (!markup_follows) {
        return 2;
    }
    *field_present = 1;
    if (!parse_field(str, field_name, spec, needs_expanding, conversion)) {
        return 0;
    }
    return 2;
}

static RpObject *do_conversion(RpObject *obj, uint32_t conversion)
{
    switch (conversion) {
    case 'r': return rp_object_repr(obj);
    case 's': return rp_object_str(obj);
    case 'a': return rp_object_ascii(obj);
    default:
        if (conversion > 32 && conversion < 127) {
            return rp_err_format(&RpExc_ValueError, "Unknown conversion specifier %c",
                                 (int)conversion);
        }
        return rp_err_format(&RpExc_ValueError, "Unknown conversion specifier \\x%x",
                             (unsigned int)conversion);
    }
}

static RpObject *build_string(Sub *input, FormatArgs *fa, int depth, AutoNumber *an);

static int render_field(RpObject *obj, Sub *spec, RpStrWriter *w)
{
    if (rp_str_check_exact(obj)) {
        return rp_format_str_into(w, obj, spec->str, spec->start, spec->str ? spec->end : 0) < 0
               ? 0 : 1;
    }
    RpObject *spec_obj = spec->str ? sub_new(spec) : rp_str_new(0, 0);
    if (spec_obj == NULL) {
        return 0;
    }
    RpObject *r = rp_object_format(obj, spec_obj);
    rp_decref(spec_obj);
    if (r == NULL) {
        return 0;
    }
    /* exact int, float and complex are formatted straight into the
       writer by CPython: their text is copied, never kept */
    RpTypeObject *t = rp_type(obj);
    int copy = t == &RpLong_Type || t == &RpFloat_Type || t == &RpComplex_Type;
    int ok = (copy ? rp_strwriter_write_str_copy(w, r) : rp_strwriter_write_str(w, r)) == 0;
    rp_decref(r);
    return ok;
}

static int output_markup(Sub *field_name, Sub *spec, int needs_expanding, uint32_t conversion,
                         RpStrWriter *w, FormatArgs *fa, int depth, AutoNumber *an)
{
    RpObject *tmp = NULL;
    int result = 0;
    RpObject *obj = get_field_object(field_name, fa, an);
    if (obj == NULL) {
        return 0;
    }
    if (conversion != 0) {
        tmp = do_conversion(obj, conversion);
        if (tmp == NULL) {
            goto done;
        }
        RP_SETREF(obj, tmp);
        tmp = NULL;
    }
    Sub expanded, *actual = spec;
    if (needs_expanding) {
        tmp = build_string(spec, fa, depth - 1, an);
        if (tmp == NULL) {
            goto done;
        }
        expanded.str = tmp;
        expanded.start = 0;
        expanded.end = rp_str_len(tmp);
        actual = &expanded;
    }
    result = render_field(obj, actual, w);
done:
    rp_decref(obj);
    rp_xdecref(tmp);
    return result;
}

static RpObject *build_string(Sub *input, FormatArgs *fa, int depth, AutoNumber *an)
{
    if (depth <= 0) {
        return rp_err_set_string(&RpExc_ValueError, "Max string recursion exceeded");
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
    Sub iter = *input;
    Sub literal, field_name, spec;
    uint32_t conversion;
    int needs_expanding, field_present, result;
    while ((result = markup_next(&iter, &literal, &field_present, &field_name, &spec,
                                 &conversion, &needs_expanding)) == 2) {
        if (literal.end != literal.start) {
            if (!field_present && iter.start == iter.end) {
                w.overallocate = 0;
            }
            if (rp_strwriter_write_substr(&w, literal.str, literal.start, literal.end) < 0) {
                goto fail;
            }
        }
        if (field_present) {
            if (iter.start == iter.end) {
                w.overallocate = 0;
            }
            if (!output_markup(&field_name, &spec, needs_expanding, conversion, &w, fa, depth,
                               an)) {
                goto fail;
            }
        }
    }
    if (result == 0) {
        goto fail;
    }
    return rp_strwriter_finish(&w);
fail:
    rp_strwriter_discard(&w);
    return NULL;
}

RpObject *rp_str_format_method(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    FormatArgs fa = {args, nargs, kwnames, args + nargs, NULL};
    AutoNumber an = {ANS_INIT, 0};
    Sub input = {self, 0, rp_str_len(self)};
    return build_string(&input, &fa, 2, &an);
}

RpObject *rp_str_format_map_method(RpObject *self, RpObject *mapping)
{
    FormatArgs fa = {NULL, 0, NULL, NULL, mapping};
    AutoNumber an = {ANS_INIT, 0};
    Sub input = {self, 0, rp_str_len(self)};
    return build_string(&input, &fa, 2, &an);
}
