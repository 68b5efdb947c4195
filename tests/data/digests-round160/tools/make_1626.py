#!/usr/bin/env python3
"""1626 (negative control): a post on Denník N's blog platform (dennikn.sk/blog) copied from the browser with its
discussion, Slovak: site head and menu, the blog section, author box, title, date, the post (a grammar-school teacher
on half a year of pupils writing with chatbots), the blog disclaimer, share line, «Diskusia (N)» with six comments and
their reply / like lines, the footer. No paper: only software, a school system, a ministry guideline, a book."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1626)
MO = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]
sk = lambda d: f"{d.day}. {MO[d.month - 1]} {d.year} o {d:%H:%M}"
post = dt.datetime(2025, 3, 12, 9, 14)
body = """Keď som v septembri zadala tretiakom prvý sloh, polovica tried ho mala hotový za desať minút. Nie preto, že by boli zrazu géniovia. Na chodbe som potom počula vetu, ktorú si pamätám dodnes: „Pani profesorka, veď to napísal ChatGPT, to sa ráta?“

Učím informatiku a slovenčinu na gymnáziu v Prešove už štrnásť rokov. Zákaz som zvažovala asi dva dni. Potom som si uvedomila, že by som zakazovala nástroj, ktorý majú v mobile všetci – a že by som ich tým naučila len to, ako ho lepšie skrývať.

Čo sme skúsili
Od októbra platí v mojich triedach jednoduché pravidlo: chatbot môžeš použiť, ale musíš to priznať a priložiť celý rozhovor. Hodnotím potom nielen výsledný text, ale aj to, ako sa žiak pýtal, čo prevzal a čo zmenil. Na Edupage mám na to jednoduchú tabuľku so štyrmi kritériami.

Prvé týždne boli rozpačité. Rozhovory vyzerali ako „napíš mi sloh o jeseni, 300 slov“. Postupne sa to zlepšovalo – najmä keď sme na hodine spolu rozobrali, prečo chatbot s istotou tvrdí nezmysly o Hviezdoslavovi a vymýšľa si citáty, ktoré nikto nikdy nenapísal.

Čo funguje
– Žiaci, ktorí predtým neodovzdali nič, aspoň začnú. Prázdny papier je pre mnohých väčší problém, ako si myslíme.
– Porovnávanie: necháme Gemini a Copilot napísať ten istý odsek a hľadáme chyby. Najlepšia hodina kritického čítania za posledné roky.
– Spätná väzba na štylistiku. Chatbot je trpezlivejší ako ja o siedmej vyučovacej hodine.

Čo nefunguje
– Vlastný hlas. Texty sú si podozrivo podobné, uhladené a prázdne. Na konci polroka som dostala štyri slohy, ktoré začínali rovnakou vetou.
– Overovanie faktov. Žiaci veria odpovedi, lebo znie sebavedomo.
– Maturita. Písomná časť sa stále píše perom na papier, bez akýchkoľvek nástrojov, a na to ich pripraviť musím.

Metodické odporúčanie ministerstva k umelej inteligencii v školách som si prečítala dvakrát. Je rozumné, ale všeobecné; konkrétne pravidlá si aj tak musí nastaviť každý učiteľ sám. Kolegom odporúčam aj knihu Manfreda Spitzera Digitálna demencia – nie so všetkým súhlasím, ale otázky kladie dobré.

Po polroku nemám jednoznačný záver. Viem len, že predstierať, že chatboty neexistujú, nepomôže ani nám, ani žiakom. Budem rada za vaše skúsenosti v diskusii."""
comments = [
    ("Peter Horváth", dt.datetime(2025, 3, 12, 10, 2),
     "Výborný text. U nás na priemyslovke sme to skúsili podobne, len s programovaním. Priznávanie rozhovoru je kľúčové.", 14),
    ("Jana M.", dt.datetime(2025, 3, 12, 11, 37),
     "A čo rodičia? U nás sa ozvali, že škola „učí podvádzať“.", 3),
    ("Zuzana Kováčová", dt.datetime(2025, 3, 12, 12, 5),
     "@Jana M. Na rodičovskom združení som im ukázala jeden rozhovor aj s hodnotením. Väčšina to potom pochopila, dvaja nie 🙂", 9),
    ("Miroslav Baláž", dt.datetime(2025, 3, 12, 18, 44),
     "Ako rodič maturanta: ďakujem, že to neriešite zákazom. Syn sa na vašom type hodín naučil viac ako na desiatich testoch.", 11),
    ("ondrej_k", dt.datetime(2025, 3, 13, 7, 51),
     "Škoda, že maturita ide úplne iným smerom. Kým sa nezmení hodnotenie, školy sa nezmenia.", 6),
    ("Peter Horváth", dt.datetime(2025, 3, 13, 9, 20),
     "@ondrej_k Súhlas. Ale niekde začať treba a trieda je lepšie miesto ako ministerstvo.", 4),
]
out = ["Denník N", "Prihlásiť sa   Predplatné", "",
       "Správy   Slovensko   Svet   Ekonomika   Komentáre   Kultúra   Šport   Blog   Podcasty", "", "Blog", "",
       "Zuzana Kováčová", "Učiteľka slovenčiny a informatiky na gymnáziu v Prešove. Píše o škole, deťoch a technológiách.",
       "Sledovať autora", "",
       "Keď žiaci píšu slohy s chatbotom: pol roka skúseností z gymnázia", sk(post), "", body, "",
       "Text vyjadruje názor autora blogu, nie redakcie Denníka N.", "",
       "Zdieľať   Facebook   X   E-mail   Kopírovať odkaz", "",
       "Ďalšie blogy autora", "Ako sme na hodine informatiky stavali meteostanicu", "Prečo už nedávam domáce úlohy cez víkend", "",
       f"Diskusia ({len(comments)})", "Diskutovať môžu len predplatitelia Denníka N.", ""]
prev, names = post, []
for who, when, text, likes in comments:
    assert when > prev; prev = when
    out += [who, sk(when), text, f"Odpovedať   Páči sa mi to ({likes})", ""]
    names.append(who)
out += ["Denník N", "O nás   Kontakt   Reklama   Predplatné   Ochrana osobných údajov   Nastavenia cookies",
        "© 2025 N Press, s. r. o. Všetky práva vyhradené.", ""]
write(F, "\n".join(out), negative=True)
