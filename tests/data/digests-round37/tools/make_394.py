#!/usr/bin/env python3
"""394: an Espanso match file (~/.config/espanso/match/citations.yml, YAML) that a researcher uses to type
citations and other snippets: comments, `global_vars` with a date extension, `matches:` items with `trigger` /
`triggers`, `replace` as double-quoted strings (with \\" escapes; one folded over two lines) or `|` block scalars,
`word: true`, `propagate_case`, a `label`, a `form` with a `form_fields` choice list, a `regex` trigger and
`{{vars}}`. Papers: in the replacement texts, arxiv.org abs URLs (link), "arXiv:ID" (arxiv-text), titles with venue
strings or in BibTeX-like text without ids (title-only; LSTM, backprop, AlphaFold and GPT-2 are not on arXiv). Not
papers: an e-mail signature, the lab address, a Slurm command, the repository and blog URLs, the Goodfellow et al.
book, "GENRE", "HuBERT", "FedDyn" (names only), ImageNet."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F394, keys, LSTM, BACKPROP, ALPHAFOLD, GPT2


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# a long double-quoted scalar folded over two lines (YAML folds the line break and indentation into one space)
HUBERT = q(f'Hsu et al. (2021). {T("2106.07447")}. IEEE/ACM TASLP 29. https://arxiv.org/abs/2106.07447').replace(" by Masked ", " by Masked\n      ")

text = f"""# espanso match file — citations and other things I type every day
# ~/.config/espanso/match/citations.yml (synced via the dotfiles repo)
# keep triggers alphabetical inside each section; ":c" prefix = citation, ":p" = paper link
#
# For a complete reference, visit the official docs at: https://espanso.org/docs/

global_vars:
  - name: today
    type: date
    params:
      format: "%Y-%m-%d"

matches:
  # ---- citations: classics -------------------------------------------------
  - trigger: ":cbackprop"
    replace: {q(f'Rumelhart, Hinton & Williams (1986). {BACKPROP}. Nature 323, 533-536.')}

  - trigger: ":cgpt2"
    replace: {q(f'Radford et al. (2019). {GPT2}. OpenAI technical report.')}

  - trigger: ":clstm"
    replace: {q(f'Hochreiter & Schmidhuber (1997). {LSTM}. Neural Computation 9(8), 1735-1780.')}

  # ---- citations: ICLR 2021 reading group ---------------------------------
  - trigger: ":ccqa"
    replace: {q(f'Arakelyan, Daza, Minervini & Cochez (2021). {T("2011.03459")}. ICLR 2021. https://arxiv.org/abs/2011.03459')}

  - trigger: ":ceigen"
    replace: {q(f'Gemp, McWilliams, Vernade & Graepel (2021). {T("2010.00554")}. ICLR 2021. arXiv:2010.00554')}

  - triggers: [":cfeddyn", ":cfed"]
    replace: {q(f'Acar et al. (2021). {T("2111.04263")}. ICLR 2021. arXiv:2111.04263')}

  - trigger: ":cgenre"
    replace: |
      @inproceedings{{decao2021autoregressive,
        title     = {{{T("2010.00904")}}},
        author    = {{De Cao, Nicola and Izacard, Gautier and Riedel, Sebastian and Petroni, Fabio}},
        booktitle = {{International Conference on Learning Representations}},
        year      = {{2021}}
      }}

  # ---- citations: speech and biology -------------------------------------
  - trigger: ":caf2"
    replace: {q(f'Jumper et al. (2021). {ALPHAFOLD}. Nature 596, 583-589.')}

  - trigger: ":chubert"
    label: "HuBERT (Hsu et al. 2021) with link"
    replace: {HUBERT}

  # ---- not citations -------------------------------------------------------
  - trigger: ":sig"
    replace: |
      Noor Haddad
      PhD candidate, Machine Learning Group
      Lakemont University · Room 3.41, Ferris Building
      https://noorhaddad.example.org

  - trigger: ":book"
    replace: "Goodfellow, Bengio & Courville (2016). Deep Learning. MIT Press. https://www.deeplearningbook.org/"

  - trigger: ":repo"
    replace: "https://github.com/noorhaddad/kg-reasoning"

  - trigger: ":srun"
    replace: "srun --partition=gpu-a100 --gres=gpu:1 --time=04:00:00 --pty bash"

  - trigger: ":date"
    replace: "{{{{today}}}}"

  - trigger: ":shrug"
    replace: "¯\\\\_(ツ)_/¯"

  - trigger: ":rev"
    replace: "Thank you for the careful review. We address each point below; changes in the revised PDF are marked in blue."
    propagate_case: true
    word: true

  - trigger: ":cite"
    form: |
      [[which]] — see the reading-group notes from {{{{today}}}}
    form_fields:
      which:
        type: choice
        values:
          - "GENRE"
          - "HuBERT"
          - "FedDyn"
          - "ImageNet"

  - regex: ":arx(?P<id>\\\\d{{4}})"
    replace: "https://arxiv.org/list/cs.LG/{{{{id}}}}"

  - trigger: ":blog"
    replace: "https://noorhaddad.example.org/posts/eigengame-notes/"
"""
write_only(F394, text, keys(F394))
