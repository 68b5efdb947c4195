// ==UserScript==
// @name         Cercle LLM – surligner les articles du programme
// @namespace    https://cercle-llm.example.fr/
// @version      0.6.1
// @description  Surligne sur arXiv, OpenReview et Google Scholar les articles au programme du cercle de lecture
// @author       Camille Roussel
// @match        https://arxiv.org/abs/*
// @match        https://arxiv.org/list/*
// @match        https://openreview.net/forum*
// @match        https://scholar.google.com/scholar*
// @match        https://scholar.google.fr/scholar*
// @icon         https://cercle-llm.example.fr/favicon.png
// @grant        GM_addStyle
// @grant        GM_getValue
// @grant        GM_setValue
// @run-at       document-idle
// @updateURL    https://cercle-llm.example.fr/outils/cercle-llm.user.js
// @downloadURL  https://cercle-llm.example.fr/outils/cercle-llm.user.js
// ==/UserScript==

(function () {
  'use strict';

  // Programme du semestre (séances du mercredi, salle 2.14). Clé : identifiant arXiv, ou identifiant
  // OpenReview quand on a lu la version de la conférence. Mettre à jour en même temps que le wiki.
  const PROGRAMME = {
    '1910.10683': {
      titre: 'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer',
      seance: '2024-01-17',
      lien: 'https://arxiv.org/abs/1910.10683',
    },
    '2204.02311': {
      titre: 'PaLM: Scaling Language Modeling with Pathways',
      seance: '2024-01-31',
      lien: 'https://arxiv.org/pdf/2204.02311v3',
    },
    '_VjQlMeSB_J': {
      titre: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
      seance: '2024-02-14',
      lien: 'https://openreview.net/forum?id=_VjQlMeSB_J',
    },
    '2303.18223': {
      titre: 'A Survey of Large Language Models',
      seance: '2024-02-28',
      lien: null,
    },
    '2307.09288': {
      titre: 'Llama 2: Open Foundation and Fine-Tuned Chat Models',
      seance: '2024-03-13',
      lien: 'http://arxiv.org/abs/2307.09288',
    },
  };

  // Sur Google Scholar il n’y a pas d’identifiant fiable : on compare les titres (minuscules, espaces réduits).
  const PAR_TITRE = [
    'Language Models are Unsupervised Multitask Learners', // rapport OpenAI 2019, pas sur arXiv : on ne peut le reconnaître que par le titre
    'Emergent Abilities of Large Language Models', // TMLR 2022 ; à ajouter au programme d’avril
    'Language Models (Mostly) Know What They Know', // rapport Anthropic ; séance « calibration » à caser
  ];

  // Pas des articles : liens affichés dans la petite bannière. (L’exposé « State of GPT » de Karpathy,
  // regardé ensemble le 24 janvier, n’a pas de lien ici : voir le wiki.)
  const LIENS = {
    wiki: 'https://cercle-llm.example.fr/wiki/programme-2024',
    code: 'https://github.com/karpathy/nanoGPT', // pour la séance pratique
    classement: 'https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard',
    video: 'https://cercle-llm.example.fr/videos/2024-02-14', // enregistrement de la séance sur le raisonnement
  };

  GM_addStyle(`
    .cercle-llm { background: #fff3c4; border-left: 4px solid #e0a800; padding: 2px 6px; }
    .cercle-llm-badge { font: 12px/1.4 system-ui, sans-serif; color: #7a5b00; margin-left: 6px; }
    .cercle-llm-banniere { position: fixed; bottom: 8px; right: 8px; z-index: 9999;
      background: #fffbe6; border: 1px solid #e0a800; border-radius: 6px; padding: 6px 10px; }
  `);

  const normaliser = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const titres = new Set(PAR_TITRE.map(normaliser));
  for (const a of Object.values(PROGRAMME)) titres.add(normaliser(a.titre));

  function badge(texte) {
    const b = document.createElement('span');
    b.className = 'cercle-llm-badge';
    b.textContent = texte;
    return b;
  }

  function marquer(el, a) {
    el.classList.add('cercle-llm');
    el.appendChild(badge(a ? `cercle : ${a.seance}` : 'cercle : à programmer'));
  }

  const { host, pathname, search } = window.location;

  if (host === 'arxiv.org' && pathname.startsWith('/abs/')) {
    const id = pathname.slice(5).replace(/v\d+$/, '');
    const a = PROGRAMME[id];
    if (a) marquer(document.querySelector('h1.title'), a);
  } else if (host === 'arxiv.org' && pathname.startsWith('/list/')) {
    document.querySelectorAll('dt a[title="Abstract"]').forEach((lien) => {
      const id = lien.textContent.replace('arXiv:', '').trim();
      if (PROGRAMME[id]) marquer(lien.closest('dt'), PROGRAMME[id]);
    });
  } else if (host === 'openreview.net') {
    const id = new URLSearchParams(search).get('id');
    if (PROGRAMME[id]) marquer(document.querySelector('.forum-title h2'), PROGRAMME[id]);
  } else if (host.startsWith('scholar.google.')) {
    document.querySelectorAll('h3.gs_rt').forEach((h) => {
      const t = normaliser(h.textContent.replace(/^\[[A-Z]+\]\s*/, ''));
      if (titres.has(t)) {
        const a = Object.values(PROGRAMME).find((p) => normaliser(p.titre) === t);
        marquer(h, a);
      }
    });
  }

  // Bannière une seule fois par version du script.
  if (GM_getValue('banniereVue') !== '0.6.1') {
    const div = document.createElement('div');
    div.className = 'cercle-llm-banniere';
    div.innerHTML = `Cercle LLM : <a href="${LIENS.wiki}">programme</a> · <a href="${LIENS.code}">code</a>`;
    div.addEventListener('click', () => div.remove());
    document.body.appendChild(div);
    GM_setValue('banniereVue', '0.6.1');
  }
})();
