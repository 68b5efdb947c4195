#!/usr/bin/env python3
"""531: a GNU TeXmacs document (.tm, TeXmacs 2.1 format) of French lecture notes, "Optimisation et généralisation
en apprentissage profond". The file is what TeXmacs saves: <TeXmacs|…>, <style|…>, the <\\body> with doc-data,
sections, equations, itemize, <cite|…>, <hlink|text|url>, a bibliography block with the <\\bib-list> that the
tm-plain style generated (titles lower-cased the BibTeX way), then <\\initial>, <\\references> and <\\auxiliary>.
TeXmacs writes accented Latin letters as single bytes (its Cork-based encoding, Latin-1 for French letters) and
other characters as <#hex>; lines are wrapped at about 80 columns. Papers: arXiv links in <hlink> (link), "arXiv
preprint arXiv:1711.05101" in the bib-list (arxiv-text), bib-list entries and titles in the text (title-only). Not
papers: three books, the PyTorch docs, a course page."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_encoded
from make_expected import F531, keys, GLOROT


def tmenc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128 or ch in "àâçéèêëîïôùûüÀÇÉÈÊ":
            out.append(ch)
        else:
            out.append("<#%X>" % o)
    return "".join(out)


def wrap(par, indent="  ", width=78):
    words, lines, cur = par.split(" "), [], ""
    for w in words:
        if cur and len(indent) + len(cur) + 1 + len(w) > width:
            lines.append(indent + cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(indent + cur)
    return "\n".join(lines)


def bibtitle(t):
    """BibTeX plain (change.case$ "t"): lower-case all but the first letter and the letter after a colon and a space"""
    low = t[0] + t[1:].lower()
    return re.sub(r"(: )(\w)", lambda m: m.group(1) + t[m.start(2)], low)


def bibauthors(key, n=None):
    a = CAT[key_of(key)]["authors"]
    if n and len(a) > n:
        a = a[:n]
        return ", ".join(x.replace(" ", "<nbsp>", 1) if False else x for x in a) + "<localize|, et al.>"
    if len(a) == 1: return a[0]
    if len(a) == 2: return a[0] + "<localize| and >" + a[1]
    return ", ".join(a[:-1]) + "<localize|, and >" + a[-1]


body = []
P = lambda s: body.append(wrap(s))
body.append("""  <doc-data|<doc-title|Optimisation et généralisation en apprentissage
  profond>|<doc-subtitle|Notes de cours <#2014> M2 Mathématiques et IA,
  séances 4 à 6>|<doc-author|<author-data|<author-name|Claire
  Vasseur>|<author-affiliation|Laboratoire de Mathématiques Appliquées, Université
  de Valmarina>|<author-email|claire.vasseur@example.fr>>>|<doc-date|version du
  11 mars 2024>>""")
P("<abstract-data|<abstract|Ces notes complètent les transparents des séances 4 à 6. Elles ne remplacent pas "
  "la lecture des articles cités, qui sont au programme de l'examen (questions de cours sur les sections "
  "marquées <math|\\<star\\>>).>>")
body.append("  <section|Initialisation>")
P("Le point de départ est l'analyse de la variance des activations et des gradients couche par couche de Glorot "
  "et Bengio, <em|" + T(GLOROT) + "> <cite|glorot2010>. On en déduit la règle <math|Var<around*|(|W|)>=2/<around*|("
  "|n<rsub|in>+n<rsub|out>|)>>, que PyTorch appelle <verbatim|xavier_uniform_>.")
body.append("""  <\\equation*>
    W<rsub|i j>\\<sim\\>\\<cal-U\\><around*|(|-<sqrt|<frac|6|n<rsub|in>+n<rsub|out>>>,<sqrt|<frac|6|n<rsub|in>+n<rsub|out>>>|)>
  </equation*>""")
body.append("  <section|Décroissance des poids et Adam>")
P("Avec Adam, la pénalité <math|L<rsup|2>> et la décroissance des poids ne coïncident plus. Loshchilov et Hutter "
  "<cite|loshchilov2017> proposent de découpler les deux (AdamW, <verbatim|torch.optim.AdamW> dans PyTorch). "
  "Exercice 3 : retrouver l'équivalence dans le cas de SGD sans moment.")
body.append("  <section|Régularisation>")
P("Le dropout classique tire un masque indépendant par neurone. AutoDropout <cite|pham2021> cherche au contraire "
  "des motifs structurés de dropout avec un contrôleur entraîné par renforcement ; voir la table 2 de l'article "
  "<with|font-shape|italic|" + T("2101.01761") + ">. Nous n'en retiendrons que l'idée : la forme du bruit compte.")
P("Même remarque pour l'entraînement adversarial : Xie et al., dans <em|" + T("2006.14536") + "> "
  "<cite|xie2020>, remplacent ReLU par des activations lisses et gagnent en robustesse sans perte de précision.")
body.append("  <section|Minima plats <math|\\<star\\>>>")
P("La méthode SAM cherche des paramètres dont tout le voisinage a une perte faible : <hlink|" + T("2010.01412") +
  "|https://arxiv.org/abs/2010.01412> <cite|foret2021>. Le problème est")
body.append("""  <\\equation*>
    min<rsub|w> max<rsub|<around*|\\<\\|\\>|\\<epsilon\\>|\\<\\|\\>><rsub|2>\\<leqslant\\>\\<rho\\>>
    L<around*|(|w+\\<epsilon\\>|)>+\\<lambda\\><around*|\\<\\|\\>|w|\\<\\|\\>><rsup|2><rsub|2>,
  </equation*>""")
P("et l'on approche le maximum intérieur par un pas de gradient normalisé. Coût : deux passes avant-arrière par "
  "itération.")
body.append("  <section|Généralisation hors distribution>")
P("Gulrajani et Lopez-Paz montrent qu'avec une sélection de modèles honnête, la minimisation du risque empirique "
  "reste difficile à battre : <hlink|" + T("2007.01434") + "|https://arxiv.org/abs/2007.01434> "
  "<cite|gulrajani2020>. Le code DomainBed sert de base au TP 3.")
body.append("  <section|Entraînement distribué>")
P("Deux cas très différents. En apprentissage fédéré, les clients ont des données hétérogènes ; la régularisation "
  "dynamique de FedDyn <cite|acar2021> (<em|" + T("2111.04263") + ">) corrige la dérive des optima locaux. "
  "À l'autre extrême, pour les très grands modèles, on découpe le modèle lui-même : <hlink|" + T("2006.16668") +
  "|https://arxiv.org/abs/2006.16668> <cite|lepikhin2020> (mélange d'experts et annotations de partitionnement).")
body.append("  <\\itemize>\n" + "\n".join(wrap("<item>" + x, "    ") for x in [
  "Lecture conseillée pour la convexité : le livre de Boyd et Vandenberghe <cite|boyd2004>, chapitres 3 et 9.",
  "Pour la théorie de l'apprentissage : <em|Learning Theory from First Principles> de Francis Bach <cite|bach2024>.",
  "Documentation : <hlink|torch.optim|https://pytorch.org/docs/stable/optim.html>, page du cours : "
  "<hlink|moodle|https://moodle.example.fr/course/view.php?id=4471>.",
]) + "\n  </itemize>")

bib = [
 ("acar2021", bibauthors("2111.04263") + ". <newblock>" + bibtitle(T("2111.04263")) + ". <newblock>In <with|font-shape|italic|International Conference on Learning Representations>. 2021."),
 ("bach2024", "Francis Bach. <newblock><with|font-shape|italic|Learning theory from first principles>. <newblock>MIT Press, 2024."),
 ("boyd2004", "Stephen Boyd<localize| and >Lieven Vandenberghe. <newblock><with|font-shape|italic|Convex optimization>. <newblock>Cambridge University Press, 2004."),
 ("foret2021", bibauthors("2010.01412") + ". <newblock>" + bibtitle(T("2010.01412")) + ". <newblock>In <with|font-shape|italic|International Conference on Learning Representations>. 2021."),
 ("glorot2010", bibauthors(GLOROT) + ". <newblock>" + bibtitle(T(GLOROT)) + ". <newblock>In <with|font-shape|italic|Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics>, pages 249<#2013>256. 2010."),
 ("gulrajani2020", bibauthors("2007.01434") + ". <newblock>" + bibtitle(T("2007.01434")) + ". <newblock>In <with|font-shape|italic|International Conference on Learning Representations>. 2021."),
 ("lepikhin2020", bibauthors("2006.16668") + ". <newblock>" + bibtitle(T("2006.16668")) + ". <newblock>In <with|font-shape|italic|International Conference on Learning Representations>. 2021."),
 ("loshchilov2017", bibauthors("1711.05101") + ". <newblock>" + bibtitle(T("1711.05101")) + ". <newblock><with|font-shape|italic|arXiv preprint arXiv:1711.05101>, 2017."),
 ("pham2021", bibauthors("2101.01761") + ". <newblock>" + bibtitle(T("2101.01761")) + ". <newblock>In <with|font-shape|italic|Proceedings of the AAAI Conference on Artificial Intelligence>, volume<nbsp>35, pages 9351<#2013>9359. 2021."),
 ("xie2020", bibauthors("2006.14536") + ". <newblock>" + bibtitle(T("2006.14536")) + ". <newblock>2020."),
]
bl = ["  <\\bibliography|bib|tm-plain|cours-optim>", "    <\\bib-list|10>"]
for i, (k, e) in enumerate(bib, 1):
    bl.append(wrap(f"<bibitem*|{i}><label|bib-{k}>" + e, "      "))
bl += ["    </bib-list>", "  </bibliography>"]
body.append("\n".join(bl))

cites = re.findall(r"<cite\|([^>]+)>", "\n".join(body))
order = list(dict.fromkeys(cites))
secs = [b for b in body if b.startswith("  <section|")]
refs = ["    <associate|auto-%d|<tuple|%d|%d>>" % (i, i if i <= len(secs) else len(secs), p) for i, p in zip(range(1, len(secs) + 2), [1, 2, 2, 3, 4, 5, 6])]
page = {k: p for k, p in zip([k for k, _ in bib], [6, 6, 6, 6, 6, 6, 6, 7, 7, 7])}
refs += ["    <associate|bib-%s|<tuple|%d|%d>>" % (k, i, page[k]) for i, (k, _) in enumerate(bib, 1)]
toc = []
for i, s in enumerate(secs, 1):
    name = s[len("  <section|"):-1]
    toc.append("      <vspace*|1fn><with|font-series|bold|math-font-series|bold|%d<space|2spc>%s> "
               "<datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> "
               "<no-break><pageref|auto-%d><vspace|0.5fn>" % (i, name, i))
toc.append("      <vspace*|1fn><with|font-series|bold|math-font-series|bold|Bibliographie> "
           "<datoms|<macro|x|<repeat|<arg|x>|<with|font-series|medium|<with|font-size|1|<space|0.2fn>.<space|0.2fn>>>>>|<htab|5mm>> "
           "<no-break><pageref|auto-%d><vspace|0.5fn>" % (len(secs) + 1))
text = ("<TeXmacs|2.1.4>\n\n<style|<tuple|article|french>>\n\n<\\body>\n" + "\n\n".join(body) + "\n</body>\n\n"
        "<\\initial>\n  <\\collection>\n    <associate|page-medium|paper>\n    <associate|page-screen-margin|false>\n"
        "    <associate|font-base-size|11>\n  </collection>\n</initial>\n\n"
        "<\\references>\n  <\\collection>\n" + "\n".join(refs) + "\n  </collection>\n</references>\n\n"
        "<\\auxiliary>\n  <\\collection>\n    <\\associate|bib>\n" + "\n".join("      " + c for c in order) +
        "\n    </associate>\n    <\\associate|toc>\n" + "\n".join(toc) + "\n    </associate>\n  </collection>\n</auxiliary>\n")
text = tmenc(text)
decoded = re.sub(r"<#([0-9A-F]+)>", lambda m: chr(int(m.group(1), 16)), text)
write_encoded(F531, text, "latin-1", keys(F531), forms=[decoded])
