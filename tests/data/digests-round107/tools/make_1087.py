#!/usr/bin/env python3
"""1087: a Greek mathematics department's lab worksheet for a course on optimisation for machine learning, saved by
Maple 2023 as a `.mw` worksheet (XML, UTF-8, LF, final newline): `<Worksheet>`, `<Version>`, `<View-Properties>`,
`<MapleNet-Properties>`, `<Styles>` (the Layout and Font styles the worksheet uses), then `<Section>`s with a
`<Title>` and `<Group>`s holding `<Input>` Text-fields (style "Text", or "Maple Input" with the prompt `> `) and
`<Output>`s (printf's "Line Printed Output", typeset "2D Output" `<Equation>`s whose `display` attribute is base64 of
Maple's .m form, labelled L1, L2, …); inline `<Hyperlink>`s and `<Font>` runs; attributes in alphabetical order as
Maple writes them. The printf outputs are computed here (gradient descent, sharpness on a grid, derivatives). The
book "Beyond the Worst-Case Analysis of Algorithms", the google-research/sam and DomainBed repositories, Maple's
help and the course's eclass page are not papers; "SAM", "ERM", "DARTS", "PPO", "CQD" are nicknames."""
import base64, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1087)
K = dict(sam="2010.01412", ma="2103.13462", dg="2007.01434", smooth="2006.14536", onpol="2006.05990",
         nas="2108.04392", autohas="2006.03656", cqd="2011.03459")


def esc(s, attr=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if attr else s


def tag(name, attrs, body=None):
    a = "".join(f' {k}="{esc(str(v), True)}"' for k, v in sorted(attrs.items()))
    return f"<{name}{a}/>" if body is None else f"<{name}{a}>{body}</{name}>"


def link(target, text):
    return tag("Hyperlink", {"hyperlink": "true", "linktarget": target, "style": "Hyperlink"}, esc(text))


def ital(text):
    return tag("Font", {"italic": "true"}, esc(text))


def text(*parts, layout="Normal"):
    body = "".join(p if p.startswith("<") else esc(p) for p in parts)
    return tag("Text-field", {"layout": layout, "style": "Text"}, body)


LABEL = [0]
out = []


def group(inp, outputs=()):
    attrs = {}
    if any(o[0] == "eq" for o in outputs):
        LABEL[0] += 1
        attrs = {"drawlabel": "true", "labelreference": f"L{LABEL[0]}"}
    body = "\n<Input>\n" + inp + "\n</Input>\n"
    for kind, val in outputs:
        if kind == "lp":
            body += "<Output>\n" + tag("Text-field", {"layout": "Line Printed Output", "style": "Line Printed Output"}, esc(val)) + "\n</Output>\n"
        else:
            body += "<Output>\n" + tag("Text-field", {"layout": "Maple Output", "style": "2D Output"},
                                       tag("Equation", {"display": eq_b64(val), "executable": "false", "style": "2D Output"}, "")) + "\n</Output>\n"
    out.append(tag("Group", attrs, body))


def code(s):
    return tag("Text-field", {"layout": "Normal", "prompt": "> ", "style": "Maple Input"}, esc(s))


PREFIX = "-I%mrowG6#/I+modulenameG6\"I,TypesettingGI(_syslibGF'6#"


def eq_b64(val):
    return base64.b64encode((PREFIX + "-I#mnGF$6$Q" + chr(35 + len(val)) + val + "F'/%,mathvariantGQ'normalF'").encode()).decode()


def section(title):
    out.append('<Section collapsed="false">\n<Title>\n' + tag("Text-field", {"layout": "Heading 1", "style": "Heading 1"}, esc(title)) + "\n</Title>")


def end_section():
    out.append("</Section>")


# ---- the computations whose printf outputs the worksheet shows (Maple's software floats, Digits = 10, agree to the
# printed places)
def gd(p, eta=0.05, n=200):
    x, y = p
    for _ in range(n):
        gx, gy = 4 * x * (x * x - 1) + y / 2, 4 * y * (y * y - 1) + x / 2
        x, y = x - eta * gx, y - eta * gy
    return x, y, (x * x - 1) ** 2 + (y * y - 1) ** 2 + x * y / 2


h = lambda w: w ** 4 - 2 * w ** 2 + w / 4 + 0.1 * w ** 6 * (w > 0)


def hh(w):
    return w ** 4 - 2 * w ** 2 + w / 4


def sharp(w0, rho=0.05):
    return max(hh(w0 + rho * (k / 10 - 1)) - hh(w0) for k in range(21))


def newton_min(w):
    for _ in range(60):
        w -= (4 * w ** 3 - 4 * w + 0.25) / (12 * w ** 2 - 4)
    return w


x1, y1, f1 = gd((0.9, -0.2))
wl, wr = newton_min(-1.0), newton_min(1.0)
sig = lambda x: 1 / (1 + math.exp(-x))

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<Worksheet>
<Version major="2023" minor="2"/>
<View-Properties>
<Zoom percentage="100"/>
</View-Properties>
<MapleNet-Properties>
<Security level="1"/>
</MapleNet-Properties>
<Styles>
"""
LAYOUTS = [
 {"alignment": "left", "bullet": "none", "firstindent": "0.0", "leftmargin": "0.0", "linebreak": "space", "linespacing": "0.0", "name": "Normal", "rightmargin": "0.0", "spaceabove": "0.0", "spacebelow": "0.0"},
 {"alignment": "left", "bullet": "none", "firstindent": "0.0", "leftmargin": "0.0", "linebreak": "space", "linespacing": "0.0", "name": "Heading 1", "rightmargin": "0.0", "spaceabove": "8.0", "spacebelow": "4.0"},
 {"alignment": "left", "bullet": "dot", "firstindent": "0.0", "leftmargin": "18.0", "linebreak": "space", "linespacing": "0.0", "name": "Bullet Item", "rightmargin": "0.0", "spaceabove": "3.0", "spacebelow": "3.0"},
 {"alignment": "centred", "bullet": "none", "firstindent": "0.0", "leftmargin": "0.0", "linebreak": "space", "linespacing": "0.5", "name": "Maple Output", "rightmargin": "0.0", "spaceabove": "0.0", "spacebelow": "0.0"},
 {"alignment": "left", "bullet": "none", "firstindent": "0.0", "leftmargin": "0.0", "linebreak": "newline", "linespacing": "0.0", "name": "Line Printed Output", "rightmargin": "0.0", "spaceabove": "0.0", "spacebelow": "0.0"},
]
FONT0 = {"background": "[0,0,0]", "bold": "false", "executable": "false", "family": "Times New Roman", "foreground": "[0,0,0]",
         "italic": "false", "opaque": "false", "readonly": "false", "size": "12", "subscript": "false", "superscript": "false", "underline": "false"}
FONTS = [dict(FONT0, name="Text"),
         dict(FONT0, name="Heading 1", bold="true", family="Serif", size="18"),
         dict(FONT0, name="Maple Input", bold="true", executable="true", family="Monospaced", foreground="[255,0,0]"),
         dict(FONT0, name="2D Output", foreground="[0,0,255]"),
         dict(FONT0, name="Line Printed Output", family="Monospaced", foreground="[0,0,255]"),
         dict(FONT0, name="Hyperlink", foreground="[0,128,128]", underline="true")]
head = HEAD + "".join(tag("Layout", l) + "\n" for l in LAYOUTS) + "".join(tag("Font", f) + "\n" for f in FONTS) + "</Styles>"
out.append(head)

section("Εργαστήριο 5 — Τοπίο απώλειας, οξύτητα και γενίκευση")
group(text("Μάθημα: Βελτιστοποίηση για Μηχανική Μάθηση (ΜΘ-412), εαρινό εξάμηνο 2024. Διδάσκων: Κ. Παπαδόπουλος, "
           "βοηθός εργαστηρίου: Ε. Νικολάου. Ανοίγετε το φύλλο στη Maple 2023 (αίθουσα Β2 ή δικός σας υπολογιστής) και "
           "εκτελείτε τις εντολές με τη σειρά· αν κάτι κολλήσει, restart και ξανά από την αρχή. Βοήθεια για το πακέτο "
           "Optimization: ", link("https://www.maplesoft.com/support/help/Maple/view.aspx?path=Optimization", "σελίδα βοήθειας"), "."))
end_section()

section("1. Γιατί δουλεύουν οι τοπικές μέθοδοι;")
group(text("Ξεκινάμε από το κεφάλαιο του Tengyu Ma «" + T(K["ma"]) + "» (κεφ. 21 στο ",
           ital("Beyond the Worst-Case Analysis of Algorithms"), ", επιμ. T. Roughgarden): ",
           link("https://arxiv.org/abs/2103.13462", "arxiv.org/abs/2103.13462"),
           ". Διαβάστε τις ενότητες 2 και 3 (όλα τα τοπικά ελάχιστα είναι ολικά· αυστηρά σαγματικά σημεία) πριν από την Πέμπτη. "
           "Παρακάτω ένα μικρό παράδειγμα σε δύο διαστάσεις με τέσσερα ελάχιστα και ένα σαγματικό σημείο στο (0, 0)."))
group(code("restart;"))
group(code("f := (x, y) -> (x^2 - 1)^2 + (y^2 - 1)^2 + x*y/2:\ng := (x, y) -> <D[1](f)(x, y), D[2](f)(x, y)>:\n"
           "p := <0.9, -0.2>: eta := 0.05:\nfor k to 200 do p := p - eta*g(p[1], p[2]) end do:\n"
           'printf("μετά από 200 βήματα: x = %.4f, y = %.4f, f = %.5f\\n", p[1], p[2], f(p[1], p[2]));'),
      [("lp", f"μετά από 200 βήματα: x = {x1:.4f}, y = {y1:.4f}, f = {f1:.5f}")])
group(text("Άσκηση 1: ξεκινήστε από το <0, 0> και από το <0.01, 0.01>. Τι κάνει η μέθοδος στο σαγματικό σημείο και "
           "τι αλλάζει αν προσθέσετε λίγο θόρυβο σε κάθε βήμα (RandomTools[Generate](float(range = -0.01 .. 0.01)));"))
end_section()

section("2. Οξύτητα (sharpness) και SAM")
group(text("Το άρθρο «" + T(K["sam"]) + "» (Foret, Kleiner, Mobahi, Neyshabur, ICLR 2021) ελαχιστοποιεί τη μέγιστη "
           "απώλεια σε μια μπάλα ακτίνας ρ γύρω από τα βάρη αντί για την απώλεια στο ίδιο το σημείο. Κείμενο: ",
           link("https://arxiv.org/abs/2010.01412", "arXiv"), ", κώδικας σε JAX: ",
           link("https://github.com/google-research/sam", "google-research/sam"),
           ". Στη μία διάσταση το max μπορούμε να το προσεγγίσουμε σε πλέγμα:"))
group(code("h := w -> w^4 - 2*w^2 + w/4:\nwl := fsolve(D(h)(w) = 0, w = -1.5 .. -0.5): wr := fsolve(D(h)(w) = 0, w = 0.5 .. 1.5):\n"
           "rho := 0.05:\nsharp := w0 -> max(seq(h(w0 + rho*(k/10 - 1)) - h(w0), k = 0 .. 20)):\n"
           'printf("αριστερό ελάχιστο w = %.5f, h = %.5f, οξύτητα = %.6f\\n", wl, h(wl), sharp(wl));\n'
           'printf("δεξί ελάχιστο    w = %.5f, h = %.5f, οξύτητα = %.6f\\n", wr, h(wr), sharp(wr));'),
      [("lp", f"αριστερό ελάχιστο w = {wl:.5f}, h = {hh(wl):.5f}, οξύτητα = {sharp(wl):.6f}\n"
              f"δεξί ελάχιστο    w = {wr:.5f}, h = {hh(wr):.5f}, οξύτητα = {sharp(wr):.6f}")])
group(code("evalf[6](h(wr) - h(wl));"), [("eq", f"{hh(wr) - hh(wl):.5f}")])
group(text("Ερώτηση 2: ποιο από τα δύο ελάχιστα θα προτιμούσε η SAM για ρ = 0.05 και γιατί; Πόσο μεγάλο πρέπει να γίνει "
           "το ρ για να αλλάξει η απάντηση;"))
end_section()

section("3. Ομαλές ενεργοποιήσεις και εκπαίδευση με αντιπάλους")
group(text("Στο «" + T(K["smooth"]) + "» (Xie, Tan, Gong, Yuille, Le — arXiv:2006.14536) η ReLU αντικαθίσταται από "
           "ομαλές συναρτήσεις (softplus, SiLU, GELU), επειδή η παράγωγός της είναι ασυνεχής στο 0 και οι κλίσεις που "
           "βλέπει ο αντίπαλος γίνονται χειρότερες. Συγκρίνετε τις παραγώγους κοντά στο μηδέν:"))
group(code("relu := x -> max(0, x): sp := x -> ln(1 + exp(x)):\n"
           'for x0 in [-0.01, 0.01] do printf("x = %5.2f   ReLU\' = %d   softplus\' = %.4f\\n", x0, `if`(x0 > 0, 1, 0), D(sp)(x0)) end do;'),
      [("lp", "\n".join(f"x = {x0:5.2f}   ReLU' = {int(x0 > 0)}   softplus' = {sig(x0):.4f}" for x0 in (-0.01, 0.01)))])
group(code("limit(D(sp)(x), x = infinity);"), [("eq", "1")])
end_section()

section("4. Γενίκευση εκτός κατανομής")
group(text("Για τη γενίκευση σε νέα πεδία (domain generalization) διαβάζουμε το «" + T(K["dg"]) + "» των Gulrajani και "
           "Lopez-Paz (ICLR 2021): ", link("https://arxiv.org/pdf/2007.01434.pdf", "PDF"),
           ". Το συμπέρασμα που θα συζητήσουμε: με τίμια επιλογή υπερπαραμέτρων το απλό ERM φτάνει τις εξειδικευμένες "
           "μεθόδους. Η βιβλιοθήκη τους, DomainBed: ", link("https://github.com/facebookresearch/DomainBed", "github.com/facebookresearch/DomainBed"), "."))
end_section()

section("5. Για όσους κάνουν την εργασία σε ενισχυτική μάθηση")
group(text("Οι επιλογές που μετράνε στο PPO και γενικά στο on-policy RL: «" + T(K["onpol"]) + "» (Andrychowicz κ.ά., "
           "arXiv:2006.05990). Κρατήστε τον πίνακα με τις συστάσεις τους (αρχικοποίηση της πολιτικής, κανονικοποίηση "
           "παρατηρήσεων, GAE με λ = 0.9), θα τον χρειαστείτε στην εργασία 3."))
end_section()

section("Επιπλέον διάβασμα (προαιρετικό)")
group(text(T(K["nas"]) + " — γιατί το μέγεθος των α στο DARTS δεν δείχνει ποια πράξη είναι η καλύτερη (ICLR 2021).", layout="Bullet Item"))
group(text(T(K["autohas"]) + " — κοινή αναζήτηση υπερπαραμέτρων και αρχιτεκτονικής με ένα μόνο δίκτυο-υπερσύνολο.", layout="Bullet Item"))
group(text(T(K["cqd"]) + " — για όσους ενδιαφέρονται για γράφους γνώσης: το CQD συνδυάζει έναν προεκπαιδευμένο "
           "προβλέπτη συνδέσμων με t-norms και λύνει τη σύνθετη ερώτηση ως πρόβλημα βελτιστοποίησης (βραβείο άρθρου στο ICLR 2021).", layout="Bullet Item"))
group(text("Σημειώσεις των διαλέξεων: ", link("https://eclass.math.example.gr/courses/MATH412/", "eclass ΜΘ-412"), ".", layout="Bullet Item"))
group(text("Παράδοση: αποθηκεύστε το φύλλο με τις απαντήσεις σας (File → Save As…, μορφή .mw) και ανεβάστε το στο eclass "
           "έως την Πέμπτη 14/3/2024, 23:59."))
end_section()

doc = "\n".join(out) + "\n</Worksheet>\n"
write_only(F, doc, keys(F))
