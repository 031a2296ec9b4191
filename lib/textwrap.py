"""Text wrapping and filling (refpy's own implementation).

wrap, fill, shorten, dedent, indent and TextWrapper behave as CPython
3.11's textwrap.  CPython splits the text into chunks with a regular
expression; refpy has no re module, so _split scans the text by hand with
the same rules: runs of whitespace; "--" em-dashes between words; words,
cut after the hyphen of a compound word ("goof-" "ball") when
break_on_hyphens is true.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(ch):
    return ch in _whitespace


def _is_word(ch):
    # the regular expression class \w
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # [^\d\W]: a word character that is not a digit
    return _is_word(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    # [\w!"'&.,?]
    return _is_word(ch) or ch in '!"\'&.,?'


def _dash_run(text, k):
    """The end of a run of two or more '-' at k that is followed by a word
    character, or -1."""
    n = len(text)
    j = k
    while j < n and text[j] == '-':
        j += 1
    if j - k >= 2 and j < n and _is_word(text[j]):
        return j
    return -1


class TextWrapper:
    """Wraps and fills text; the attributes are wrap()'s options:
    width, initial_indent, subsequent_indent, expand_tabs, tabsize,
    replace_whitespace, fix_sentence_endings, break_long_words,
    break_on_hyphens, drop_whitespace, max_lines, placeholder."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting -----------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs, then make every whitespace character a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The indivisible chunks of text: words and runs of whitespace
        ("Look,", " ", "goof-", "ball", " ", "--", ...)."""
        chunks = []
        n = len(text)
        p = 0
        if self.break_on_hyphens is not True:
            while p < n:
                q = p
                ws = _is_ws(text[p])
                while q < n and _is_ws(text[q]) == ws:
                    q += 1
                chunks.append(text[p:q])
                p = q
            return chunks
        while p < n:
            if _is_ws(text[p]):
                q = p
                while q < n and _is_ws(text[q]):
                    q += 1
            elif p > 0 and _is_word_punct(text[p - 1]) and _dash_run(text, p) > 0:
                q = _dash_run(text, p)
            else:
                q = self._word_end(text, p)
            chunks.append(text[p:q])
            p = q
        return chunks

    @staticmethod
    def _word_end(text, p):
        # the shortest word from p that ends at a compound word's hyphen,
        # at the end of the word, or before an em-dash
        n = len(text)
        k = p + 1
        while True:
            if k >= n or _is_ws(text[k]):
                return k
            if text[k] == '-' and k + 2 < n + 1:
                before = ((k >= 2 and _is_letter(text[k - 2]) and
                           _is_letter(text[k - 1])) or
                          (k >= 3 and _is_letter(text[k - 3]) and
                           text[k - 2] == '-' and _is_letter(text[k - 1])))
                if before and k + 1 < n and _is_letter(text[k + 1]):
                    if ((k + 2 < n and _is_letter(text[k + 2])) or
                            (k + 3 < n and text[k + 2] == '-' and
                             _is_letter(text[k + 3]))):
                        return k + 1
            if _is_word_punct(text[k - 1]) and _dash_run(text, k) > 0:
                return k
            k += 1

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a chunk that ends a sentence."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        # a lowercase letter, . ! or ?, an optional closing quote, the end
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?' and
                'a' <= chunk[-2] <= 'z')

    # -- wrapping ---------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a word too long for any line on this line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines of at most width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or
                    len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # the last line allowed: end it with the placeholder
            while cur_line:
                if (cur_line[-1].strip() and
                        cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the paragraph text, each at most width long."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """wrap(text) joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into one string of lines of at most width."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and cut it to width, ending with
    the placeholder when words had to go."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace common to the start of every line; lines of
    blanks only become empty."""
    lines = text.split('\n')
    # lines made only of spaces and tabs are emptied (the last line keeps
    # a trailing "\r"-free check as $ does before the end)
    lines = ['' if ln and _leading_blanks(ln) == ln else ln for ln in lines]
    margin = None
    for ln in lines:
        lead = _leading_blanks(ln)
        if lead == ln:
            continue          # empty: no indentation to count
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        size = len(margin)
        lines = [ln[size:] if ln.startswith(margin) else ln for ln in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate(line) is
    true (default: the lines that are not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
