import nspkg
import nspkg.part
print(nspkg.part.part_value, getattr(nspkg, "__file__", None), nspkg.__spec__.origin)
print(type(nspkg.__path__).__name__ in ("list", "_NamespacePath"))
