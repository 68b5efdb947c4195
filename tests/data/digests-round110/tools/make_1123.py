#!/usr/bin/env python3
"""1123: a 4programmers.net forum thread (Forum » Python » Uczenie maszynowe) selected with Ctrl+A and pasted into a
text file: the site's chrome (menu, breadcrumbs, thread title and meta), then each post as the page lays it out when
copied (login, rank, "Rejestracja:", "Ostatnio:", "Postów:", the vote count, the date in Polish with the month in the
genitive, the body, "Odpowiedz Cytuj Udostępnij"), quotes as "login napisał(a):" plus the quoted lines, then the
footer. Polish; LF. Users, counts and dates are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1123, keys

MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]


def post(login, rank, reg, last, n, votes, d, m, hm, body):
    return "\n".join([login, rank, f"Rejestracja: {reg}", f"Ostatnio: {last}", f"Postów: {n}", str(votes),
                      f"{d} {MON[m - 1]} 2024, {hm}", "", body.strip("\n"), "", "Odpowiedz Cytuj Udostępnij", ""])


POSTS = [
    post("kacper_w", "Bywalec", "ponad 3 lata", "5 godzin", 189, 4, 26, 2, "20:14", f"""
Cześć, od marca prowadzę z kolegą koło naukowe z NLP na uczelni i chcemy przerobić klasykę pretrenowania,
od embeddingów po seq2seq. Na razie mam taką listę (kolejność = kolejność spotkań):

1. {T('1301.3781')} – word2vec, żeby było od czego zacząć
2. {T('1802.05365')} (ELMo)
3. {T('1910.10683')} https://arxiv.org/abs/1910.10683
4. {T('1910.13461')} https://arxiv.org/abs/1910.13461

Czy to ma sens dla ludzi po jednym kursie ML? Coś byście dorzucili / wyrzucili? T5 jest długie jak
cholera (67 stron), zastanawiam się czy nie dać tylko rozdziałów 1–3.
"""),
    post("Spine", "Moderator", "ponad 15 lat", "2 minuty", 11204, 1, 26, 2, "21:02", """
Przeniosłem z działu Off-Topic do Python » Uczenie maszynowe, tu będzie więcej osób, które to czytały.
"""),
    post("anka.ml", "Użytkownik", "ponad 2 lata", "wczoraj", 65, 7, 26, 2, "22:47", f"""
kacper_w napisał(a):
T5 jest długie jak cholera (67 stron)

Dajcie sekcję 3 (eksperymenty) w skrócie, tabela 14 mówi prawie wszystko.

Ode mnie: skoro już robicie MLM, to warto pokazać, że maskowanie losowe nie jest jedyną opcją —
{T('2010.06040')}, wersja z recenzjami: https://openreview.net/forum?id=cYr2OPNyTz7
I coś o interpretowalności, bo studenci zawsze pytają "a co ta uwaga właściwie robi":
„{T('2004.10102')}” (arXiv:2004.10102). Krótkie, da się przeczytać w godzinę.
"""),
    post("kacper_w", "Bywalec", "ponad 3 lata", "5 godzin", 189, 0, 27, 2, "08:31", """
@anka.ml dzięki, biorę oba. Ten drugi to Kobayashi i spółka, EMNLP 2020, tak?
"""),
    post("anka.ml", "Użytkownik", "ponad 2 lata", "wczoraj", 65, 1, 27, 2, "09:10", """
Tak, EMNLP 2020.
"""),
    post("Riddle", "Użytkownik", "ponad 8 lat", "3 dni", 902, 3, 27, 2, "13:55", f"""
Jak chcecie coś spoza "rodziny BERT-a", to tłumaczenie nieautoregresywne jest fajnym kontrastem:
{T('2008.07905')} — https://openreview.net/forum?id=ZaYZfu8pT_N
(ACL 2021 ostatecznie, ale na OpenReview są komentarze z ICLR).

A do części praktycznej zamiast papera o bibliotece ({T('1910.03771')}) dajcie im po prostu
kurs Hugging Face, rozdziały 1–3, ten paper to głównie opis API.
"""),
    post("kacper_w", "Bywalec", "ponad 3 lata", "5 godzin", 189, 2, 28, 2, "19:40", """
Podsumowując, ostateczna lista jest w pierwszym poście + to, co dorzuciliście. Pierwsze spotkanie 7 marca,
sala 2.14, wstęp wolny. Dzięki wszystkim!
"""),
]

HEAD = """4programmers.net
Forum Mikroblogi Praca Kategorie Szukaj
Zaloguj się Załóż konto

Forum » Python » Uczenie maszynowe

Lista prac na koło naukowe z NLP – pretrenowanie, od word2vec do T5
Wątek założony przez kacper_w · 6 odpowiedzi · 1,4k wyświetleń
Obserwuj Udostępnij

"""
FOOT = """Napisz odpowiedź
Zaloguj się, aby odpowiedzieć w tym wątku.

Podobne wątki
Jaki GPU do trenowania małych modeli w domu?
Kurs Hugging Face po polsku – czy warto?

© 2000-2024 4programmers.net  Regulamin  Polityka prywatności  Kontakt  API
"""
text = HEAD + "\n".join(POSTS) + "\n" + FOOT
write_only(F1123, text, keys(F1123))
