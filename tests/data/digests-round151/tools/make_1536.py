#!/usr/bin/env python3
"""1536 (negative control): a Czech technical publisher's ONIX for Books 3.0 message (reference tags, UTF-8, two-space
indent) sent to a distributor: Header, then eight Products — printed books, an EPUB, a forthcoming title — with ISBN-13
(check digits computed) as ISBN and GTIN, titles and subtitles, contributors, language, extent, Thema subjects and
keywords, audience, descriptions, cover links, imprint / publisher / dates and supply with prices in CZK and EUR. Only
books, lecture notes, software, datasets, a course, a talk and a leaderboard are named: no paper, no catalogue title,
nothing arXiv-shaped (the builder refuses both)."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1536)
SENT = "20240603T0915+0200"
PUB = "Nakladatelství Datový mlýn s.r.o."


def isbn13(body12):
    s = sum((1 if i % 2 == 0 else 3) * int(d) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


# (isbn body, form, form detail, title, subtitle, contributors[(role, first, last, bio)], lang, pages, thema, keywords,
#  audience, description, status, date, availability, price CZK, price EUR)
PRODUCTS = [
    ("978802741230", "BC", None, "Strojové učení v Pythonu", "Od lineární regrese k neuronovým sítím",
     [("A01", "Jan", "Dvořák", "Jan Dvořák vyučuje strojové učení na Vysoké škole datových věd v Brně a vede kurz Úvod do ML (zimní semestr)."),
      ("A01", "Lucie", "Horáková", None)], "cze", 352, ["UYQM", "UMX"], "strojové učení; Python; scikit-learn; neuronové sítě",
     "06", "Učebnice pro studenty a praktiky. Všechny příklady používají scikit-learn 1.4 a PyTorch 2.2, data (Iris, MNIST, CIFAR-10) se stahují skriptem z doprovodného repozitáře https://github.com/datovymlyn/ucebnice-ml. Kniha vychází z přednášek autorů a obsahuje 120 řešených úloh.",
     "04", "20240315", "21", "549.00", "22.90"),
    ("978802741231", "ED", "E101", "Strojové učení v Pythonu", "Od lineární regrese k neuronovým sítím",
     [("A01", "Jan", "Dvořák", None), ("A01", "Lucie", "Horáková", None)], "cze", 352, ["UYQM", "UMX"], "strojové učení; Python; e-kniha",
     "06", "Elektronická verze (EPUB 3, bez DRM, s vodoznakem). Obsah shodný s tištěným vydáním.",
     "04", "20240315", "21", "399.00", "16.90"),
    ("978802741232", "BB", None, "Hluboké učení", "Teorie, praxe a trénování velkých modelů",
     [("A01", "Tomáš", "Král", "Tomáš Král pracuje jako výzkumník v průmyslu a přednáší na meetupech Brno AI."),
      ("B01", "Petra", "Svobodová", None)], "cze", 528, ["UYQN", "UYQM"], "hluboké učení; transformery; GPU; PyTorch",
     "06", "Výklad konvolučních a rekurentních sítí, mechanismu pozornosti a architektury transformer, trénování na více GPU, ladění hyperparametrů. Kapitola 11 popisuje, jak číst výsledky na žebříčcích typu Kaggle a proč jim nevěřit slepě. Na knihu navazuje videokurz Hluboké učení prakticky (12 lekcí).",
     "04", "20231120", "21", "899.00", "37.50"),
    ("978802741233", "BC", None, "Zpracování přirozeného jazyka pro češtinu", "Tokenizace, morfologie, jazykové modely",
     [("A01", "Veronika", "Marešová", "Veronika Marešová se věnuje počítačové lingvistice a nástrojům pro češtinu."),
      ("A01", "Ondřej", "Beneš", None)], "cze", 296, ["CFX", "UYQL"], "NLP; čeština; korpusy; tokenizace; jazykové modely",
     "06", "Praktický úvod do NLP nad češtinou: korpusy, značkování, lematizace, vektorové reprezentace slov a dolaďování předtrénovaných modelů v knihovně Hugging Face transformers. Součástí je datová sada recenzí (licence CC BY 4.0) a sešity pro Jupyter.",
     "04", "20240205", "21", "499.00", "20.90"),
    ("978802741234", "BC", None, "Statistika pro datové vědce", None,
     [("A01", "Martin", "Pokorný", None)], "cze", 240, ["PBT", "UYQM"], "statistika; pravděpodobnost; R; Python",
     "05", "Pravděpodobnost, odhady, testování hypotéz a bayesovské metody s příklady v jazyce R i v Pythonu. Vhodné jako doplněk kurzu Statistika 2 a k přípravě na státnice.",
     "04", "20220912", "21", "389.00", "15.90"),
    ("978802741235", "BC", None, "Posilované učení", "Agenti, hry a roboti",
     [("A01", "Radek", "Fiala", "Radek Fiala vystoupil s přednáškou o posilovaném učení na konferenci PyCon CZ; záznam je na YouTube."),
      ("B06", "Eva", "Černá", None)], "cze", 312, ["UYQM", "UYQ"], "posilované učení; Gymnasium; agenti; robotika",
     "06", "Přeložené a rozšířené vydání. Prostředí z knihovny Gymnasium, algoritmy Q-learning, DQN a PPO, simulace robota v MuJoCo. Kód pro knihu: https://github.com/datovymlyn/posilovane-uceni.",
     "04", "20230418", "31", "459.00", "18.90"),
    ("978802741236", "BC", None, "Grafové neuronové sítě v praxi", None,
     [("A01", "Klára", "Veselá", None), ("A01", "David", "Novotný", None)], "cze", 264, ["UYQN", "UNF"], "grafy; GNN; PyTorch Geometric; doporučovací systémy",
     "06", "Kniha připravovaná k vydání na podzim. Obsah: reprezentace grafů, konvoluce na grafech, knihovna PyTorch Geometric, datové sady Cora a OGB, nasazení doporučovacího systému.",
     "02", "20241015", "10", "529.00", "21.90"),
    ("978802741237", "BC", None, "Matematika pro strojové učení", "Skripta ke kurzu",
     [("A01", "Pavel", "Zeman", "Pavel Zeman je odborným asistentem na katedře matematiky a autorem interaktivního kurzu Lineární algebra online.")], "cze", 198, ["PBF", "PBW"], "lineární algebra; optimalizace; gradient",
     "05", "Skripta k přednáškám: vektory a matice, vlastní čísla, derivace a gradient, konvexní optimalizace, metoda nejmenších čtverců. Cvičení s řešením na webu nakladatelství.",
     "04", "20210901", "21", "249.00", "10.50"),
]


def X(tag, val, ind):
    return f"{'  ' * ind}<{tag}>{escape(val)}</{tag}>"


def product(p):
    (body, form, fdet, title, sub, contribs, lang, pages, thema, kw, aud, desc, status, date, avail, czk, eur) = p
    isbn = isbn13(body)
    L = ["  <Product>", X("RecordReference", f"cz.datovymlyn.{isbn}", 2), X("NotificationType", "03", 2), X("RecordSourceType", "01", 2)]
    for t in ("15", "03"):
        L += ["    <ProductIdentifier>", X("ProductIDType", t, 3), X("IDValue", isbn, 3), "    </ProductIdentifier>"]
    L += ["    <DescriptiveDetail>", X("ProductComposition", "00", 3), X("ProductForm", form, 3)]
    if fdet: L.append(X("ProductFormDetail", fdet, 3))
    if form == "ED": L += [X("EpubTechnicalProtection", "02", 3)]
    L += ["      <TitleDetail>", X("TitleType", "01", 4), "        <TitleElement>", X("TitleElementLevel", "01", 5), X("TitleText", title, 5)]
    if sub: L.append(X("Subtitle", sub, 5))
    L += ["        </TitleElement>", "      </TitleDetail>"]
    for n, (role, first, last, bio) in enumerate(contribs, 1):
        L += ["      <Contributor>", X("SequenceNumber", str(n), 4), X("ContributorRole", role, 4), X("PersonName", f"{first} {last}", 4),
              X("PersonNameInverted", f"{last}, {first}", 4), X("NamesBeforeKey", first, 4), X("KeyNames", last, 4)]
        if bio: L.append(X("BiographicalNote", bio, 4))
        L.append("      </Contributor>")
    L += ["      <Language>", X("LanguageRole", "01", 4), X("LanguageCode", lang, 4), "      </Language>",
          "      <Extent>", X("ExtentType", "00" if form != "ED" else "10", 4), X("ExtentValue", str(pages), 4), X("ExtentUnit", "03", 4), "      </Extent>"]
    for i, code in enumerate(thema):
        L += ["      <Subject>"] + (["        <MainSubject/>"] if i == 0 else []) + [X("SubjectSchemeIdentifier", "93", 4), X("SubjectSchemeVersion", "1.5", 4), X("SubjectCode", code, 4), "      </Subject>"]
    L += ["      <Subject>", X("SubjectSchemeIdentifier", "20", 4), X("SubjectHeadingText", kw, 4), "      </Subject>",
          "      <Audience>", X("AudienceCodeType", "01", 4), X("AudienceCodeValue", aud, 4), "      </Audience>",
          "    </DescriptiveDetail>",
          "    <CollateralDetail>", "      <TextContent>", X("TextType", "03", 4), X("ContentAudience", "00", 4), X("Text", desc, 4), "      </TextContent>",
          "      <SupportingResource>", X("ResourceContentType", "01", 4), X("ContentAudience", "00", 4), X("ResourceMode", "03", 4),
          "        <ResourceVersion>", X("ResourceForm", "02", 5), X("ResourceLink", f"https://cdn.datovymlyn.example.cz/obalky/{isbn}.jpg", 5), "        </ResourceVersion>",
          "      </SupportingResource>", "    </CollateralDetail>",
          "    <PublishingDetail>", "      <Imprint>", X("ImprintName", "Datový mlýn", 4), "      </Imprint>",
          "      <Publisher>", X("PublishingRole", "01", 4), X("PublisherName", PUB, 4), "      </Publisher>",
          X("CityOfPublication", "Brno", 3), X("CountryOfPublication", "CZ", 3), X("PublishingStatus", status, 3),
          "      <PublishingDate>", X("PublishingDateRole", "01", 4), X("Date", date, 4), "      </PublishingDate>",
          "    </PublishingDetail>",
          "    <ProductSupply>", "      <Market>", "        <Territory>", X("CountriesIncluded", "CZ SK", 5), "        </Territory>", "      </Market>",
          "      <SupplyDetail>", "        <Supplier>", X("SupplierRole", "01", 5), X("SupplierName", PUB, 5), X("EmailAddress", "objednavky@datovymlyn.example.cz", 5), "        </Supplier>",
          X("ProductAvailability", avail, 4)]
    if status == "02":
        L += ["        <SupplyDate>", X("SupplyDateRole", "08", 5), X("Date", date, 5), "        </SupplyDate>"]
    for amount, cur, terr, rate in ((czk, "CZK", "CZ", "0.00"), (eur, "EUR", "SK", "5.00")):
        L += ["        <Price>", X("PriceType", "02", 5), X("PriceAmount", amount, 5), "          <Tax>", X("TaxType", "01", 6),
              X("TaxRateCode", "Z" if rate == "0.00" else "R", 6), X("TaxRatePercent", rate, 6), "          </Tax>",
              X("CurrencyCode", cur, 5), "          <Territory>", X("CountriesIncluded", terr, 6), "          </Territory>", "        </Price>"]
    L += ["      </SupplyDetail>", "    </ProductSupply>", "  </Product>"]
    return L


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<ONIXMessage release="3.0" xmlns="http://ns.editeur.org/onix/3.0/reference">',
         "  <Header>", "    <Sender>", X("SenderName", PUB, 3), X("ContactName", "Petra Nováková, metadata", 3),
         X("EmailAddress", "metadata@datovymlyn.example.cz", 3), "    </Sender>",
         "    <Addressee>", X("AddresseeName", "Distribuce Kniha Morava a.s.", 3), "    </Addressee>",
         X("MessageNumber", "214", 2), X("SentDateTime", SENT, 2),
         X("MessageNote", "Kompletní aktualizace edice Data & AI (8 titulů). Nový titul: Grafové neuronové sítě v praxi (předprodej).", 2),
         X("DefaultLanguageOfText", "cze", 2), "  </Header>"]
    for p in PRODUCTS:
        L += product(p)
    L.append("</ONIXMessage>")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
