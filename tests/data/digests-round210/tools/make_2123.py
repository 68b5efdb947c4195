#!/usr/bin/env python3
"""2123: a WhatsApp group chat exported on Android («Izvezi ćaskanje» → «Bez medija»), the .txt file as WhatsApp
writes it for a Serbian (Latin) phone: «d. m. yyyy. HH:MM - Ime: poruka» lines, continuation lines of multi-line
messages without a prefix, the end-to-end encryption notice and «kreirao/la je grupu» system lines first, «<Medij
izostavljen>», «Ova poruka je obrisana», «(izmenjeno)» as assumed for this locale. The group of students of the
University of Banja Luka (Elektrotehnički fakultet) and its people are invented. Serbian (Latin) with English link
titles. Computed: the timestamps increasing (asserted), every sender a member (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2123)
MEMBERS = ["Milica Stanić", "Dragan Kovačević", "Jelena Tomić", "Stefan Babić"]
D = dt.datetime
MSGS = [
 (D(2026, 3, 3, 19, 2), None, "Milica Stanić je kreirao/la grupu „ETF BL · LLM čitaonica”"),
 (D(2026, 3, 3, 19, 2), None, "Milica Stanić vas je dodao/la"),
 (D(2026, 3, 3, 19, 4), "Milica Stanić", "Ćao svima! Ovde dogovaramo šta čitamo za seminar iz sistema za LLM 🙂"),
 (D(2026, 3, 3, 19, 6), "Milica Stanić", f"Prvo serviranje modela:\n{T('2309.06180')}\nhttps://arxiv.org/abs/2309.06180"),
 (D(2026, 3, 3, 19, 11), "Dragan Kovačević", "To je vLLM rad? Ja sam gledao samo dokumentaciju vLLM-a, nisam znao da ima rad"),
 (D(2026, 3, 3, 19, 12), "Milica Stanić", "Da, isti ljudi"),
 (D(2026, 3, 3, 20, 40), "Jelena Tomić", "<Medij izostavljen>"),
 (D(2026, 3, 3, 20, 41), "Jelena Tomić", "Slajdovi sa predavanja iz paralelnog programiranja, ima dio o Megatronu"),
 (D(2026, 3, 3, 20, 45), "Stefan Babić", f"Onda i {T('1909.08053')} ide na listu, to je osnova za tenzorski paralelizam"),
 (D(2026, 3, 4, 9, 15), "Dragan Kovačević", f"Za MoE predlažem original:\n{T('1701.06538')}\n"
                                            f"https://openreview.net/forum?id={OR('1701.06538')}"),
 (D(2026, 3, 4, 9, 17), "Dragan Kovačević", f"i {T('2006.16668')} http://arxiv.org/abs/2006.16668v1"),
 (D(2026, 3, 4, 9, 30), "Stefan Babić", "Ova poruka je obrisana"),
 (D(2026, 3, 4, 9, 31), "Stefan Babić", "Imam i nešto za dugi kontekst: arxiv.org/pdf/2306.15595 "
                                        f"({T('2306.15595')}) (izmenjeno)"),
 (D(2026, 3, 4, 9, 40), "Jelena Tomić", f"Super. A ja bih za kraj evaluaciju: {T('2009.03300')}, arXiv:2009.03300"),
 (D(2026, 3, 4, 9, 42), "Jelena Tomić", f"plus {T('2306.05685')}, ako stignemo"),
 (D(2026, 3, 4, 10, 5), "Milica Stanić", f"Ja sam prošle nedjelje čitala {T('2307.03172')} – baš je kratko, "
                                        "može kao uvod za dugi kontekst"),
 (D(2026, 3, 4, 10, 7), "Dragan Kovačević", "Leaderboard od Chatbot Arene i Open LLM Leaderboard da ne čitamo, to su "
                                           "samo tabele 😅"),
 (D(2026, 3, 4, 10, 9), "Stefan Babić", "Knjiga „AI Engineering” od Chip Huyen je u biblioteci fakulteta, ima "
                                       "poglavlje o evaluaciji"),
 (D(2026, 3, 4, 10, 15), "Milica Stanić", "Dogovoreno. Četvrtak 18h, sala 112. Repo sa kodom: "
                                         "https://github.example.org/etfbl-llm/citaonica"),
]
prev = None
out = ["3. 3. 2026. 19:02 - Poruke i pozivi su sveobuhvatno šifrovani. Niko izvan ovog ćaskanja, čak ni WhatsApp, "
       "ne može da ih čita ili sluša. Dodirnite da saznate više."]
for d, who, txt in MSGS:
    assert prev is None or d >= prev; prev = d
    stamp = f"{d.day}. {d.month}. {d.year}. {d:%H:%M}"
    if who is None:
        out.append(f"{stamp} - {txt}")
    else:
        assert who in MEMBERS
        out.append(f"{stamp} - {who}: {txt}")
write_only(F, "\n".join(out) + "\n", keys(F))
