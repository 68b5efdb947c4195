#!/usr/bin/env python3
"""1797: the course guide («Ikasgaiaren gida») of a UPV/EHU (Euskal Herriko Unibertsitatea) course, as GAUR, the
university's academic system, shows it, copied from the browser (tab-separated table cells), Basque. The course
26299 «Hizkuntzaren Prozesamendua eta Sekuentzia-ereduak», its teachers, code numbers, rooms and timetable are
invented. Computed: the hours of «Irakaskuntza motak» (the presential hours × 1.5 = the hours outside class, the total
25 h × ECTS), the group timetable's weekly hours × 15 weeks = the hours per type, the assessment shares (100 %)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, CTC
F = by_num(1797)
ECTS = 6
TYPES = [("M", 30), ("S", 0), ("GA", 0), ("GL", 0), ("GO", 30), ("GCL", 0), ("TA", 0), ("TI", 0), ("GCA", 0)]
pres = sum(h for _, h in TYPES)
assert pres * 2.5 == 25 * ECTS
# group, type, day, start, end
SLOTS = [("31", "M", "Asteartea", "10:30", "12:30"), ("31", "GO", "Osteguna", "09:00", "11:00")]


def hrs(a, b):
    (h1, m1), (h2, m2) = (map(int, a.split(":")), map(int, b.split(":")))
    return (h2 * 60 + m2 - h1 * 60 - m1) / 60


for t, h in TYPES:
    assert sum(hrs(s[3], s[4]) for s in SLOTS if s[1] == t) * 15 == h, t
EVAL = [("Azterketa idatzia", 40), ("Ordenagailuko praktiken txostenak", 35), ("Proiektua eta aurkezpena", 25)]
assert sum(p for _, p in EVAL) == 100
L = []
a = L.append
a("UPV/EHU")
a("Euskal Herriko Unibertsitatea / Universidad del País Vasco")
a("GAUR")
a("Ikasgaiaren gida")
a("2024/25")
a("")
a("Ikastegia\t226 - Informatika Fakultatea")
a("Titulazioa\tGINFOR20 - Informatikako Ingeniaritzako Gradua")
a("Ikasturtea\t2024/25")
a("Ikasgaia\t26299 - Hizkuntzaren Prozesamendua eta Sekuentzia-ereduak")
a("Maila\t4. maila")
a("Lauhilekoa\t1. lauhilekoa")
a(f"Kreditu ECTS\t{ECTS}")
a("Hizkuntza\tEuskara")
a("Ikasgaiaren kodea\t26299")
a("")
a("Deskribapena eta testuingurua")
a("Ikasgai honetan testuen eta hizkeraren prozesamendu automatikorako oinarrizko tresnak landuko dira: hitz-"
  "bektoreak, sare errepikakorrak, arreta-mekanismoak eta transformerrak. Euskararen ezaugarri morfologikoak kontuan "
  "hartuta, baliabide gutxiko hizkuntzetarako teknikak ere ikusiko dira. Aurretik «Ikasketa Automatikoa» ikasgaia "
  "gainditua izatea gomendatzen da.")
a("")
a("Irakaslegoa")
a("Izena\tErakundea\tKategoria\tDoktorea\tIrakaskuntza-profila\tArloa\tHelbide elektronikoa")
a("ETXEBERRIA ZUBIRI, AMAIA\tEuskal Herriko Unibertsitatea\tIrakaslego Agregatua\tDoktorea\tElebiduna\tLengoaia eta Sistema Informatikoak\tamaia.etxeberria@ehu.example.eus")
a("LARRAÑAGA OTEGI, IKER\tEuskal Herriko Unibertsitatea\tIrakaslego atxikia\tDoktorea\tElebiduna\tLengoaia eta Sistema Informatikoak\tiker.larranaga@ehu.example.eus")
a("")
a("Gaitasunak")
a("Izena\tPisua")
a("GI01 - Hizkuntzaren prozesamenduko oinarrizko ereduak ulertu eta azaldu.\t30 %")
a("GI02 - Sekuentzia-ereduak inplementatu eta ebaluatu PyTorch erabiliz.\t40 %")
a("GI03 - Artikulu zientifikoak irakurri, laburbildu eta jendaurrean aurkeztu.\t30 %")
a("")
a("Edukiak teoriko-praktikoak")
for i, t in enumerate(["Sarrera: hizkuntza-ereduak eta corpusak.", "Hitz-bektoreak eta errepresentazio banatuak.",
                       "Sare neuronal errepikakorrak eta atzerantz-hedapena denboran zehar.",
                       "Hizketaren ezagutza eta lerrokatzerik gabeko entrenamendua.",
                       "Arreta-mekanismoak eta transformerrak.", "Aurre-entrenatutako ereduak eta egokitzapena.",
                       "Testuinguru luzeak eta memoria.", "Ebaluazioa eta etika."], 1):
    a(f"{i}. {t}")
a("")
a("Metodologia")
a("Saio magistraletan kontzeptuak azalduko dira; ordenagailuko praktiketan (GO) Python eta PyTorch erabiliz ereduak "
  "inplementatuko dira eGela plataforman argitaratutako koadernoekin.")
a("")
a("Irakaskuntza motak")
a("Mota\t" + "\t".join(t for t, _ in TYPES))
a("Ordu kopurua\t" + "\t".join(str(h) for _, h in TYPES))
a("Ikaslearen ikasgelaz kanpoko orduen kopurua\t" + "\t".join(str(int(h * 1.5)) for _, h in TYPES))
a("")
a("Legenda: M: Magistrala S: Mintegia GA: Gelako p. GL: Laborategiko p. GO: Ordenagailuko p. GCL: P. klinikoa "
  "TA: Tailerra TI: Tailer Ind. GCA: Landako p.")
a("")
a("Ebaluazio-sistemak")
a("- Ebaluazio mistoaren sistema")
a("- Azken ebaluazioaren sistema")
a("")
a("Ebaluazio-tresnak eta ehunekoak")
for n, p in EVAL:
    a(f"- {n} (%): {p}")
a("")
a("Ohiko deialdia: orientazioak eta uko egitea")
a("Azken ebaluazioa aukeratzen duten ikasleek irakasleari idatziz jakinarazi beharko diote 9. astea amaitu baino lehen.")
a("")
a("Derrigorrezko materiala")
a("eGelako apunteak eta praktiketako koadernoak.")
a("")
a("Oinarrizko bibliografia")
a("- Jurafsky, D.; Martin, J. H. Speech and Language Processing (3. edizioaren zirriborroa). Stanford, 2024. Liburua, sarean eskuragarri.")
a(f"- Rumelhart, D. E.; Hinton, G. E.; Williams, R. J. (1986). {BACKPROP}. Nature 323, 533–536.")
a(f"- Hochreiter, S.; Schmidhuber, J. (1997). {LSTM}. Neural Computation 9(8), 1735–1780.")
a(f"- Graves, A.; Fernández, S.; Gomez, F.; Schmidhuber, J. (2006). {CTC}. ICML 2006.")
a(f"- Vaswani, A. et al. (2017). {T('1706.03762')}. NeurIPS 2017. https://arxiv.org/abs/1706.03762")
a("")
a("Gehiago sakontzeko bibliografia")
a(f"- Devlin, J.; Chang, M.-W.; Lee, K.; Toutanova, K. (2019). {T('1810.04805')}. NAACL 2019. https://arxiv.org/pdf/1810.04805v2")
a(f"- Howard, J.; Ruder, S. (2018). {T('1801.06146')}. ACL 2018. https://arxiv.org/abs/1801.06146")
a(f"- Dai, Z. et al. (2019). {T('1901.02860')}. ACL 2019, arXiv:1901.02860.")
a(f"- Loshchilov, I.; Hutter, F. (2019). {T('1711.05101')}. ICLR 2019 (praktiketako optimizatzailea, AdamW).")
a("- Zhang, A.; Lipton, Z. C.; Li, M.; Smola, A. J. Dive into Deep Learning. Cambridge University Press, 2023.")
a("")
a("Aldizkariak")
a("Computational Linguistics; Transactions of the ACL; Procesamiento del Lenguaje Natural.")
a("")
a("Web helbideak")
a("https://pytorch.org/docs/stable/")
a("https://huggingface.co/learn/nlp-course")
a("")
a("Taldeak")
a("31 Teoriakoa (Euskara)")
a("Asteak\tEguna\tOrdua\tGela\tMota")
for g, t, d, s, e in SLOTS:
    a(f"1-15\t{d}\t{s}-{e}\t{'AULA 2.3' if t == 'M' else 'LAB 0.7'}\t{t}")
a("")
a("Azken eguneratzea: 2024/07/15")
write_only(F, "\n".join(L) + "\n", keys(F))
