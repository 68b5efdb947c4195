#!/usr/bin/env python3
"""1873: a French LLM reading circle's userscript for Tampermonkey (`cercle-llm.user.js`): the `// ==UserScript==`
metadata block (@name, @namespace, @version, @description, @author, several @match, @icon, @grant, @run-at,
@updateURL / @downloadURL) and an IIFE that marks the circle's papers on arXiv abstract and listing pages, on
OpenReview forums and on Google Scholar result pages: a PROGRAMME object keyed by arXiv id (or OpenReview id for the
forum page) with title, session date and link (arXiv `/abs/`, `/pdf/…v3`, `http://…/abs/…`, an OpenReview forum);
one entry keyed by its arXiv id with no link (arxiv-text); a PAR_TITRE list matched on Scholar by title only
(title-only: a report not on arXiv and two papers not yet given an id); GM_addStyle CSS, GM_getValue / GM_setValue
for a "seen" flag. Non-papers in comments and a LIENS object: the circle's wiki, a repository, a leaderboard and a
talk video. Prettier-like style (single quotes, two-space indentation, semicolons). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1873)
VERSION = "0.6.1"
CT = OR("2201.11903")
PROG = [
 ("1910.10683", T("1910.10683"), "2024-01-17", "https://arxiv.org/abs/1910.10683"),
 ("2204.02311", T("2204.02311"), "2024-01-31", "https://arxiv.org/pdf/2204.02311v3"),
 (CT, T("2201.11903"), "2024-02-14", f"https://openreview.net/forum?id={CT}"),
 ("2303.18223", T("2303.18223"), "2024-02-28", None),
 ("2307.09288", T("2307.09288"), "2024-03-13", "http://arxiv.org/abs/2307.09288"),
]
PAR_TITRE = [
 (GPT2, "rapport OpenAI 2019, pas sur arXiv : on ne peut le reconnaître que par le titre"),
 (T("2206.07682"), "TMLR 2022 ; à ajouter au programme d’avril"),
 (T("2207.05221"), "rapport Anthropic ; séance « calibration » à caser"),
]


def q(s):
    assert "'" not in s and "\\" not in s, s
    return "'" + s + "'"


def build():
    L = ["// ==UserScript==",
         "// @name         Cercle LLM – surligner les articles du programme",
         "// @namespace    https://cercle-llm.example.fr/",
         "// @version      " + VERSION,
         "// @description  Surligne sur arXiv, OpenReview et Google Scholar les articles au programme du cercle de lecture",
         "// @author       Camille Roussel",
         "// @match        https://arxiv.org/abs/*",
         "// @match        https://arxiv.org/list/*",
         "// @match        https://openreview.net/forum*",
         "// @match        https://scholar.google.com/scholar*",
         "// @match        https://scholar.google.fr/scholar*",
         "// @icon         https://cercle-llm.example.fr/favicon.png",
         "// @grant        GM_addStyle",
         "// @grant        GM_getValue",
         "// @grant        GM_setValue",
         "// @run-at       document-idle",
         "// @updateURL    https://cercle-llm.example.fr/outils/cercle-llm.user.js",
         "// @downloadURL  https://cercle-llm.example.fr/outils/cercle-llm.user.js",
         "// ==/UserScript==",
         "",
         "(function () {",
         "  'use strict';",
         "",
         "  // Programme du semestre (séances du mercredi, salle 2.14). Clé : identifiant arXiv, ou identifiant",
         "  // OpenReview quand on a lu la version de la conférence. Mettre à jour en même temps que le wiki.",
         "  const PROGRAMME = {"]
    for k, t, d, link in PROG:
        L += [f"    {q(k)}: {{",
              f"      titre: {q(t)},",
              f"      seance: {q(d)},",
              f"      lien: {q(link) if link else 'null'},",
              "    },"]
    L += ["  };",
          "",
          "  // Sur Google Scholar il n’y a pas d’identifiant fiable : on compare les titres (minuscules, espaces réduits).",
          "  const PAR_TITRE = ["]
    for t, why in PAR_TITRE:
        L.append(f"    {q(t)}, // {why}")
    L += ["  ];",
          "",
          "  // Pas des articles : liens affichés dans la petite bannière. (L’exposé « State of GPT » de Karpathy,",
          "  // regardé ensemble le 24 janvier, n’a pas de lien ici : voir le wiki.)",
          "  const LIENS = {",
          "    wiki: 'https://cercle-llm.example.fr/wiki/programme-2024',",
          "    code: 'https://github.com/karpathy/nanoGPT', // pour la séance pratique",
          "    classement: 'https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard',",
          "    video: 'https://cercle-llm.example.fr/videos/2024-02-14', // enregistrement de la séance sur le raisonnement",
          "  };",
          "",
          "  GM_addStyle(`",
          "    .cercle-llm { background: #fff3c4; border-left: 4px solid #e0a800; padding: 2px 6px; }",
          "    .cercle-llm-badge { font: 12px/1.4 system-ui, sans-serif; color: #7a5b00; margin-left: 6px; }",
          "    .cercle-llm-banniere { position: fixed; bottom: 8px; right: 8px; z-index: 9999;",
          "      background: #fffbe6; border: 1px solid #e0a800; border-radius: 6px; padding: 6px 10px; }",
          "  `);",
          "",
          "  const normaliser = (s) => s.toLowerCase().replace(/\\s+/g, ' ').trim();",
          "  const titres = new Set(PAR_TITRE.map(normaliser));",
          "  for (const a of Object.values(PROGRAMME)) titres.add(normaliser(a.titre));",
          "",
          "  function badge(texte) {",
          "    const b = document.createElement('span');",
          "    b.className = 'cercle-llm-badge';",
          "    b.textContent = texte;",
          "    return b;",
          "  }",
          "",
          "  function marquer(el, a) {",
          "    el.classList.add('cercle-llm');",
          "    el.appendChild(badge(a ? `cercle : ${a.seance}` : 'cercle : à programmer'));",
          "  }",
          "",
          "  const { host, pathname, search } = window.location;",
          "",
          "  if (host === 'arxiv.org' && pathname.startsWith('/abs/')) {",
          "    const id = pathname.slice(5).replace(/v\\d+$/, '');",
          "    const a = PROGRAMME[id];",
          "    if (a) marquer(document.querySelector('h1.title'), a);",
          "  } else if (host === 'arxiv.org' && pathname.startsWith('/list/')) {",
          "    document.querySelectorAll('dt a[title=\"Abstract\"]').forEach((lien) => {",
          "      const id = lien.textContent.replace('arXiv:', '').trim();",
          "      if (PROGRAMME[id]) marquer(lien.closest('dt'), PROGRAMME[id]);",
          "    });",
          "  } else if (host === 'openreview.net') {",
          "    const id = new URLSearchParams(search).get('id');",
          "    if (PROGRAMME[id]) marquer(document.querySelector('.forum-title h2'), PROGRAMME[id]);",
          "  } else if (host.startsWith('scholar.google.')) {",
          "    document.querySelectorAll('h3.gs_rt').forEach((h) => {",
          "      const t = normaliser(h.textContent.replace(/^\\[[A-Z]+\\]\\s*/, ''));",
          "      if (titres.has(t)) {",
          "        const a = Object.values(PROGRAMME).find((p) => normaliser(p.titre) === t);",
          "        marquer(h, a);",
          "      }",
          "    });",
          "  }",
          "",
          "  // Bannière une seule fois par version du script.",
          f"  if (GM_getValue('banniereVue') !== '{VERSION}') {{",
          "    const div = document.createElement('div');",
          "    div.className = 'cercle-llm-banniere';",
          "    div.innerHTML = `Cercle LLM : <a href=\"${LIENS.wiki}\">programme</a> · <a href=\"${LIENS.code}\">code</a>`;",
          "    div.addEventListener('click', () => div.remove());",
          "    document.body.appendChild(div);",
          f"    GM_setValue('banniereVue', '{VERSION}');",
          "  }",
          "})();"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
