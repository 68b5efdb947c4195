#!/usr/bin/env python3
"""324: a workshop proposal (invented: a one-day workshop on pre-training language models for Andean languages with
little data and little compute, proposed to an invented regional AI congress), written in Google Docs by the
organisers and downloaded with File › Download › Plain text (.txt) to attach to the submission form. What Docs' plain
text has: a byte-order mark, CRLF, one line per paragraph, bullets as "* ", numbered items as "1. ", tables flattened
to one cell a line, links reduced to their text unless the URL was typed, comment anchors "[a]" in the text and the
comments at the end ("[a]text"). Written in Southern Quechua (Qusqu–Qullaw). Papers: references with a typed OpenReview
forum, arXiv abs / pdf or alphaxiv.org URL (link), "arXiv:ID" or a bare id (arxiv-text), references and sentences
naming a title without an id (title-only); earlier workshops, corpora, a GPU cluster and a toolkit are named and are
not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only, au

KEYS = ["1909.08053", "1910.02054", "1910.03771", "2006.05929", "1701.06538", "2101.03961", "2006.16668", "1910.13461",
        "2006.03654", "1906.08237", "2012.08561", "2010.06040"]

abstract = ("Kay taller huñunqa Andes simikunapaq hatun simi modelokunata ruraqkunata: runasimi, aymara, "
            "ashaninka simikunapaq. Kay simikunaqa pisi qillqasqayuqmi, hinallataq yachay wasikunapi pisi "
            "GPU kan. Taller ukhupi rimanakusunchik imaynatas pisi yachaywan, pisi qullqiwan modelokunata "
            "yachachisunman, imaynatas hatun modelokunamanta yachayta pisi simikunaman apasunman, "
            "imaynatas chaykunata chaninchasunman. Huk p'unchaymi kanqa: iskay invitasqa rimanakuy, pusaq "
            "qillqasqa rimanakuy, huk poster sesión, huk mesa redonda.")
refs = [
    f"{au('1701.06538')} 2017. {T('1701.06538')}. ICLR. https://openreview.net/forum?id={OR('1701.06538')}",
    f"{au('2101.03961')} 2022. {T('2101.03961')}. JMLR 23(120). arXiv:2101.03961.",
    f"{au('2006.16668')} 2021. {T('2006.16668')}. ICLR.",
    f"{au('1909.08053')} 2019. {T('1909.08053')}.",
    f"{au('1910.02054')} 2020. {T('1910.02054')}. SC20. https://arxiv.org/abs/1910.02054",
    f"{au('1910.13461')} 2020. {T('1910.13461')}. ACL. https://arxiv.org/pdf/1910.13461",
    f"{au('1906.08237')} 2019. {T('1906.08237')}. NeurIPS.",
    f"{au('2006.03654')} 2021. {T('2006.03654')}. ICLR. 2006.03654.",
    f"{au('2012.08561')} 2020. {T('2012.08561')}. EMNLP.",
    f"{au('2006.05929')} 2021. {T('2006.05929')}. ICLR.",
    f"{au('1910.03771')} 2020. {T('1910.03771')}. EMNLP System Demonstrations. https://www.alphaxiv.org/abs/1910.03771",
]
pc = ["Rosa Mamani (Universidad Nacional de San Antonio Abad del Cusco)", "Wilber Quispe (PUCP)",
      "Nina Condori (UMSA, La Paz)", "Javier Huamán (UNI)", "Elena Ccahuana (Universidad de Chile)",
      "Marco Tito (McGill University)", "Luz Chambi (UNSA, Arequipa)", "Pedro Yupanqui (Universidad de Lima)",
      "Carmen Apaza (UNAP, Puno)", "Diego Sullca (Universidad de Buenos Aires)"]
sched = [("09:00", "Qallariy, napaykuy"), ("09:15", "Invitasqa rimanakuy 1: Dra. Verónica Arana"),
         ("10:00", "Qillqasqa rimanakuy 1–4"), ("11:00", "Samay, kafe"), ("11:20", "Poster sesión"),
         ("12:30", "Mikhuy"), ("14:00", "Invitasqa rimanakuy 2: Dr. Tomás Villca"),
         ("14:45", "Qillqasqa rimanakuy 5–8"), ("15:45", "Mesa redonda: ¿Pitaq datakunata kamachin?"),
         ("16:30", "Tukukuy, premio")]
END = "17:00"
L = [
    "ANDES-PLM 2024: Andes simikunapaq pisi yachaywan, pisi qullqiwan hatun simi modelokunata yachachiy",
    "Taller mañakuy (workshop proposal) — Congreso Andino de Inteligencia Artificial 2024 (CAIA), Qusqu",
    "Kamachiqkuna: Rosa Mamani, Wilber Quispe, Nina Condori",
    "1. Pisi willakuy (200 simi qhipallan)",
    abstract,
    "2. Imarayku kay taller",
    "Hatun simi modelokunaqa hatun qillqasqakunawan, waranqa GPUkunawanmi yachachisqa. Mixture-of-experts "
    "modelokuna [1] [2] [3] utaq model parallelism [4] [5] hina llamk'aykunaqa hatun laboratoriokunapaqmi. "
    "Ñuqanchikpa universidadninchikkunapiqa pusaq GPUllam kan[a]. Chayrayku kay taller tapukun: ¿imaynatas "
    "pisi qullqiwan, pisi qillqasqawan allin modelota rurasunman?",
    "Huk ñanmi huch'uy encoder-decoder modelokunata yachachiy, BART [6] hina. Huk ñanmi pre-training "
    "objetivokunata tikray: XLNet [7], DeBERTa [8], "
    f"{T('2010.06040')}, hinallataq {T('2012.08561')} [9] qillqasqakunaqa rikuchinku huk objetivowan aswan "
    "pisi qillqasqawan allin modelota hap'isqanchikta. Qillqasqakunata pisiyachiytaqmi huk ñan: Dataset "
    "Condensation [10].",
    "Tukuypaq software kaqmi Transformers biblioteca [11][b]; taller ukhupi huk tutorial kanqa.",
    "3. Rimanakuy yachaykuna",
    "* Pisi qillqasqayuq simikunapaq pre-training",
    "* Pisi GPUwan yachachiy: mixture-of-experts, cuantización, distilación",
    "* Runasimi, aymara, ashaninka qillqasqakuna (corpus), chaninchay (evaluation)",
    "* Simi yachaq runakunawan, ayllukunawan llamk'ay",
    "4. Invitasqa rimaqkuna",
    "* Dra. Verónica Arana (Universidad Nacional Mayor de San Marcos) — kay ña niwarqanmi",
    "* Dr. Tomás Villca (Universidad Mayor de San Andrés) — suyachkanchik",
    f"5. Qhawaqkuna (programa komite, {len(pc)} runa)",
] + [f"* {p}" for p in pc] + [
    f"6. Pacha rakiy (huk p'unchaw, 09:00–{END}, llapan 8 ura)",
] + [x for t, s in sched for x in (t, s)] + [
    END, "Tukuy",
    "7. Hayk'a runakuna hamunqa",
    "Ñawpaq wata AmericasNLP hina talleres kanmi karqan; 60–80 runakunata suyanchik. Ukhupi huk ñawinchana "
    "wasipi 100 runapaq kanmi.",
    "8. Qillqasqakuna",
] + [f"[{i}] {r}" for i, r in enumerate(refs, 1)] + [
    "[a]Wilber: UNSAACpa clusterninpi 8 A100, ichaqa UNIpi 4llam. Kaytachu churasun?",
    "[b]Nina: tutorialpaq Colab utaq cluster? Qhipaman rimasun.",
]
text = "\ufeff" + "\r\n".join(L) + "\r\n"
write_only("324_workshop_proposal_google_docs_plain_text_quechua_low_resource_pretraining.txt", text, KEYS)
