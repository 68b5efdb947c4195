"""The CJK character classes, in one home (regular-expression class bodies, to put inside `[...]`).

Two classes, on purpose: search indexes and highlights *letters* (a CJK word is made of them), while extraction
must also treat CJK punctuation and full-width forms as CJK text (`。` ends a URL written in Chinese prose, `：`
follows a label).
"""

from __future__ import annotations

from typing import Final

# Han (with extension A and the compatibility ideographs), kana and hangul: what search segments into words.
CJK_LETTERS: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
# ... and radicals, CJK symbols and punctuation, bopomofo and strokes, vertical and full-width forms.
CJK_TEXT: Final = CJK_LETTERS + "\u2e80-\u2fff\u3000-\u303f\u3100-\u31ff\ufe30-\ufe4f\uff00-\uffef"
