#!/usr/bin/env python3
"""315: a shared task's first call for participation as it goes out to mailing lists (saved from the mail client as
plain text), for an (invented) Shona–English low-resource machine-translation task, written in Shona. What such a
call has: the apology for cross-posting in brackets, a banner of asterisks with the centred call / task name / URL,
the posting date, numbered sections with dashed underlines as long as the headings, tracks, data, baselines,
evaluation, important dates (in order, all after the posting), organisers with e-mail addresses, a contact line,
numbered references cited [n] in the text in order of first citation. Papers: references with an abs / pdf / OpenReview
forum / huggingface.co/papers URL (link), with "arXiv:ID" (arxiv-text), authors + title + venue alone (title-only)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["2008.07905", "2010.06891", "2105.06548", "2002.09402", "2103.14625", "1508.07909", "1911.02116",
        "1910.10683", "1409.0473", "1710.03740", "1810.04805", "2205.14135"]

REF = {
    "1508.07909": f"Sennrich, R., Haddow, B., Birch, A. {T('1508.07909')}. ACL 2016. arXiv:1508.07909",
    "1409.0473": f"Bahdanau, D., Cho, K., Bengio, Y. {T('1409.0473')}. ICLR 2015.",
    "1810.04805": f"Devlin, J., Chang, M.-W., Lee, K., Toutanova, K. {T('1810.04805')}. NAACL 2019.",
    "1911.02116": f"Conneau, A. et al. {T('1911.02116')}. ACL 2020. https://arxiv.org/abs/1911.02116",
    "1910.10683": f"Raffel, C. et al. {T('1910.10683')}. JMLR 21, 2020. https://arxiv.org/pdf/1910.10683.pdf",
    "2008.07905": f"Qian, L. et al. {T('2008.07905')}. 2021. https://openreview.net/forum?id={OR('2008.07905')}",
    "1710.03740": f"Micikevicius, P. et al. {T('1710.03740')}. ICLR 2018.",
    "2205.14135": f"Dao, T., Fu, D. Y., Ermon, S., Rudra, A., Ré, C. {T('2205.14135')}. NeurIPS 2022.",
    "2103.14625": f"Wang, Z. J., Turko, R., Chau, D. H. {T('2103.14625')}. ACL 2021 (demo). https://huggingface.co/papers/2103.14625",
    "2010.06891": f"Wu, Q. et al. {T('2010.06891')}. 2020.",
    "2105.06548": f"Sukhbaatar, S. et al. {T('2105.06548')}. ICML 2021.",
    "2002.09402": f"Fan, A., Lavril, T., Grave, E., Joulin, A., Sukhbaatar, S. {T('2002.09402')}. arXiv:2002.09402",
}

W = 70
BANNER = ["*" * W] + [l.center(W).rstrip() for l in (
    "KUDANA KWEKUTANGA: KUTORA CHIKAMU MUBASA RINOGOVERWA",
    "ShonaMT-2024: Shanduro yeChiShona neChiRungu",
    "ine Zviwanikwa Zvishoma",
    "https://shonamt.example.org")] + ["*" * W]


def h(n, title):
    s = f"{n}. {title}"
    return [s, "-" * len(s)]


body = [
    "[Tinokumbira ruregerero kana mawana shambadziro iyi kakawanda]", "", *BANNER, "",
    "Rakatumirwa: 4 Kurume 2024", "",
    *h(1, "Nhanganyaya"),
    "Tinokoka zvikwata zvose, zvidiki nezvikuru, kuti zvitore chikamu mubasa rinogoverwa reShonaMT-2024.",
    "Basa iri rinotarisa pashanduro yemitsara kubva kuChiShona kuenda kuChiRungu uye kubva kuChiRungu kuenda",
    "kuChiShona, tichishandisa data shoma uye makomputa madiki. Basa iri rakavhurika kuvadzidzi, kuvadzidzisi",
    "nevashandi vemakambani.", "",
    *h(2, "Data"),
    "Tinopa mitsara 182 000 yakaturikirwa (nhau, Bhaibheri, mitemo yeZimbabwe nemashoko emumaguta) nemitsara",
    "2 000 yekuongorora. Mazwi anokamurwa nenzira yezvikamu zvemashoko {1508.07909}; tinopa tokenizer yedu.", "",
    *h(3, "Nzira nhatu (tracks)"),
    "Track A - Shanduro yakajairika: chero modeli, asi data yedu chete nemamodeli akavhurika akadzidziswa kare.",
    "Track B - GPU imwe chete (16 GB), maawa 24 ekudzidzisa. Tinokurudzira kushandisa {1710.03740} kana",
    "{2205.14135} kuti mushandise ndangariro shoma.",
    "Track C (yekuyedza) - magwaro marefu: mapeji ose ebhuku rimwe chete. Mamodeli ane ndangariro akadai se",
    "{2010.06891}, {2105.06548} kana {2002.09402} anokurudzirwa.", "",
    *h(4, "Mabhesiraini"),
    "Tichapa mabhesiraini mana:",
    "  (a) Transformer diki yakadzidziswa kubva pakutanga; tinoienzanisa neRNN ine attention {1409.0473};",
    "  (b) encoder yeXLM-R {1911.02116} ine decoder diki;",
    "  (c) T5 yakagadziridzwa {1910.10683};",
    "  (d) GLAT, modeli isingashanduri izwi nezwi {2008.07905}, yeTrack B.",
    "Mamodeli akaita seBERT {1810.04805} anogona kushandiswa pakuongorora mitsara asi kwete pakushandura.", "",
    *h(5, "Kuyera"),
    "Tichashandisa chrF++ neBLEU, uye vanhu vanotaura ChiShona vachaongorora mitsara 300 kubva kuchikwata",
    "chimwe nechimwe. Kuti munzwisise zvinoitwa neattention mumodeli yenyu, {2103.14625} inobatsira.", "",
    *h(6, "Mazuva akakosha"),
    "  Data yekudzidzisa inoburitswa:        15 Kurume 2024",
    "  Data yekuyedza inoburitswa:           10 Chivabvu 2024",
    "  Kutumira mhinduro:                    17 Chivabvu 2024",
    "  Kutumira pepa rinotsanangura system:   7 Chikumi 2024",
    "  Kuziviswa kwezvikwata:               28 Chikumi 2024",
    "  Musangano (paHarare neZoom):         25 Nyamavhuvhu 2024", "",
    *h(7, "Varongi"),
    "  Tendai Mukarati, Yunivhesiti yeZimbabwe (tendai.mukarati@example.org)",
    "  Rumbidzai Chikowore (rumbidzai.c@example.org)",
    "  Farai Ndlovu (farai.ndlovu@example.org)", "",
    "Mibvunzo: shonamt-varongi@example.org", "",
    *h(8, "Mareferensi"),
]
text = "\n".join(body)
order = []
for k in re.findall(r"\{([\d.]+)\}", text):
    if k not in order: order.append(k)
text = re.sub(r"\{([\d.]+)\}", lambda m: f"[{order.index(m.group(1)) + 1}]", text)
refs = [f"[{i}] {REF[k]}" for i, k in enumerate(order, 1)]
assert sorted(order) == sorted(REF)
write_only("315_shared_task_call_for_participation_mailing_list_text_shona_low_resource_mt.txt",
           text + "\n" + "\n".join(refs) + "\n", KEYS)
