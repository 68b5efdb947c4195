#!/usr/bin/env python3
"""1961: the experiment list of an invented simulation lab exported from Labstep (as imagined) as tab-separated values:
Brazilian Portuguese. The lab, its people, ids, tags and dates are invented; NVIDIA Modulus, the Hugging Face Diffusers
library, the OpenFOAM tutorials and a YouTube course appear as what they are. Computed: the quoting by Python's csv
writer (delimiter TAB, LF rows), ids increasing with the creation time (asserted), statuses from a fixed list."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1961)
HEAD = ["ID", "Name", "Author", "Created at", "Tags", "Status", "Entry"]
ST = ["Draft", "In progress", "Completed", "Signed"]
ROWS = [
 ("20411", "Leitura 1 - fundamentos de difusão", "Camila Rocha", "2026-02-02 09:15", "leitura;difusão", "Signed",
  f"Começamos pelo clássico: {T('1503.03585')}. Só a seção 2 para quem tem pressa."),
 ("20412", "Leitura 2 - DDIM", "Rafael Souza", "2026-02-04 14:02", "leitura;difusão", "Completed",
  f"{T('2010.02502')}\nhttps://openreview.net/forum?id={OR('2010.02502')}\nAmostragem em 50 passos para o surrogate."),
 ("20413", "Leitura 3 - guidance", "Camila Rocha", "2026-02-09 10:40", "leitura;difusão", "Completed",
  f"{T('2207.12598')} - https://arxiv.org/abs/2207.12598 (sem classificador extra)"),
 ("20414", "Leitura 4 - espaço latente", "Juliana Alves", "2026-02-11 16:25", "leitura;latente", "In progress",
  f"{T('2106.05931')} (https://arxiv.org/pdf/2106.05931v3). Comparar com nosso VAE."),
 ("20415", "Leitura 5 - malhas", "Rafael Souza", "2026-02-16 11:05", "leitura;simulação", "In progress",
  f"Artigo-base do projeto: \"{T('2010.03409')}\" (arXiv:2010.03409). Rodar o exemplo do cilindro."),
 ("20416", "Leitura 6 - rectified flow", "Juliana Alves", "2026-02-18 15:30", "leitura;difusão", "Draft",
  f"<p>{T('2403.03206')}<br><a href=\"http://arxiv.org/abs/2403.03206v1\">arXiv</a></p>"),
 ("20417", "Leitura 7 - 3D a partir de uma imagem", "Camila Rocha", "2026-02-23 09:50", "leitura;3d", "Draft",
  f"{T('2303.11328')} — opcional, só se der tempo."),
 ("20418", "Leitura 8 - regularização", "Rafael Souza", "2026-02-25 13:12", "leitura;regularização", "Draft",
  f"{T('2101.01761')}; o surrogate está sobreajustando."),
 ("20419", "Instalar NVIDIA Modulus e Diffusers", "Juliana Alves", "2026-02-26 10:00", "software", "Completed",
  "Software, não é artigo. Diffusers (Hugging Face) para os testes de amostragem."),
 ("20420", "Curso OpenFOAM", "Camila Rocha", "2026-03-02 08:45", "curso", "Draft",
  "Tutoriais do OpenFOAM e o curso no YouTube para quem nunca rodou CFD."),
]
for a, b in zip(ROWS, ROWS[1:]):
    assert a[0] < b[0] and a[3] < b[3]
assert all(r[5] in ST for r in ROWS)
buf = io.StringIO()
w = csv.writer(buf, delimiter="\t", lineterminator="\n")
w.writerow(HEAD)
w.writerows(ROWS)
write_only(F, buf.getvalue(), keys(F))
