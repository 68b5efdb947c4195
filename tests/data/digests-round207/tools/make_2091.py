#!/usr/bin/env python3
"""2091: a JAGS model file (Dawid-Skene annotator model of an invented annotation project), Spanish `#` comments:
one OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v3`), one `arXiv:NNNN.NNNNN`, titles alone in comments
(one not on arXiv); non-papers (the JAGS manual, a book, rjags, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2091)
TXT = fill(r'''# modelo_anotadores.jags -- acuerdo entre anotadores (Dawid-Skene) para el corpus de etiquetas
# Autora: Lucía Fernández Ortega <lucia.fernandez@etiquetas-ml.example.es>
# Repositorio: https://github.com/etiquetas-ml/acuerdo-anotadores
# Se llama desde R con rjags::jags.model("modelo_anotadores.jags", data = datos, n.chains = 4)
# Manual: "JAGS Version 4.3.0 user manual" (Plummer); libro: Kruschke, "Doing Bayesian Data Analysis"
# Charla: https://video.etiquetas-ml.example.es/charla/2024-02
#
# Las etiquetas alimentan el ajuste fino de estos modelos (lecturas del grupo):
#   [[T:2011.06182]]  https://openreview.net/forum?id=[[ID:ORBITUN]]
#   [[T:2106.08254]]  https://arxiv.org/abs/2106.08254
#   [[T:2006.07733]]  https://arxiv.org/pdf/2006.07733v3
#   [[T:1912.11370]]  arXiv:1912.11370
# Para la sesión histórica: [[T:DBN]] (Hinton, Osindero y Teh).
# Pendiente: ¿sirve [[T:2006.05929]] para reducir el conjunto de ítems?
# Otros anotan imágenes y audio generados: [[T:2208.12242]]; [[T:2009.09761]].

model {
  for (i in 1:N) {
    z[i] ~ dcat(pi[])
  }
  for (n in 1:M) {
    y[n] ~ dcat(theta[anot[n], z[item[n]], ])
  }
  for (j in 1:J) {
    for (k in 1:K) {
      theta[j, k, 1:K] ~ ddirch(alpha[k, ])
    }
  }
  pi[1:K] ~ ddirch(beta[])
  for (k in 1:K) {
    prev[k] <- sum(z[] == k) / N
  }
}
''', {'ORBITUN': OR('2011.06182'), 'DBN': DBN})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
