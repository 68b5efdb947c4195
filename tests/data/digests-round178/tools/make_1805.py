#!/usr/bin/env python3
"""1805: the web version («Voir la version Web») of an e-mail newsletter sent with Maropost, saved from the browser,
Québec French: XHTML transitional, table layout, every link tracked through the sender's click domain
«https://clic.<domain>/ct/<campaign>/<contact>/<link id>» except the arXiv pages (excluded from tracking by the editors),
an open pixel «…/op/<campaign>/<contact>/open.gif». The institute «Institut québécois de calcul scientifique», its
newsletter «Le Graphe» no 22, iqcs.example.ca, the ids, the address and the events are invented; PyTorch Geometric,
the OGB leaderboard and AlphaFold DB appear as what they are. Computed: link ids counted up, the French dates with
their weekdays, HTML escaping."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1805)
FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
fr = lambda d: f"{FR_D[d.weekday()]} {d.day} {FR_M[d.month - 1]} {d.year}"
DOM, CAMP, CONT = "iqcs.example.ca", "318547", "99120463"
_n = [1]


def trk(url_label):
    _n[0] += 1
    return f"https://clic.{DOM}/ct/{CAMP}/{CONT}/{_n[0]}"


e = lambda s: html.escape(s, quote=False)
SENT = dt.date(2025, 4, 10)
ISSUE = 22
body = []
b = body.append
b(f'<tr><td class="preheader" style="display:none">Opérateurs neuronaux, graphes et repliement des protéines</td></tr>')
b(f'<tr><td align="right" style="font-size:11px"><a href="{trk("web")}">Voir la version Web</a></td></tr>')
b(f'<tr><td class="masthead"><h1>Le Graphe</h1><p>Infolettre de l’IQCS &middot; No {ISSUE} &middot; {FR_M[SENT.month - 1]} {SENT.year}</p></td></tr>')
b('<tr><td class="intro"><p>Bonjour,</p><p>Ce mois-ci, trois lectures choisies par nos équipes de simulation et de '
  'biologie computationnelle, puis nos brèves et l’agenda. Bonne lecture&nbsp;!</p></td></tr>')
FEAT = [("2010.08895", "Résoudre des EDP en apprenant l’opérateur dans l’espace de Fourier : notre équipe de mécanique des fluides l’utilise pour remplacer un solveur coûteux.", "https://arxiv.org/abs/2010.08895"),
        ("2010.03409", "Des réseaux de graphes sur des maillages adaptatifs; la base de nos essais sur les tissus et les écoulements.", "https://arxiv.org/pdf/2010.03409"),
        ("2106.05234", "Les transformers sur les graphes moléculaires, avec un encodage de centralité et de distance.", "https://arxiv.org/abs/2106.05234v5")]
for k, txt, url in FEAT:
    b(f'<tr><td class="feature"><h2><a href="{url}">{e(T(k))}</a></h2><p>{e(txt)}</p>'
      f'<p><a class="btn" href="{trk(k)}">Lire le résumé de l’équipe</a></p></td></tr>')
b('<tr><td class="brief"><h3>En bref</h3><ul>')
b(f'<li>Le rapport de l’équipe sur {e(ALPHAFOLD)} (Nature, 2021) et AlphaFold DB est en ligne : <a href="{trk("af")}">lire</a>.</li>')
b(f'<li>Apprentissage fédéré entre hôpitaux : notre stagiaire présente {e(T("2111.04263"))} au séminaire du 24 avril.</li>')
b(f'<li>Visualiser l’attention : {e(T("2103.14625"))}, une démo à essayer.</li>')
b(f'<li>Théorie des jeux et ACP : {e(T("2010.00554"))} (arXiv:2010.00554).</li>')
b(f'<li>Vision et langage : <a href="https://arxiv.org/abs/2301.12597">{e(T("2301.12597"))}</a> alimente notre outil de légendage des figures.</li>')
b(f'<li>Pour démarrer avec les graphes : la documentation de PyTorch Geometric et le classement OGB (<a href="{trk("ogb")}">lien</a>).</li>')
b('</ul></td></tr>')
EV = [(dt.date(2025, 4, 24), "Séminaire : apprentissage fédéré en santé", "Pavillon Lachance, salle 2130"),
      (dt.date(2025, 5, 8), "Atelier PyTorch Geometric (places limitées)", "en ligne")]
b('<tr><td class="agenda"><h3>Agenda</h3>')
for d, t, w in EV:
    b(f'<p><strong>{fr(d)}</strong> — {e(t)}, {e(w)}. <a href="{trk(t)}">Inscription</a></p>')
b('</td></tr>')
b(f'<tr><td class="footer"><p>Vous recevez ce courriel parce que vous êtes abonné(e) à Le Graphe. '
  f'<a href="{trk("unsub")}">Se désabonner</a> | <a href="{trk("prefs")}">Gérer mes préférences</a></p>'
  f'<p>Institut québécois de calcul scientifique, 1234, rue de l’Exemple, Québec (Québec) G1V 0A0</p>'
  f'<p>&copy; {SENT.year} IQCS. Envoyé le {fr(SENT)}.</p>'
  f'<img src="https://clic.{DOM}/op/{CAMP}/{CONT}/open.gif" width="1" height="1" alt="" /></td></tr>')
page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="fr-CA">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'<title>Le Graphe – No {ISSUE} – {FR_M[SENT.month - 1]} {SENT.year}</title>\n'
        '<style type="text/css">body{margin:0;background:#eef2f5}.btn{background:#1d4f91;color:#fff;padding:8px 14px;text-decoration:none}</style>\n'
        '</head>\n<body>\n<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" class="container">\n' + "\n".join(body) +
        '\n</table>\n</td></tr></table>\n</body>\n</html>\n')
write_only(F, page, keys(F), forms=[html.unescape(page)])
