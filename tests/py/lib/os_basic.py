import os
import os.path
print(os.name, os.sep, os.linesep == "\n", os.path is os.path, os.curdir, os.pardir)
print(os.path.join("a", "b", "c"), os.path.split("/x/y/z.txt"), os.path.splitext("a/b.tar.gz"))
print(os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.normpath("a/./b/../c"), os.path.isabs("/x"))
here = os.getcwd()
print(os.path.abspath("x") == os.path.join(here, "x"))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(here), os.path.exists("no/such/file"))
d = "tmp_os_basic_dir"
os.mkdir(d)
with open(os.path.join(d, "f.txt"), "w") as fh:
    fh.write("12345")
print(sorted(os.listdir(d)), os.path.getsize(os.path.join(d, "f.txt")), os.stat(os.path.join(d, "f.txt")).st_size)
os.rename(os.path.join(d, "f.txt"), os.path.join(d, "g.txt"))
print(sorted(os.listdir(d)))
os.remove(os.path.join(d, "g.txt"))
os.rmdir(d)
print(os.path.exists(d))
try:
    os.remove("no_such_file_here")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.mkdir(".")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename)
os.environ["REFPY_TEST_VAR"] = "value"
print(os.environ["REFPY_TEST_VAR"], os.getenv("REFPY_TEST_VAR"), os.getenv("REFPY_NOT_SET", "dflt"))
del os.environ["REFPY_TEST_VAR"]
print("REFPY_TEST_VAR" in os.environ)
print(type(os.getpid()).__name__, len(os.urandom(8)), os.fspath("p"))
os.makedirs("tmp_os_a/b/c", exist_ok=True)
print([(p, sorted(ds), fs) for p, ds, fs in os.walk("tmp_os_a")])
os.removedirs("tmp_os_a/b/c")
print(os.path.exists("tmp_os_a"))
