#!/usr/bin/env python3
"""320: a policy brief (invented: "Ekiwandiiko ky'Enkola Nnamba 7", by an invented Kampala policy lab) on AI agents in
government services, written in Word and saved with File › Save As › Plain Text (UTF-8), as it was sent to a
ministry's desk officer. What Word's plain-text export has: a byte-order mark, CRLF, one line per paragraph (no wrap),
list bullets as "•" and a tab, numbered lists as "1." and a tab, a table as tab-separated rows, endnote references as
"[n]" in the text and the endnotes after the body, each "[n]" and its text. Written in Luganda. Papers: endnotes with
an OpenReview forum, arXiv pdf / abs / html URL (link), with "arXiv:ID" or "arXiv ID" (arxiv-text), and titles in the
text or in endnotes without an id (title-only); a law, a national strategy, a benchmark's site and a news story are
named too and are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only, au

KEYS = ["2210.03629", "2302.04761", "2303.11366", "2304.03442", "2305.16291", "2310.08560", "2308.03688", "2310.06770",
        "2306.05685", "2206.04615", "2207.05221", "2310.11511", "2307.03172"]

notes = [
    f"{au('2210.03629')} (2023). {T('2210.03629')}. ICLR 2023. https://openreview.net/forum?id={OR('2210.03629')}",
    f"{au('2302.04761')} (2023). {T('2302.04761')}. NeurIPS 2023. arXiv:2302.04761.",
    f"{au('2310.08560')} (2023). {T('2310.08560')}. arXiv 2310.08560.",
    f"{au('2308.03688')} (2024). {T('2308.03688')}. ICLR 2024. https://arxiv.org/pdf/2308.03688",
    f"{au('2310.06770')} (2024). {T('2310.06770')} ICLR 2024.",
    f"{au('2306.05685')} (2023). {T('2306.05685')}. NeurIPS 2023 Datasets and Benchmarks. https://arxiv.org/abs/2306.05685",
    f"{au('2310.11511')} (2024). {T('2310.11511')}. ICLR 2024. https://arxiv.org/html/2310.11511",
    "Etteeka ly'Okukuuma Ebikwata ku Bantu n'Okubikuuma mu Kyama, 2019 (Data Protection and Privacy Act, 2019).",
    f"{au('2207.05221')} (2022). {T('2207.05221')}. Lipoota ya Anthropic.",
    "Obubaka bwa Daily Monitor, 12 Ogwokubiri 2024: \"Ministry pilots chatbot for land queries\".",
]

body = [
    "Ekiwandiiko ky'Enkola Nnamba 7 | Ogwokusatu 2024",
    "AI ekola yokka (AI agents) mu bitongole bya gavumenti: emikisa, obulabe n'ebiteeso",
    "Kyawandiikiddwa: Dr. Sarah Nakato ne Brian Ssemwogerere, Kampala AI Policy Lab (kiwandiiko kya kyokulabirako)",
    "Obubaka obukulu",
    "•\tAI agents zisobola okukola emirimu egy'emitendera mingi: okunoonya mu biwandiiko, okujjuza foomu n'okuddamu abantu.",
    "•\tOkunoonyereza kulaga nti zikola bulungi ku mirimu egy'okugezesa, naye zikyalemererwa ku mirimu emizibu egy'ensi ey'amazima.",
    "•\tTewali nkola ya kwekenneenya (evaluation) mu Luganda oba mu nnimi endala eza Uganda.",
    "•\tGavumenti esaanidde okusooka n'emirimu emitono egy'obulabe obutono, nga waliwo omuntu akebera buli kivudde mu AI.",
    "Ensonga",
    "Mu myaka ebiri egiyise, ebitongole bingi mu nsi yonna bitandise okukozesa enkola za kompyuta ezisobola okulowooza n'okukola ebikolwa nga zikozesa ebikozesebwa ebirala. Enkola eno yasooka kunnyonnyolwa mu kiwandiiko ReAct [1], era oluvannyuma mu Toolformer [2], ekyalaga nti model esobola okuyiga yokka ddi lw'ekozesa calculator oba yingini y'okunoonya.",
    f"Waliwo n'emirimu egyalaga nti agents zisobola okujjukira ebyaliwo n'okuyiga okuva mu nsobi: {T('2303.11366')}; ne MemGPT [3], ekozesa endowooza ya \"operating system\" okukuuma ebijjukizo ebingi. Ebigezo bino bikoleddwa ku mirimu egy'okuzannya n'egy'okuwandiika programu, so si ku mirimu gya gavumenti.",
    f"Okunoonyereza okumu kwagezesa agents mu nsi ey'okwefuula: \"{T('2304.03442')}\" kwalaga abantu ab'ekikompyuta 25 nga babeera mu kyalo eky'okwefuula, ate {T('2305.16291')} kwalaga agent eyeyigiriza yokka mu muzannyo Minecraft. Bino binyuma, naye tebitulaga nti agents zisobola okukola emirimu gya gavumenti.",
    "Ebyazuuliddwa mu kunoonyereza",
    "Okwekenneenya kwa AgentBench [4] kwalaga nti wadde models ezisinga obunene zikola bulungi, model ez'obwereere (open-source) zikyali wansi nnyo. Ku SWE-bench [5], agents ezisinga zaasobola okugonjoola ebizibu ebitono ennyo ku bizibu bya GitHub eby'amazima. Okukozesa model okusalawo oba eky'okuddamu kirungi (LLM-as-a-judge) [6] kuyamba, naye kulina obuzibu: model esinga okwagala eby'okuddamu ebiwanvu.",
    f"Ebikwata ku kumanya ebiri mu biwandiiko by'ekitongole: Self-RAG [7] eraga engeri model gy'esobola okusalawo ddi lw'enoonya mu biwandiiko. Naye okunoonyereza okwayitibwa {T('2307.03172')} kwalaga nti model tezisoma bulungi ebiri wakati mu biwandiiko ebiwanvu. Kino kikulu eri ebitongole ebirina fayiro empanvu ez'amateeka.",
    f"Ku nnimi zaffe: ekigezo ekinene BIG-bench ({T('2206.04615')}) kirimu emirimu mitono nnyo egy'ennimi za Afirika, era tewali n'ogumu mu Luganda. Tetusobola kumanya obulungi bwa agent mu Luganda nga tetunnakola bigezo byaffe.",
    "Obulabe",
    "Obulabe\tEkyokulabirako\tEngeri y'okubukendeeza",
    "Ebikwata ku bantu okufuluma\tAgent eweereza ebikwata ku muntu eri server ey'ebweru\tKukozesa model ez'omunda n'okugoberera etteeka [8]",
    "Eby'okuddamu eby'obulimba\tAgent eyogera nti ettaka lya muntu omulala\tOmuntu akebera buli kivudde; model eraga bw'etali mukakafu [9]",
    "Ebikolwa ebitasobola kuzzibwayo\tAgent esazaamu foomu y'omuntu\tAgent tekkirizibwa kukola kikolwa nga tewali kukkiriza",
    "Ebiteeso",
    "1.\tMinisitule esooke n'emirimu emitono: okuddamu ebibuuzo ku mpeereza, so si okusalawo ku nsonga z'abantu.",
    "2.\tBuli agent ebeere n'omuntu akebera ebivudde mu yo, nga bwe kyali mu kugezesa kwa chatbot y'ettaka [10].",
    "3.\tGavumenti n'amatendekero bakole ebigezo (benchmarks) mu Luganda, Runyankore-Rukiga, Acholi n'Ateso.",
    "4.\tEbikwata ku bantu bibeere ku server eziri mu Uganda, nga bwe kyetaagisa etteeka [8].",
    "Ebyawandiikiddwa",
]
text = "\ufeff" + "\r\n".join(body) + "\r\n" + "\r\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1)) + "\r\n"
write_only("320_policy_brief_word_plain_text_luganda_ai_agents_in_government.txt", text, KEYS)
