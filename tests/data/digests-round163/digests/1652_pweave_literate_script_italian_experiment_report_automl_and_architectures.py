#' % Ricerca di architetture: resoconto settimanale (settimana 10)
#' % Giulia Ferrante
#' % 8 marzo 2024

#' # Obiettivo
#'
#' Questa settimana ho confrontato la selezione dell'architettura di DARTS con la variante
#' basata sulla perturbazione proposta in [Rethinking Architecture Selection in Differentiable NAS](https://arxiv.org/abs/2108.04392).
#' Lo spazio di ricerca è quello di NAS-Bench-201; le reti finali sono addestrate da zero tre volte.

#+ setup, echo=False
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

RUNS = 'risultati/settimana10.csv'
SEMI = [0, 1, 2]

#' # Metodi
#'
#' - Ricerca: DARTS del primo ordine, 50 epoche, poi selezione per magnitudine o per perturbazione.
#' - Spazio simbolico: le configurazioni sono scritte con [PyGlove: Symbolic Programming for Automated Machine Learning](https://arxiv.org/pdf/2101.08809v1),
#'   che rende facile cambiare lo spazio senza toccare il codice di addestramento.
#' - Riferimento di scala: [EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks](https://arxiv.org/abs/1905.11946) per il coefficiente
#'   composto (profondità, larghezza, risoluzione) nei test di trasferimento.

#+ carica, echo=True
df = pd.read_csv(RUNS)
sel = df.groupby(['metodo', 'seme'])['acc_test'].max().unstack()
sel['media'] = sel[SEMI].mean(axis=1)
sel['dev'] = sel[SEMI].std(axis=1)
sel.round(2)

#' # Risultati
#'
#' La selezione per perturbazione è più stabile tra i semi (deviazione standard più bassa),
#' come nell'articolo. La media non cambia molto su CIFAR-10, di più su ImageNet16-120.

#+ grafico, echo=False, fig=True, width='12 cm', caption='Accuratezza di test per seme'
ax = sel[SEMI].T.plot(marker='o')
ax.set_xlabel('seme')
ax.set_ylabel('accuratezza (%)')
plt.tight_layout()

#' # Altre letture della settimana
#'
#' - [How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers](https://arxiv.org/abs/2106.10270): le ricette di
#'   augmentation e regolarizzazione per ViT, utili per il trasferimento (Marco le usa già).
#' - Evolving Reinforcement Learning Algorithms (arXiv:2101.03958): la ricerca è sul grafo di calcolo della loss,
#'   non sull'architettura, ma l'idea di spazio simbolico è la stessa.
#' - MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning — segnalato da Alessandro per il progetto con il policlinico.
#' - Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling: fuori tema, ma il codice del loro generatore ci serve per le demo.
#' - ResNeSt: Split-Attention Networks, da confrontare come backbone con le celle trovate da DARTS.
#'
#' Il tutorial di NNI sulla ricerca one-shot e la documentazione di NAS-Bench-201 restano i riferimenti
#' pratici; il seminario di giovedì è spostato alle 14:30.

#+ ambiente, echo=False, results='verbatim'
import platform, torch
print(platform.python_version(), torch.__version__, torch.cuda.get_device_name(0))
