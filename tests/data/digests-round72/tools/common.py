"""round72 helpers shared by the builders: arXiv / OpenReview URLs, Rails-style JSON (737), line wrapping (739)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import OR


def A(k, kind="abs"):
    return f"https://arxiv.org/{kind}/{k}"


def ORL(k):
    return f"https://openreview.net/forum?id={OR(k)}"


def rails_json(o):
    """ActiveSupport's JSON: compact, UTF-8 kept, < > & and U+2028/2029 escaped as \\u003c \\u003e \\u0026"""
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def wrap(line, width):
    """word wrap one line at `width` columns (no word split; a longer word stays whole)"""
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur); cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out
