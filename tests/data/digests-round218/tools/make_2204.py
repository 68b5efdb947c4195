#!/usr/bin/env python3
"""2204: the plain-text version of a Mailchimp campaign of a reading circle at the Université d'Abomey-Calavi (as
remembered: Mailchimp's auto-generated text part: «** HEADING» lines with a row of «-» under them, links written
«label (URL)», «============================================================» rules, the «Copyright © *|CURRENT_YEAR|*»
footer with merge tags rendered, «Want to change how you receive these emails?», «update your preferences (URL)» /
«unsubscribe from this list (URL)», the Mailchimp referral line). French with Fon.
Computed: the issue number from fortnightly issues since 12 January 2026 (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2204)
DAY = dt.date(2026, 4, 20)
FIRST = dt.date(2026, 1, 12)
assert (DAY - FIRST).days % 14 == 0
ISSUE = (DAY - FIRST).days // 14 + 1
RULE = "=" * 60


def head(s):
    return ["", "** " + s, "-" * 60, ""]


L = ["Lettre n° %d : la diffusion, des origines au guidage" % ISSUE,
     "View this email in your browser (https://mailchi.mp/example-uac/lettre-%d)" % ISSUE, "", RULE, "",
     "CERCLE DE LECTURE IA — UAC", f"Lettre n° {ISSUE} · lundi {DAY.day} avril {DAY.year}", "",
     "Kúdo! Bonjour à toutes et à tous. Cette quinzaine, on remonte aux sources des modèles de diffusion."]
L += head("L'ARTICLE DE LA QUINZAINE")
L += [T("1503.03585"), "Sohl-Dickstein et al., ICML 2015", "Lire l'article (https://arxiv.org/abs/1503.03585)"]
L += head("LA SUITE DE LA LECTURE")
L += [f"* {T('1907.05600')} — Song & Ermon, arXiv:1907.05600 (NeurIPS 2019).",
      f"* {T('2010.02502')} — version ICLR : Lire sur OpenReview (https://openreview.net/forum?id=St1giarCHLP)",
      f"* {T('2105.05233')} (https://arxiv.org/pdf/2105.05233v4.pdf)",
      f"* {T('2207.12598')} — https://arxiv.org/abs/2207.12598"]
L += head("POUR ALLER PLUS LOIN")
L += [f"Les plus curieux reliront {T('1406.2661')} pour comprendre ce que la diffusion a remplacé, et "
      f"{T('2204.06125')} pour voir le guidage à l'échelle. Côté entraînement, Gbènagnon Ahouandjinou rappelle que tous "
      f"ces modèles utilisent l'optimiseur de {T('1711.05101')}.", "",
      "Hors articles : la bibliothèque diffusers de Hugging Face, le livre « Deep Learning » de Goodfellow, Bengio et Courville,",
      "et l'enregistrement de l'exposé « Wɛn ɖò diffusion mɛ » (Fon) sur la chaîne du cercle."]
L += head("PROCHAINE SÉANCE")
L += ["Jeudi 23 avril, 16 h, amphi IFRI, campus d'Abomey-Calavi.", "S'inscrire (https://forms.example-uac.bj/diffusion)", "", RULE, "",
      "Copyright © 2026 Cercle de lecture IA — UAC, All rights reserved.", "Vous recevez ce courriel parce que vous êtes inscrit·e au cercle.", "",
      "Our mailing address is:", "Cercle de lecture IA — UAC", "Institut de Formation et de Recherche en Informatique", "Abomey-Calavi 01 BP 526",
      "Benin", "", "Want to change how you receive these emails?",
      "You can update your preferences (https://example-uac.us21.list-manage.com/profile?u=3f9a1c&id=77b2e0) or unsubscribe from this list (https://example-uac.us21.list-manage.com/unsubscribe?u=3f9a1c&id=77b2e0)", "",
      "Email Marketing Powered by Mailchimp", "http://www.mailchimp.com/monkey-rewards/?utm_source=freemium_newsletter"]
write_only(F, "\n".join(L) + "\n", keys(F))
