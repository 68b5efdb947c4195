#!/usr/bin/env python3
"""2015: a Widelands scenario text file (`data/campaigns/bib01.wmf/scripting/texts.lua` of an invented scenario),
Catalan: an OpenReview link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in `_("…")` message strings and `--`
comments, one id in text, three titles alone, and non-papers (a repository, a book, a talk). Three-space
indentation, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2015)
TXT = f'''-- =======================================================================
--                  Textos de l'escenari "La biblioteca"
-- =======================================================================
-- Autora: Marta Puigdollers (@mpuigdollers). Codi: https://github.com/mpuigdollers/widelands-biblioteca
-- Cada missatge presenta un article del seminari d'aprenentatge autosupervisat.
-- Enllaç intern: {T("2103.03230")} https://arxiv.org/abs/2103.03230

include "scripting/richtext_scenarios.lua"

-- =======================================================================
--                                Objectius
-- =======================================================================

obj_build_library = {{
   name = "build_library",
   title = _("Construïu la biblioteca"),
   number = 1,
   body = objective_text(_("Construïu la biblioteca"),
      li(_("Construïu una biblioteca a prop del castell.")) ..
      li(_("Porteu-hi pergamins des de la serradora."))
   ),
}}

obj_fill_shelves = {{
   name = "fill_shelves",
   title = _("Ompliu els prestatges"),
   number = 1,
   body = objective_text(_("Ompliu els prestatges"),
      li(_("Porteu vuit pergamins a la biblioteca.")) ..
      li(_("Llegiu el missatge de la bibliotecària."))
   ),
}}

-- =======================================================================
--                                Missatges
-- =======================================================================

intro_1 = {{
   title = _("Benvinguda"),
   body = h1(_("La biblioteca del seminari")) ..
      p(_("Cada pergamí és un article. El primer: {T('2006.07733')}, https://arxiv.org/pdf/2006.07733v2")) ..
      p(_("El segon: {T('2010.04592')} (http://arxiv.org/abs/2010.04592)."))
}}

intro_2 = {{
   title = _("La bibliotecària"),
   body = h1(_("Afinar models preentrenats")) ..
      p(_("Per al tercer prestatge: {T('2011.06182')}, https://openreview.net/forum?id={OR('2011.06182')}")) ..
      p(_("I per condensar el magatzem: {T('2006.05929')} (arXiv 2006.05929)."))
}}

library_done = {{
   title = _("Prestatges plens"),
   body = h1(_("Lectures pendents")) ..
      li(_("{T('2103.09762')}")) ..
      li(_("{T('2103.14339')}")) ..
      li(_("{T('2103.14338')}")) ..
      p(_("Llibre recomanat: «Pattern Recognition and Machine Learning», de Bishop. Xerrada: https://video.biblioteca.example.cat/xerrada/2024-03"))
}}
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
