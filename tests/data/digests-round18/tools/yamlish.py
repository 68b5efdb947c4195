"""A small block-YAML emitter (keys starting with "#" write their value as comment lines) for the CITATION.cff builder: 2-space indentation, sequences indented under their key,
plain scalars where YAML allows them, single quotes otherwise, '>-' folded blocks for pre-wrapped long text."""
import re


class Folded(str):
    """a long text written as a '>-' folded block; the lines are given joined by '\\n' (single newlines fold to spaces)"""


RESERVED = re.compile(r"^(?:[-?:,\[\]{}#&*!|>'\"%@`]|\s)|(?:: |\s#)|[:\s]$|^(?:true|false|yes|no|on|off|null|~|y|n)$|"
                      r"^[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?$|^\d{4}-\d\d-\d\d", re.I)


def scalar(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if v == "" or RESERVED.search(v): return "'" + v.replace("'", "''") + "'"
    return v


def emit(o, ind=0):
    pad = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if k.startswith("#"):
                out += [pad + "# " + c if c else pad + "#" for c in v.split("\n")]
            elif isinstance(v, Folded):
                out.append(f"{pad}{k}: >-")
                out += [pad + "  " + l for l in v.split("\n")]
            elif isinstance(v, dict):
                out.append(f"{pad}{k}:"); out += emit(v, ind + 1)
            elif isinstance(v, list):
                out.append(f"{pad}{k}:"); out += emit(v, ind + 1)
            elif v is None:
                continue
            else:
                out.append(f"{pad}{k}: {scalar(v)}")
    elif isinstance(o, list):
        for item in o:
            if isinstance(item, dict):
                sub = emit(item, ind + 1)
                first = sub[0][len(pad) + 2:]
                out.append(f"{pad}- {first}")
                out += sub[1:]
            else:
                out.append(f"{pad}- {scalar(item)}")
    return out
