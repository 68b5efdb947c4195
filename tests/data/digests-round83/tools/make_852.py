#!/usr/bin/env python3
"""852: `git format-patch --stdout -3` of a Spanish reading-list repository, as mailed for review: three patches run
together, each `From <sha1> Mon Sep 17 00:00:00 2001` (git's fixed magic date), `From:`, `Date:` (RFC 2822),
`Subject: [PATCH n/3] …` (the prefix raw, the title RFC 2047 Q-encoded with `=20` for spaces and folded when it holds
non-ASCII, as git writes it), `MIME-Version` / `Content-Type: text/plain; charset=UTF-8` / `Content-Transfer-Encoding: 8bit`, the message
body, `---`, a diffstat (` path | N ++--`, summary line, `create mode`), `diff --git` with `index <abbrev>..<abbrev>`
(real blob hashes of the old and new file), `--- a/` / `+++ b/` (`/dev/null` for a new file), unified hunks with
three lines of context, and the `-- ` signature with the git version. Efficient-attention papers added and
annotated; a library, a blog post and a leaderboard are not papers."""
import difflib, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(852)


def blob(s):
    b = s.encode()
    return hashlib.sha1(b"blob %d\0" % len(b) + b).hexdigest()[:7]


def q_subject(prefix, s):
    if all(ord(c) < 128 for c in s):
        return "Subject: " + prefix + s
    words, cur = [], ""
    for ch in s:
        enc = "".join(f"={b:02X}" for b in ch.encode()) if (ord(ch) > 126 or ch in " =?_\t") else ch
        if len("=?UTF-8?q?" + cur + enc + "?=") > 76 - (9 + len(prefix) if not words else 1):
            words.append(cur); cur = ""
        cur += enc
    words.append(cur)
    return "Subject: " + prefix + "\n ".join(f"=?UTF-8?q?{w_}?=" for w_ in words)


V0 = ""
V1 = f"""# Atención eficiente — lecturas del seminario

Lista de artículos para el seminario de primavera (grupo de PLN, Universidad de Valdemora).
Cada entrada: título completo, autores, enlace y una nota corta de quien la propone.

## Núcleos y aproximaciones de la atención

- **{T('2205.14135')}**
  {au('2205.14135', 3)} — https://arxiv.org/abs/2205.14135
  Nota (Lucía): atención exacta reordenando lecturas/escrituras en memoria. Imprescindible.
- **{T('2006.04768')}**
  {au('2006.04768', 3)} — https://arxiv.org/abs/2006.04768
  Nota (Lucía): proyección de claves y valores a dimensión fija; complejidad lineal.
- **{T('2103.02143')}**
  {au('2103.02143', 3)} — ICLR 2021 (enlace pendiente)
  Nota (Andrés): características aleatorias para aproximar el núcleo softmax.

## Patrones dispersos

- **{T('1904.10509')}**
  {au('1904.10509', 3)}
  Nota (Andrés): factorizaciones dispersas de la matriz de atención; precursor de todo lo demás.

## Software (no son artículos)

- xformers: https://github.com/facebookresearch/xformers
- Blog «La atención, explicada con dibujos» (blog del grupo, 2023)
"""
V2 = V1.replace(
    "  Nota (Andrés): factorizaciones dispersas de la matriz de atención; precursor de todo lo demás.\n",
    "  Nota (Andrés): factorizaciones dispersas de la matriz de atención; precursor de todo lo demás.\n"
    f"- **{T('2004.05150')}**\n  {au('2004.05150', 3)} — https://arxiv.org/pdf/2004.05150v2\n"
    "  Nota (Marta): ventana local + atención global en tokens elegidos; documentos largos.\n").replace(
    "  Nota (Andrés): características aleatorias para aproximar el núcleo softmax.\n",
    "  Nota (Andrés): características aleatorias para aproximar el núcleo softmax.\n"
    f"- **{T('2009.14794')}**\n  {au('2009.14794', 3)} — arXiv:2009.14794 (ICLR 2021)\n"
    "  Nota (Marta): FAVOR+, características aleatorias positivas y ortogonales.\n")
V3 = V2.replace("## Software (no son artículos)\n",
    "## Evaluación y compresión de secuencias\n\n"
    f"- **{T('2011.04006')}**\n  {au('2011.04006', 3)} — https://openreview.net/forum?id=qVyeW-grC2k\n"
    "  Nota (Lucía): banco de pruebas con secuencias de 1K a 16K; usar sus seis tareas como referencia común.\n"
    f"- **{T('2006.03236')}**\n  {au('2006.03236', 3)}\n"
    "  Nota (Marta): reducir la longitud de la secuencia capa a capa (pooling), como en una red piramidal.\n\n"
    "## Software (no son artículos)\n").replace(
    "- xformers: https://github.com/facebookresearch/xformers\n",
    "- xformers: https://github.com/facebookresearch/xformers\n- Clasificación pública en Papers with Code (no es un artículo)\n")
CAL0 = """# Calendario

| Fecha | Ponente | Tema |
|-------|---------|------|
| 7 mar | Lucía | Núcleos exactos |
| 14 mar | Andrés | Aproximaciones |
"""
CAL1 = CAL0 + """| 21 mar | Marta | Patrones dispersos y documentos largos |
| 4 abr | Lucía | Evaluación con secuencias largas |
"""


def diff(path, old, new):
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    hunks = list(difflib.unified_diff(a, b, n=3))[2:]
    head = f"diff --git a/{path} b/{path}\n"
    if not old:
        head += f"new file mode 100644\nindex 0000000..{blob(new)}\n--- /dev/null\n+++ b/{path}\n"
        hunks = list(difflib.unified_diff(a, b, n=3))[2:]
    else:
        head += f"index {blob(old)}..{blob(new)} 100644\n--- a/{path}\n+++ b/{path}\n"
    ins = sum(1 for l in hunks if l.startswith("+")); dels = sum(1 for l in hunks if l.startswith("-"))
    return head + "".join(hunks), ins, dels


def stat(files):
    wpath = max(len(p) for p, _, _, _ in files)
    wnum = max(len(str(i + d)) for _, i, d, _ in files)
    out = [f" {p:<{wpath}} | {i + d:>{wnum}} {'+' * i}{'-' * d}\n" for p, i, d, _ in files]
    ti, td = sum(f[1] for f in files), sum(f[2] for f in files)
    s = f" {len(files)} file{'s' if len(files) > 1 else ''} changed"
    if ti: s += f", {ti} insertion{'s' if ti != 1 else ''}(+)"
    if td: s += f", {td} deletion{'s' if td != 1 else ''}(-)"
    out.append(s + "\n")
    out += [f" create mode 100644 {p}\n" for p, _, _, new in files if new]
    return "".join(out)


def patch(n, sha, author, date, subject, body, changes):
    files, diffs = [], []
    for path, old, new in changes:
        d, i, dl = diff(path, old, new)
        files.append((path, i, dl, not old)); diffs.append(d)
    return (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: {author}\nDate: {date}\n"
            + q_subject(f"[PATCH {n}/3] ", subject) + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body + "---\n" + stat(files) + "\n" + "".join(diffs) + "-- \n2.43.0\n\n")


LU = "=?UTF-8?q?Luc=C3=ADa=20Ferrer=20Sanz?= <lucia.ferrer@pln.example.es>"
MA = "Marta Iglesias <marta.iglesias@pln.example.es>"
text = (patch(1, "6b0e5d2c8f4a1e9b3d7c5a2f8e6b4d1c9a7e3f05", LU, "Mon, 4 Mar 2024 18:02:41 +0100",
              "Añade la lista de lecturas sobre atención eficiente",
              "Primera versión de la lista para el seminario de primavera. Faltan enlaces\n"
              "en dos entradas; los añado cuando tenga acceso a la biblioteca.\n\n"
              "Signed-off-by: Lucía Ferrer Sanz <lucia.ferrer@pln.example.es>\n",
              [("lecturas/atencion-eficiente.md", V0, V1)])
        + patch(2, "c4d19e7a2b6f8035d1e4a9c7b2f0e6d3a8c5b1f7", MA, "Tue, 5 Mar 2024 09:47:15 +0100",
                "lecturas: documentos largos y FAVOR+",
                "Añado dos entradas que faltaban según lo hablado en la reunión del lunes:\n"
                "la de ventana local + global y la de características aleatorias positivas.\n\n"
                "Signed-off-by: Marta Iglesias <marta.iglesias@pln.example.es>\n",
                [("lecturas/atencion-eficiente.md", V1, V2)])
        + patch(3, "0f8a3c6e1d9b7f2a5c4e8d0b3a6f9c2e7d1b4a08", LU, "Wed, 6 Mar 2024 11:20:03 +0100",
                "Sección de evaluación y calendario de sesiones",
                "Nueva sección con el banco de pruebas de secuencias largas y la entrada\n"
                "sobre reducción de longitud. Calendario actualizado hasta abril.\n\n"
                "Signed-off-by: Lucía Ferrer Sanz <lucia.ferrer@pln.example.es>\n",
                [("calendario.md", CAL0, CAL1), ("lecturas/atencion-eficiente.md", V2, V3)]))
write_only(F, text, keys(F))
