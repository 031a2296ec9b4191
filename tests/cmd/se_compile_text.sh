# the text of a SyntaxError from compile(): re-read from the file named
# like the code when it exists (CPython's err_programtext), else the source
cat > se_tmp_named.py <<'X'
x = 1
y = (1 2)
X
$PY -c '
import os
srcs = [b"x = (1 2)\n", b"# coding: utf-8\nx\xff = 1\n", b"# coding: utf-8\nx = b\"\xff\"\n",
        b"# coding: utf-8\n\xff\n", b"def f(x):\n    global x\n", b"return 1\n",
        ("z = [" + ", ".join(map(str, range(400))) + ", = ]\n").encode()]
for name in ["se_tmp_named.py", "no_such_file.py", "<string>"]:
    for src in srcs:
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            print(name, e.lineno, e.offset, e.end_offset, repr(e.text)[:60], len(e.text or ""), e.msg)
'
rm -f se_tmp_named.py
