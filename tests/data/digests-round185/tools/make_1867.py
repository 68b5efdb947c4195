#!/usr/bin/env python3
"""1867: a German course's quiz item as an IMS QTI 2.1 assessmentItem (`klassiker_chronologie.xml`, one item of the
question pool of "Tiefe Netze für die Bildverarbeitung", packaged with an imsmanifest.xml that is not shown): an
`orderInteraction` over eight classic vision papers ("put them in order of first publication"), the ordered
`correctResponse` computed from the catalogue's first-version dates, custom responseProcessing setting SCORE and
FEEDBACK, and two `modalFeedback` blocks: the solution as an ordered list (links to arXiv `/abs/`, `/pdf/…v3`,
`http://…/abs/`, an arXiv id in text, titles without a link for the papers in the course folder) and a short reading
hint. Non-papers in the feedback: a book, a course's notes, the torchvision docs, a recorded lecture. Written in a text
editor: UTF-8, LF, a final newline, two-space indentation."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, published, write_only
from make_expected import keys, by_num, DBN, ALEXNET

F = by_num(1867)
# (catalogue key, choice identifier, solution line: (link or None, note))
PAPERS = {
 DBN: ("C_DBN", None, "<em>Neural Computation</em> 18(7). Kopie im Kursordner, Woche 1."),
 ALEXNET: ("C_ALEXNET", None, "NIPS 2012. Kopie im Kursordner, Woche 2."),
 "1502.01852": ("C_PRELU", None, "ICCV 2015; PReLU und die „He-Initialisierung“. Kopie im Kursordner, Woche 4."),
 "1512.03385": ("C_RESNET", "https://arxiv.org/abs/1512.03385", "CVPR 2016, Vorabdruck Dezember 2015."),
 "1905.11946": ("C_EFFNET", "https://arxiv.org/pdf/1905.11946v3", "ICML 2019."),
 "1912.11370": ("C_BIT", None, "ECCV 2020, Vorabdruck Dezember 2019. Kopie im Kursordner, Woche 9."),
 "2106.08254": ("C_BEIT", "http://arxiv.org/abs/2106.08254", "ICLR 2022."),
 "2106.10270": ("C_AUGREG", None, "arXiv:2106.10270, später TMLR 2022; drei Tage nach BEiT erschienen!"),
}
SHOWN = ["1912.11370", "1512.03385", ALEXNET, "2106.10270", "1905.11946", DBN, "2106.08254", "1502.01852"]


def pub(k):
    p = published(key_of(k))
    return p + "-00-00" if len(p) == 4 else p


def x(s):
    return html.escape(s, quote=False)


def build():
    order = sorted(PAPERS, key=pub)
    assert len({pub(k)[:10] for k in order}) == len(order)
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         "<!-- Fragenpool „Tiefe Netze für die Bildverarbeitung“, Übungsblatt 1 (Klassiker). QTI 2.1, geprüft gegen das",
         "     IMS-Schema; Paket mit imsmanifest.xml. Änderungen bitte an Jonas Weber (Übungsleitung), Raum E.214. -->",
         '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"',
         '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
         '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"',
         '  identifier="tnbv-ue1-chronologie" title="Klassiker der Bildklassifikation: Chronologie"',
         '  adaptive="false" timeDependent="false" xml:lang="de">',
         '  <responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">',
         "    <correctResponse>"]
    L += [f"      <value>{PAPERS[k][0]}</value>" for k in order]
    L += ["    </correctResponse>",
          "  </responseDeclaration>",
          '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
          "    <defaultValue>",
          "      <value>0</value>",
          "    </defaultValue>",
          "  </outcomeDeclaration>",
          '  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float">',
          "    <defaultValue>",
          "      <value>2</value>",
          "    </defaultValue>",
          "  </outcomeDeclaration>",
          '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
          "  <itemBody>",
          "    <p>Die Bildklassifikation mit tiefen Netzen hat sich in weniger als zwanzig Jahren von gestapelten",
          "      generativen Modellen zu Transformern mit selbstüberwachtem Vortraining entwickelt. Die folgenden acht",
          "      Arbeiten haben Sie im Laufe des Semesters kennengelernt.</p>",
          '    <orderInteraction responseIdentifier="RESPONSE" shuffle="true" orientation="vertical">',
          "      <prompt>Bringen Sie die Arbeiten in die Reihenfolge ihrer ersten Veröffentlichung (Vorabdruck oder",
          "        Tagungsband, je nachdem, was früher war). Die älteste Arbeit steht oben.</prompt>"]
    for k in SHOWN:
        L.append(f'      <simpleChoice identifier="{PAPERS[k][0]}">{x(T(key_of(k)))}</simpleChoice>')
    L += ["    </orderInteraction>",
          "    <p><em>Hinweis:</em> Es zählt nur die vollständig richtige Reihenfolge (2 Punkte).</p>",
          "  </itemBody>",
          "  <responseProcessing>",
          "    <responseCondition>",
          "      <responseIf>",
          "        <match>",
          '          <variable identifier="RESPONSE"/>',
          '          <correct identifier="RESPONSE"/>',
          "        </match>",
          '        <setOutcomeValue identifier="SCORE">',
          '          <variable identifier="MAXSCORE"/>',
          "        </setOutcomeValue>",
          '        <setOutcomeValue identifier="FEEDBACK">',
          '          <baseValue baseType="identifier">FB_RICHTIG</baseValue>',
          "        </setOutcomeValue>",
          "      </responseIf>",
          "      <responseElse>",
          '        <setOutcomeValue identifier="SCORE">',
          '          <baseValue baseType="float">0</baseValue>',
          "        </setOutcomeValue>",
          '        <setOutcomeValue identifier="FEEDBACK">',
          '          <baseValue baseType="identifier">FB_FALSCH</baseValue>',
          "        </setOutcomeValue>",
          "      </responseElse>",
          "    </responseCondition>",
          "  </responseProcessing>",
          '  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="FB_RICHTIG" showHide="show" title="Richtig">',
          "    <p>Sehr gut – alle acht Arbeiten stehen an der richtigen Stelle.</p>",
          "  </modalFeedback>",
          '  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="FB_FALSCH" showHide="show" title="Leider nicht ganz">',
          "    <p>Die richtige Reihenfolge (mit Fundstellen):</p>",
          "    <ol>"]
    for k in order:
        t = x(T(key_of(k)))
        y = pub(k)[:4]
        _, link, note = PAPERS[k]
        if link:
            L.append(f'      <li>{y}: <a href="{link}">{t}</a>. {note}</li>')
        else:
            L.append(f"      <li>{y}: {t}. {note}</li>")
    L += ["    </ol>",
          "    <p>Zum Nacharbeiten: Goodfellow, Bengio &amp; Courville, <em>Deep Learning</em>, Kapitel 9",
          '      (<a href="https://www.deeplearningbook.org/">deeplearningbook.org</a>), die Notizen des Stanford-Kurses',
          '      <a href="https://cs231n.github.io/convolutional-networks/">CS231n</a>, die Dokumentation der',
          '      <a href="https://pytorch.org/vision/stable/models.html">torchvision-Modelle</a> und die Aufzeichnung der',
          "      Vorlesung vom 16. April im Videoportal der Fakultät.</p>",
          "  </modalFeedback>",
          "</assessmentItem>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    text = build()
    write_only(F, text, keys(F), forms=[html.unescape(text)])
