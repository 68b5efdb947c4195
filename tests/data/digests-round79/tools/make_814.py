#!/usr/bin/env python3
"""814: a GNOME help page in Mallard 1.0 (`help/fr/modeles.page`, read by Yelp): `<page xmlns=
"http://projectmallard.org/1.0/" type="topic" style="ui" id="…">`, `<info>` with guide links, `<revision>`,
`<credit>`, `<license>`, `<desc>`; `<title>`, `<p>`, `<section id>`, `<terms>`/`<item>`/`<title>`, `<list>`,
`<steps>`, `<note style="tip|warning">`, `<gui>`, `<guiseq>`, `<keyseq>`/`<key>`, `<code>`, `<em>`, `<link
href="…">` and `<link xref="…"/>`, `<table>` with `<tr>`/`<td>`; French typography (no-break spaces before : ; ? !,
« » quotes). The help of a fictitious GTK image-generation app."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(814)
N = "\u00a0"


def fr(s):
    for c in ":;?!":
        s = s.replace(" " + c, N + c)
    return s


def authors(k, n=3):
    return au(k, n, etal=" et al.")


ISSUES = 'Signaler une erreur dans cette page : <link href="https://gitlab.example.org/pinceau/pinceau/-/issues">suivi des tickets</link> (étiquette <code>documentation</code>).'
X = f'''<?xml version="1.0" encoding="utf-8"?>
<page xmlns="http://projectmallard.org/1.0/"
      xmlns:its="http://www.w3.org/2005/11/its"
      type="topic" style="ui"
      id="modeles">

  <info>
    <link type="guide" xref="index#avance"/>
    <link type="seealso" xref="parametres-echantillonnage"/>
    <link type="seealso" xref="vues-3d"/>
    <revision pkgversion="0.9" date="2024-03-04" status="candidate"/>

    <credit type="author">
      <name>Camille Rouvière</name>
      <email its:translate="no">camille.rouviere@example.org</email>
      <years>2023–2024</years>
    </credit>
    <credit type="editor">
      <name>Bastien Lefort</name>
      <email its:translate="no">b.lefort@example.org</email>
      <years>2024</years>
    </credit>

    <license>
      <p>Creative Commons Paternité – Partage dans les mêmes conditions 4.0 International</p>
    </license>

    <desc>{fr("Comment fonctionnent les modèles de Pinceau, et d’où viennent leurs idées ?")}</desc>
  </info>

  <title>{fr("Modèles et algorithmes : d’où viennent-ils ?")}</title>

  <p>{fr("<app>Pinceau</app> génère des images à partir d’une description textuelle, modifie des images existantes et propose une vue 3D approximative d’un objet à partir d’une seule photo. Cette page explique, sans mathématiques, ce que fait chaque réglage, et cite les publications scientifiques sur lesquelles reposent les modèles.")}</p>

  <note style="tip">
    <p>{fr("Les publications citées ci-dessous sont en anglais. Leur titre est donné tel quel ; les liens ouvrent votre navigateur.")}</p>
  </note>

  <section id="diffusion">
    <title>{fr("La génération par diffusion")}</title>
    <p>{fr("Tous les modèles d’image de <app>Pinceau</app> sont des <em>modèles de diffusion</em> : on part d’un bruit aléatoire que le modèle enlève petit à petit. L’idée remonte à")}
    <link href="https://www.example.org/pinceau/biblio#sohl">« {T("1503.03585")} »</link>
    ({authors("1503.03585", 2)}, 2015) — la page de bibliographie du projet conserve le PDF.</p>
    <p>{fr("Le modèle <gui>Rapide</gui> échantillonne en 25 à 50 étapes au lieu de 1000 grâce à un processus non markovien :")}
    <link href="https://openreview.net/forum?id=St1giarCHLP">{T("2010.02502")}</link>
    ({authors("2010.02502")}).</p>
    <p>{fr("Le modèle <gui>Haute définition</gui> utilise une architecture de type transformeur entraînée par « rectified flow » :")}
    <link href="https://arxiv.org/abs/2403.03206">{T("2403.03206")}</link>.</p>
    <p>{fr("Le modèle <gui>Compact</gui> travaille dans un espace latent plus petit que l’image, ce qui réduit la mémoire nécessaire, comme dans « " + T("2106.05931") + " » (" + authors("2106.05931") + ").")}</p>
  </section>

  <section id="guidage">
    <title>{fr("Le curseur « Fidélité au texte »")}</title>
    <p>{fr("Ce curseur règle le <em>guidage sans classifieur</em> : le modèle compare une prédiction avec votre texte et une prédiction sans texte, puis exagère la différence. Référence : " + T("2207.12598") + " (" + authors("2207.12598") + ", arXiv:2207.12598).")}</p>
    <terms>
      <item>
        <title><gui>1,0</gui></title>
        <p>{fr("Pas de guidage : images variées mais souvent éloignées de la description.")}</p>
      </item>
      <item>
        <title><gui>4,0 – 7,5</gui></title>
        <p>{fr("Valeurs recommandées. <gui>7,5</gui> est la valeur par défaut.")}</p>
      </item>
      <item>
        <title><gui>12,0</gui> et plus</title>
        <p>{fr("Couleurs saturées et artefacts ; à éviter sauf pour des logos.")}</p>
      </item>
    </terms>
    <p>{fr("Pourquoi le guidage améliore la qualité ? La comparaison avec les réseaux antagonistes génératifs (GAN) est faite dans")}
    <link href="https://arxiv.org/pdf/2105.05233">{T("2105.05233")}</link>
    ({authors("2105.05233", 2)}).</p>
  </section>

  <section id="vue-3d">
    <title>{fr("La vue 3D à partir d’une photo")}</title>
    <steps>
      <item><p>{fr("Ouvrez une photo avec <guiseq><gui>Fichier</gui><gui>Ouvrir</gui></guiseq> ou <keyseq><key>Ctrl</key><key>O</key></keyseq>.")}</p></item>
      <item><p>{fr("Choisissez <guiseq><gui>Outils</gui><gui>Vue 3D approximative</gui></guiseq>.")}</p></item>
      <item><p>{fr("Faites glisser la souris pour tourner autour de l’objet ; chaque nouvel angle est généré par le modèle.")}</p></item>
    </steps>
    <p>{fr("Le modèle de nouvelles vues suit")}
    <link href="https://arxiv.org/abs/2303.11328">{T("2303.11328")}</link>
    ({authors("2303.11328")}).
    {fr("Pour aligner les vues générées entre elles, <app>Pinceau</app> cherche des correspondances entre images avec la méthode de « " + T("2103.14167") + " » (" + authors("2103.14167") + ").")}</p>
    <note style="warning">
      <p>{fr("La vue 3D demande au moins 8 Go de mémoire vidéo. Sur un ordinateur sans carte graphique compatible, elle est désactivée.")}</p>
    </note>
  </section>

  <section id="autres-ressources">
    <title>{fr("Pour aller plus loin")}</title>
    <p>{fr("Ces ressources ne sont pas des publications scientifiques, mais elles aident à comprendre :")}</p>
    <list>
      <item><p>{fr("la bibliothèque <code>diffusers</code> (Hugging Face), dont <app>Pinceau</app> reprend les planificateurs ;")}</p></item>
      <item><p>{fr("le cours en ligne « Practical Deep Learning for Coders », partie 2 ;")}</p></item>
      <item><p>{fr("le billet de blog « What are Diffusion Models? » de Lil’Log ;")}</p></item>
      <item><p>{fr("le jeu de données LAION-5B, utilisé pour entraîner plusieurs des modèles.")}</p></item>
    </list>
    <table frame="all" rules="rows">
      <tr><td><p>Modèle</p></td><td><p>Étapes</p></td><td><p>Mémoire vidéo</p></td></tr>
      <tr><td><p><gui>Rapide</gui></p></td><td><p>25–50</p></td><td><p>4 Go</p></td></tr>
      <tr><td><p><gui>Compact</gui></p></td><td><p>30</p></td><td><p>3 Go</p></td></tr>
      <tr><td><p><gui>Haute définition</gui></p></td><td><p>28</p></td><td><p>12 Go</p></td></tr>
    </table>
    <p>{fr(ISSUES)}</p>
  </section>

</page>
'''
write_only(F, X, keys(F))
