#!/usr/bin/env python3
"""572: a LibreOffice Impress 7.6 presentation saved as Flat XML ODF (.fodp): office:document with the ODF
namespaces and office:mimetype, office:meta (generator, dates, editing cycles / duration, statistics),
font-face-decls, styles, automatic styles, master styles, then office:presentation with draw:page slides (title /
outline / subtitle frames with text-boxes, text:list items, text:a links, text:span runs, text:s, text:line-break
inside long titles) and presentation:notes per slide. French lecture on diffusion models."""
import os, re, sys, html
from xml.sax.saxutils import escape as x, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F572 as NAME, keys

KEYS = keys(NAME)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" '
      'xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:drawooo="http://openoffice.org/2010/draw" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def run(s):
    """text with runs of spaces written as text:s and line breaks as text:line-break"""
    s = x(s).replace("\n", "<text:line-break/>")
    return re.sub(r"  +", lambda m: " " + (f'<text:s text:c="{len(m.group()) - 1}"/>' if len(m.group()) > 2 else "<text:s/>"), s)


def span(s, st):
    return f'<text:span text:style-name="{st}">{run(s)}</text:span>'


def link(url, s):
    return f'<text:a xlink:href={quoteattr(url)} xlink:type="simple">{run(s)}</text:a>'


pages = []


def page(n, title, items, notes, layout="AL2T1"):
    o = [f'   <draw:page draw:name="page{n}" draw:style-name="dp1" draw:master-page-name="Cours" '
         f'presentation:presentation-page-layout-name="{layout}">',
         '    <draw:frame presentation:style-name="pr1" draw:text-style-name="P1" draw:layer="layout" svg:width="25.199cm" '
         'svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm" presentation:class="title" presentation:user-transformed="true">',
         f'     <draw:text-box>\n      <text:p>{title}</text:p>\n     </draw:text-box>', '    </draw:frame>']
    if items:
        o.append('    <draw:frame presentation:style-name="pr2" draw:text-style-name="P2" draw:layer="layout" '
                 'svg:width="25.199cm" svg:height="11.6cm" svg:x="1.4cm" svg:y="3.685cm" presentation:class="outline">')
        o.append('     <draw:text-box>')
        for lvl, it in items:
            o.append('      <text:list text:style-name="L2">')
            o.append('       <text:list-item>' + ('<text:list><text:list-item>' if lvl else ''))
            o.append(f'        <text:p text:style-name="P{3 + lvl}">{it}</text:p>')
            o.append('       ' + ('</text:list-item></text:list>' if lvl else '') + '</text:list-item>')
            o.append('      </text:list>')
        o.append('     </draw:text-box>')
        o.append('    </draw:frame>')
    o.append('    <presentation:notes draw:style-name="dp2">')
    o.append(f'     <draw:page-thumbnail draw:style-name="gr1" draw:layer="layout" svg:width="14.848cm" svg:height="8.35cm" '
             f'svg:x="3.075cm" svg:y="2.257cm" draw:page-number="{n}" presentation:class="page"/>')
    o.append('     <draw:frame presentation:style-name="pr3" draw:text-style-name="P5" draw:layer="layout" svg:width="16.799cm" '
             'svg:height="13.365cm" svg:x="2.1cm" svg:y="11.742cm" presentation:class="notes"'
             + (' presentation:placeholder="true"' if not notes else '') + '>')
    o.append('      <draw:text-box' + ('/>' if not notes else '>'))
    if notes:
        for nline in notes:
            o.append(f'       <text:p>{nline}</text:p>')
        o.append('      </draw:text-box>')
    o.append('     </draw:frame>')
    o.append('    </presentation:notes>')
    o.append('   </draw:page>')
    pages.append("\n".join(o))


page(1, run("Modèles de diffusion :\nde DDPM à la génération conditionnelle"),
     [(0, run("Cours 7 — Apprentissage profond génératif (M2 Informatique)")),
      (0, run("Claire Dumoulin-Aubry — Université de Lormont — 11 mars 2024"))],
     [run("Rappeler que le TP 4 (débruitage) est à rendre vendredi.")], "AL1T0")
page(2, run("Plan"),
     [(0, run("1. Le modèle de base : diffusion débruitante")),
      (0, run("2. Diffuser dans un espace latent")),
      (0, run("3. Édition et personnalisation")),
      (0, run("4. Au-delà de l'image : audio, mouvement")),
      (0, run("5. Flux rectifiés et transformeurs"))], [])
page(3, run("1. " + T("2006.11239")),
     [(0, run("Ho, Jain, Abbeel — NeurIPS 2020 — ") + link("https://arxiv.org/abs/2006.11239", "arxiv.org/abs/2006.11239")),
      (0, run("Processus avant : bruit gaussien ajouté en T = 1000 étapes")),
      (1, run("q(x") + span("t", "T1") + run(" | x") + span("0", "T1") + run(") = N(√ᾱ") + span("t", "T1")
          + run(" x") + span("0", "T1") + run(", (1 − ᾱ") + span("t", "T1") + run(") I)")),
      (0, run("Objectif simplifié : prédire le bruit ε  (perte L") + span("simple", "T1") + run(")")),
      (0, run("Lien avec le score matching : voir les notes de Lilian Weng (billet de blog, pas un article)"))],
     [run("Faire le calcul de q(x_t | x_0) au tableau, 10 min max."),
      run("Question classique : pourquoi 1000 étapes ? → compromis qualité / coût, cf. DDIM plus tard.")])
page(4, run("2. Diffuser dans un espace latent"),
     [(0, span(T("2112.10752"), "T2") + run(" — Rombach et al., CVPR 2022 (arXiv:2112.10752)")),
      (1, run("auto-encodeur KL ou VQ, facteur f = 8 ; U-Net + attention croisée pour le conditionnement")),
      (0, span("Score-based Generative Modeling\nin Latent Space", "T2") + run(" — Vahdat, Kreis, Kautz, NeurIPS 2021")),
      (1, run("LSGM : VAE + modèle de score entraînés conjointement"))],
     [run("Insister : le latent rend l'entraînement abordable (≈ 150 000 h A100 pour SD 1.x, selon Stability, pas selon l'article).")])
page(5, run("3. Édition et personnalisation"),
     [(0, link("https://arxiv.org/abs/2208.12242", T("2208.12242"))),
      (1, run("Ruiz et al., CVPR 2023 — 3 à 5 images, identifiant rare « [V] », perte de préservation de classe")),
      (0, span(T("2211.09800"), "T2")),
      (1, run("Brooks, Holynski, Efros — CVPR 2023 — données générées avec GPT-3 + Prompt-to-Prompt")),
      (0, run("Démo : interface Gradio du TP (pas un article)"))],
     [run("Montrer les exemples du chien « [V] » puis la limite : fuite de contexte.")])
page(6, run("4. Au-delà de l'image"),
     [(0, span(T("2009.09761"), "T2") + run(" — Kong, Ping, Huang, Zhao, Catanzaro (ICLR 2021)")),
      (1, run("vocodeur non autorégressif, 50 étapes suffisent")),
      (0, run("Transfert de mouvement (GAN, pas diffusion — pour comparaison) :")),
      (1, span("Few-Shot Human Motion Transfer by Personalized\nGeometry and Texture Modeling", "T2")
          + run(" (Huang, Han, Xu, Zhang, CVPR 2021)"))],
     [run("Faire écouter les échantillons audio (site du projet, pas dans les slides).")])
page(7, run("5. Flux rectifiés et transformeurs"),
     [(0, link("https://arxiv.org/pdf/2403.03206", T("2403.03206"))),
      (1, run("Esser et al., 2024 (Stable Diffusion 3) — MM-DiT, échantillonnage des pas en logit-normal")),
      (0, run("À lire pour le partiel : sections 2 et 3 seulement"))], [])
page(8, run("Pour aller plus loin"),
     [(0, run("Livre : « Deep Generative Modeling », J. Tomczak (2e éd., 2024)")),
      (0, run("Bibliothèque diffusers — documentation et tutoriels")),
      (0, run("Cours en ligne : MIT 6.S184, « Flow Matching and Diffusion Models »"))],
     [run("Fin. Questions → forum Moodle du cours.")])

doc = f'''<?xml version="1.0" encoding="UTF-8"?>

<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
 <office:meta><meta:creation-date>2024-03-04T08:47:12.381000000</meta:creation-date><dc:title>Cours 7 — Modèles de diffusion</dc:title><dc:creator>Claire Dumoulin-Aubry</dc:creator><dc:date>2024-03-11T07:58:40.116000000</dc:date><meta:editing-cycles>23</meta:editing-cycles><meta:editing-duration>PT4H37M12S</meta:editing-duration><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator><meta:document-statistic meta:object-count="44"/></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;" style:font-family-generic="system" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>
  <style:default-style style:family="graphic">
   <style:graphic-properties svg:stroke-color="#3465a4" draw:fill-color="#729fcf" fo:wrap-option="no-wrap"/>
   <style:paragraph-properties style:text-autospace="ideograph-alpha" style:punctuation-wrap="simple" style:line-break="strict" style:writing-mode="lr-tb" style:font-independent-line-spacing="false"/>
   <style:text-properties style:use-window-font-color="true" style:font-name="Liberation Sans" fo:font-size="24pt" fo:language="fr" fo:country="FR"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties presentation:background-visible="true" presentation:background-objects-visible="true" presentation:display-footer="true" presentation:display-page-number="true" presentation:display-date-time="false"/></style:style>
  <style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties presentation:display-header="true" presentation:display-footer="true" presentation:display-page-number="false" presentation:display-date-time="true"/></style:style>
  <style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false" fo:min-height="0cm"/></style:style>
  <style:style style:name="pr1" style:family="presentation" style:parent-style-name="Cours-title"><style:graphic-properties fo:min-height="2.629cm"/></style:style>
  <style:style style:name="pr2" style:family="presentation" style:parent-style-name="Cours-outline1"><style:graphic-properties fo:min-height="11.6cm"/></style:style>
  <style:style style:name="pr3" style:family="presentation" style:parent-style-name="Cours-notes"><style:graphic-properties draw:fill-color="#ffffff" fo:min-height="13.365cm"/></style:style>
  <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
  <style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0cm"/></style:style>
  <style:style style:name="P3" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm" fo:text-indent="-0.9cm"/></style:style>
  <style:style style:name="P4" style:family="paragraph"><style:paragraph-properties fo:margin-left="2.4cm" fo:text-indent="-0.8cm"/><style:text-properties fo:font-size="20pt"/></style:style>
  <style:style style:name="P5" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic"/></style:style>
  <text:list-style style:name="L2">
   <text:list-level-style-bullet text:level="1" text:bullet-char="●"><style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.9cm"/><style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true" fo:font-size="45%"/></text:list-level-style-bullet>
   <text:list-level-style-bullet text:level="2" text:bullet-char="–"><style:list-level-properties text:space-before="1.6cm" text:min-label-width="0.8cm"/><style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true" fo:font-size="75%"/></text:list-level-style-bullet>
  </text:list-style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Cours" style:page-layout-name="PM1" draw:style-name="dp1">
   <draw:frame presentation:style-name="gr1" draw:layer="backgroundobjects" svg:width="6.523cm" svg:height="1.448cm" svg:x="20.076cm" svg:y="14.159cm" presentation:class="page-number">
    <draw:text-box><text:p><text:page-number>&lt;numéro&gt;</text:page-number></text:p></draw:text-box>
   </draw:frame>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:presentation>
{chr(10).join(pages)}
   <presentation:settings presentation:mouse-visible="false"/>
  </office:presentation>
 </office:body>
</office:document>
'''


def plain(s):
    s = s.replace("<text:line-break/>", "\n").replace("</text:p>", "</text:p>\n")
    s = re.sub(r'<text:s text:c="(\d+)"/>', lambda m: " " * int(m.group(1)), s).replace("<text:s/>", " ")
    return html.unescape(re.sub(r"<[^>]+>", "", s))


write_only(NAME, doc, KEYS, forms=[plain(doc)])
