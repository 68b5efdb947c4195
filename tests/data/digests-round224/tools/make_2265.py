#!/usr/bin/env python3
"""2265: an issue of the FreshMail newsletter of the AI student research club at Politechnika Białostocka (Wydział
Informatyki), opened through «Zobacz wersję online» (the web version) and copied as text (as assumed: the club name
first, «Newsletter nr n | d miesiąca yyyy» with the Polish genitive month, text blocks under upper-case section titles,
one button as its label in brackets, the meeting line «Spotkanie: dzień tygodnia, d miesiąca yyyy, godz. hh:mm, …», the
signature, the social line «Facebook · Instagram · LinkedIn», then the footer: the club name, the postal address
«…, nn-nnn Białystok», the consent line «Otrzymujesz tę wiadomość, ponieważ …», «Wypisz się | Zmień dane» and the badge
«Wysłano przez FreshMail» last). Polish with English titles.
Computed: the issue and meeting dates in Polish (the meeting after the issue, its weekday; asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2265)
PL_MG = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
         "listopada", "grudnia"]
PL_D = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
CLUB = "Koło Naukowe Sztucznej Inteligencji „Neuron” – Politechnika Białostocka"
issue = dt.date(2026, 4, 27)
meet = dt.date(2026, 5, 12)
assert meet > issue
out = [CLUB, f"Newsletter nr 5 | {issue.day} {PL_MG[issue.month - 1]} {issue.year}", "",
       "Cześć!", "",
       "w kwietniu zajmowaliśmy się dostrajaniem dużych modeli bez trenowania wszystkich parametrów. Poniżej artykuły, "
       "które omówiliśmy, plan na maj i kilka materiałów, które nie są artykułami, ale bardzo się przydają.", "",
       "ARTYKUŁY Z KWIETNIA", "",
       T("2106.09685"), "Hu i in., ICLR 2022 – od tego zaczęliśmy, Kacper pokazał LoRA na Bieliku.",
       "https://arxiv.org/abs/2106.09685", "",
       T("2305.14314"), "Dettmers i in., NeurIPS 2023 – 4-bitowa kwantyzacja + LoRA na jednej karcie.",
       "https://arxiv.org/pdf/2305.14314.pdf", "",
       T("1902.00751"), "Houlsby i in., ICML 2019 – adaptery, czyli klasyka.", "http://arxiv.org/abs/1902.00751", "",
       T("2205.05638"), "Liu i in., NeurIPS 2022 – (IA)³ i przepis T-Few.", "https://arxiv.org/abs/2205.05638v2", "",
       f"{T('2106.10199')} (Ben Zaken i in., arXiv:2106.10199) – dostrajamy tylko biasy; Ola sprawdziła to na zbiorze "
       "PolEval i działa zaskakująco dobrze.", "",
       "MAJ: PROMPTY ZAMIAST WAG", "",
       "W maju czytamy trzy teksty o dostrajaniu promptów i o optymalizacji. Linków tym razem nie dajemy – "
       "wyszukajcie tytuły:",
       f"• {T('2101.00190')};",
       f"• {T('2103.10385')} (P-tuning);",
       f"• {T('1711.05101')} (AdamW), bo i tak wszyscy go używamy.", "",
       "NIE ARTYKUŁY, ALE WARTO", "",
       "• Książka „Hands-On Large Language Models” (Jay Alammar, Maarten Grootendorst, O'Reilly 2024), rozdział 12.",
       "• Biblioteka Unsloth (github.com/unslothai/unsloth) – szybkie dostrajanie na jednej karcie.",
       "• Modele Bielik i PLLuM na Hugging Face (modele, nie artykuły).",
       "• Kurs „Finetuning Large Language Models” (DeepLearning.AI, bezpłatny).", "",
       "[Zapisz się na majowe spotkanie]", "",
       f"Spotkanie: {PL_D[meet.weekday()]}, {meet.day} {PL_MG[meet.month - 1]} {meet.year}, godz. 18:15, sala 104, "
       "Wydział Informatyki PB.",
       "Przynieście laptopy – będziemy dostrajać modele na serwerze koła.", "",
       "Do zobaczenia!",
       "Kacper i Ola", "",
       "Facebook · Instagram · LinkedIn", "",
       CLUB,
       "Wydział Informatyki, ul. Wiejska 45A, 15-351 Białystok", "",
       "Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na newsletter Koła Naukowego „Neuron”.",
       "Wypisz się | Zmień dane", "",
       "Wysłano przez FreshMail"]
write_only(F, "\n".join(out) + "\n", keys(F))
