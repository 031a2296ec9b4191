"""A small importlib (refpy's own): import_module, reload,
invalidate_caches.  The import system itself is in C (vm/import.c)."""

import sys
import _imp

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module.  The 'package' argument is required when performing
    a relative import; it is the anchor of the relative name."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """refpy keeps no finder caches: nothing to do."""


def reload(module):
    """Re-run a module's code in its existing namespace and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if _imp.is_builtin(name):
        return module
    source = _imp.get_frozen_source(name)
    filename = f"<frozen {name}>"
    if source is None:
        filename = getattr(module, "__file__", None)
        if filename is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        with open(filename) as f:
            source = f.read()
    code = compile(source, filename, "exec")
    exec(code, module.__dict__)
    return sys.modules[name]
