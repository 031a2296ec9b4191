# Generates src/compiler/unicodenames.c, the \N{NAME} table, from python3's
# unicodedata (Unicode 14.0.0 for CPython 3.11).  Run from the repo root:
#     python3 tests/c/parser/gen_unicodenames.py > src/compiler/unicodenames.c
# Names are sorted and front-coded (restart every 16 entries).  Formal
# aliases (NameAliases.txt) are candidates checked with unicodedata.lookup.
import unicodedata, sys

ALIAS_CANDIDATES = '''0000 NULL|NUL;0001 START OF HEADING|SOH;0002 START OF TEXT|STX;0003 END OF TEXT|ETX;
0004 END OF TRANSMISSION|EOT;0005 ENQUIRY|ENQ;0006 ACKNOWLEDGE|ACK;0007 ALERT|BEL;0008 BACKSPACE|BS;
0009 CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB;000A LINE FEED|NEW LINE|END OF LINE|LF|NL|EOL;
000B LINE TABULATION|VERTICAL TABULATION|VT;000C FORM FEED|FF;000D CARRIAGE RETURN|CR;
000E SHIFT OUT|LOCKING-SHIFT ONE|SO;000F SHIFT IN|LOCKING-SHIFT ZERO|SI;0010 DATA LINK ESCAPE|DLE;
0011 DEVICE CONTROL ONE|DC1;0012 DEVICE CONTROL TWO|DC2;0013 DEVICE CONTROL THREE|DC3;
0014 DEVICE CONTROL FOUR|DC4;0015 NEGATIVE ACKNOWLEDGE|NAK;0016 SYNCHRONOUS IDLE|SYN;
0017 END OF TRANSMISSION BLOCK|ETB;0018 CANCEL|CAN;0019 END OF MEDIUM|EOM;001A SUBSTITUTE|SUB;
001B ESCAPE|ESC;001C INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS;
001D INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS;001E INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS;
001F INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US;0020 SP;007F DELETE|DEL;0080 PADDING CHARACTER|PAD;
0081 HIGH OCTET PRESET|HOP;0082 BREAK PERMITTED HERE|BPH;0083 NO BREAK HERE|NBH;0084 INDEX|IND;
0085 NEXT LINE|NEL;0086 START OF SELECTED AREA|SSA;0087 END OF SELECTED AREA|ESA;
0088 CHARACTER TABULATION SET|HORIZONTAL TABULATION SET|HTS;
0089 CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION|HTJ;
008A LINE TABULATION SET|VERTICAL TABULATION SET|VTS;008B PARTIAL LINE FORWARD|PARTIAL LINE DOWN|PLD;
008C PARTIAL LINE BACKWARD|PARTIAL LINE UP|PLU;008D REVERSE LINE FEED|REVERSE INDEX|RI;
008E SINGLE SHIFT TWO|SINGLE-SHIFT-2|SS2;008F SINGLE SHIFT THREE|SINGLE-SHIFT-3|SS3;
0090 DEVICE CONTROL STRING|DCS;0091 PRIVATE USE ONE|PRIVATE USE-1|PU1;0092 PRIVATE USE TWO|PRIVATE USE-2|PU2;
0093 SET TRANSMIT STATE|STS;0094 CANCEL CHARACTER|CCH;0095 MESSAGE WAITING|MW;
0096 START OF GUARDED AREA|START OF PROTECTED AREA|SPA;0097 END OF GUARDED AREA|END OF PROTECTED AREA|EPA;
0098 START OF STRING|SOS;0099 SINGLE GRAPHIC CHARACTER INTRODUCER|SGC;009A SINGLE CHARACTER INTRODUCER|SCI;
009B CONTROL SEQUENCE INTRODUCER|CSI;009C STRING TERMINATOR|ST;009D OPERATING SYSTEM COMMAND|OSC;
009E PRIVACY MESSAGE|PM;009F APPLICATION PROGRAM COMMAND|APC;00A0 NBSP;00AD SHY;
01A2 LATIN CAPITAL LETTER GHA;01A3 LATIN SMALL LETTER GHA;034F CGJ;061C ALM;
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT;0CDE KANNADA LETTER LLLA;0E9D LAO LETTER FO FON;
0E9F LAO LETTER FO FAY;0EA3 LAO LETTER RO;0EA5 LAO LETTER LO;0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN;
11EC HANGUL JONGSEONG YESIEUNG-KIYEOK;11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK;
11EE HANGUL JONGSEONG SSANGYESIEUNG;11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH;
180B FVS1;180C FVS2;180D FVS3;180E MVS;180F FVS4;1BBD SUNDANESE LETTER ARCHAIC I;
200B ZWSP;200C ZWNJ;200D ZWJ;200E LRM;200F RLM;202A LRE;202B RLE;202C PDF;202D LRO;202E RLO;
202F NNBSP;205F MMSP;2060 WJ;2066 LRI;2067 RLI;2068 FSI;2069 PDI;2118 WEIERSTRASS ELLIPTIC FUNCTION;
2448 MICR ON US SYMBOL;2449 MICR DASH SYMBOL;
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;A015 YI SYLLABLE ITERATION MARK;
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET;FEFF BYTE ORDER MARK|BOM|ZWNBSP;
122D4 CUNEIFORM SIGN NU11 TENU;122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR;
16E56 MEDEFAIDRIN CAPITAL LETTER H;16E57 MEDEFAIDRIN CAPITAL LETTER NG;16E76 MEDEFAIDRIN SMALL LETTER H;
16E77 MEDEFAIDRIN SMALL LETTER NG;1B001 HENTAIGANA LETTER E-1;1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS;
1E899 MENDE KIKAKUI SYLLABLE M172 MBO;1E89A MENDE KIKAKUI SYLLABLE M174 MBOO'''

entries = {}
cjk = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if not n:
        continue
    if n.startswith('CJK UNIFIED IDEOGRAPH-'):
        cjk.append(cp)
        continue
    if n.startswith('HANGUL SYLLABLE '):
        continue
    entries[n] = cp
aliases = 0
for item in ALIAS_CANDIDATES.replace('\n', '').split(';'):
    cp, names = item.split(' ', 1)
    for n in names.split('|'):
        try:
            if ord(unicodedata.lookup(n)) == int(cp, 16) and n not in entries:
                entries[n] = int(cp, 16); aliases += 1
        except KeyError:
            pass
for fe in range(0xFE00, 0xFE10):
    n = 'VS%d' % (fe - 0xFE00 + 1)
    if ord(unicodedata.lookup(n)) == fe: entries[n] = fe; aliases += 1
for e in range(0xE0100, 0xE01F0):
    n = 'VS%d' % (e - 0xE0100 + 17)
    if ord(unicodedata.lookup(n)) == e: entries[n] = e; aliases += 1
# CJK unified ranges
ranges = []
for cp in cjk:
    if ranges and ranges[-1][1] == cp - 1:
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp])

names = sorted(entries)
RESTART = 16
blob = bytearray()
restarts = []
prev = b''
for i, n in enumerate(names):
    b = n.encode()
    if i % RESTART == 0:
        restarts.append(len(blob))
        pl = 0
    else:
        pl = 0
        while pl < min(len(b), len(prev), 255) and b[pl] == prev[pl]:
            pl += 1
    suf = b[pl:]
    blob += bytes([pl, len(suf)]) + suf
    prev = b

w = sys.stdout.write
w('/* unicodenames.c - GENERATED by tests/c/parser/gen_unicodenames.py from\n')
w(' * python3\'s unicodedata (Unicode %s): the \\N{NAME} escapes of string\n' % unicodedata.unidata_version)
w(' * literals.  %d names and %d formal aliases, front-coded; CJK unified\n' % (len(entries) - aliases, aliases))
w(' * ideographs and Hangul syllables are computed.  Do not edit. */\n')
w('#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n\n')
w('int rp_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);\n\n')
w('#define NAMES_COUNT %d\n#define RESTART %d\n\n' % (len(names), RESTART))
w('static const unsigned char blob[] =\n')
line = '    "'
for byte in blob:
    if 32 <= byte < 127 and chr(byte) not in '"\\?':
        ch = chr(byte)
    else:
        ch = '\\%03o' % byte
    line += ch
    if len(line) > 72:
        w(line + '"\n'); line = '    "'
w(line + '";\n\n')
def arr(name, typ, vals, per=8):
    w('static const %s %s[] = {\n' % (typ, name))
    for i in range(0, len(vals), per):
        w('    ' + ', '.join('0x%X' % v for v in vals[i:i+per]) + ',\n')
    w('};\n\n')
arr('restarts', 'uint32_t', restarts)
arr('codepoints', 'uint32_t', [entries[n] for n in names])
w('static const uint32_t cjk_ranges[][2] = {\n')
for a, b in ranges:
    w('    {0x%X, 0x%X},\n' % (a, b))
w('};\n')
w(r'''
/* decode entry i of the restart block starting at byte offset off */
static int decode_block(uint32_t off, char *buf, int count, const char *key, size_t klen,
                        uint32_t first_index, uint32_t *cp)
{
    size_t blen = 0;
    for (int i = 0; i < count; i++) {
        unsigned pl = blob[off], sl = blob[off + 1];
        memcpy(buf + pl, blob + off + 2, sl);
        blen = pl + sl;
        off += 2 + sl;
        if (blen == klen && memcmp(buf, key, klen) == 0) {
            *cp = codepoints[first_index + (uint32_t)i];
            return 1;
        }
    }
    return 0;
}

static int cmp_restart(uint32_t off, const char *key, size_t klen)
{
    unsigned sl = blob[off + 1];
    size_t n = sl < klen ? sl : klen;
    int c = memcmp(blob + off + 2, key, n);
    if (c)
        return c;
    return sl < klen ? -1 : sl > klen ? 1 : 0;
}

static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS",
    "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA",
    "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM",
    "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

/* longest jamo short name at s; returns its index or -1 */
static int find_jamo(const char *s, size_t n, const char *const *tab, int count, size_t *used)
{
    int best = -1;
    size_t bestlen = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(tab[i]);
        if (l <= n && memcmp(s, tab[i], l) == 0 && (best < 0 || l > bestlen)) {
            best = i;
            bestlen = l;
        }
    }
    *used = bestlen;
    return best;
}

int rp_unicode_lookup_name(const char *name, size_t len, uint32_t *cp)
{
    char key[256];
    if (len == 0 || len >= sizeof(key))
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        key[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    key[len] = 0;
    /* Hangul syllables (case-sensitive, as in CPython) */
    if (len > 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0) {
        const char *s = name + 16;
        size_t n = len - 16, u;
        int l = find_jamo(s, n, jamo_l, 19, &u);
        s += u; n -= u;
        int v = find_jamo(s, n, jamo_v, 21, &u);
        s += u; n -= u;
        int t = find_jamo(s, n, jamo_t, 28, &u);
        s += u; n -= u;
        if (l >= 0 && v >= 0 && t >= 0 && n == 0) {
            *cp = 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
            return 1;
        }
        return 0;
    }
    /* CJK unified ideographs */
    if (len > 22 && memcmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        size_t n = len - 22;
        if (n != 4 && n != 5)
            return 0;
        uint32_t v = 0;
        for (size_t i = 22; i < len; i++) {
            char c = name[i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                return 0;
            v = v * 16 + (uint32_t)d;
        }
        for (size_t i = 0; i < sizeof(cjk_ranges) / sizeof(cjk_ranges[0]); i++)
            if (v >= cjk_ranges[i][0] && v <= cjk_ranges[i][1]) {
                *cp = v;
                return 1;
            }
        return 0;
    }
    /* binary search the restart points (their names are stored whole) */
    size_t nr = sizeof(restarts) / sizeof(restarts[0]);
    size_t lo = 0, hi = nr;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cmp_restart(restarts[mid], key, len) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    size_t r = lo - 1;
    uint32_t first = (uint32_t)(r * RESTART);
    int count = (int)((NAMES_COUNT - first) < RESTART ? (NAMES_COUNT - first) : RESTART);
    char buf[256];
    return decode_block(restarts[r], buf, count, key, len, first, cp);
}
''')
