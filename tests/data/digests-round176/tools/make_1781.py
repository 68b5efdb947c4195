#!/usr/bin/env python3
"""1781: a BibTeX export of a library («Knjižnica») in TXYZ (txyz.ai, an AI research assistant with a paper library),
with the user's Croatian tags and notes: entries in the form TXYZ writes them as guessed here — Google-Scholar-like
keys (first author's surname, year, first title word), two-space indented «field = {value},» lines in a fixed order
(title, author, journal / booktitle / school / publisher, volume, pages, year, eprint, archivePrefix, primaryClass, doi,
url, howpublished, keywords, annote), authors «Surname, Given and …» in Unicode; arXiv items with eprint / url, an arXiv
preprint without either (journal «arXiv preprint arXiv:<id>»), conference and journal versions with a DOI or no
identifier at all, an OpenReview url, a book, a master's thesis and a software entry. The user (a doctoral student in
Zagreb), her notes, the Croatian textbook and thesis are invented; the software Lightly (its company as author), PyTorch and the LibriSpeech
corpus appear as what they are, never labelled. Nicknames MAE, DINO, SimSiam, MoCo, CPC, HuBERT, DomainBed appear in
the notes where the paper's entry holds its full title."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys
F = by_num(1781)
ORDER = ["title", "author", "journal", "booktitle", "school", "publisher", "address", "volume", "number", "pages", "year",
         "eprint", "archivePrefix", "primaryClass", "doi", "url", "howpublished", "keywords", "annote"]


def names(k):
    out = []
    for x in CAT[k]["authors"]:
        w = x.split()
        i = len(w) - 1
        while i > 1 and w[i - 1].islower(): i -= 1
        out.append(f"{' '.join(w[i:])}, {' '.join(w[:i])}")
    return " and ".join(out)


def entry(typ, key, **f):
    assert set(f) <= set(ORDER), set(f) - set(ORDER)
    lines = [f"@{typ}{{{key},"] + [f"  {k} = {{{f[k]}}}," for k in ORDER if k in f]
    lines[-1] = lines[-1][:-1]
    return "\n".join(lines) + "\n}\n"


E = [
    entry("inproceedings", "he2022masked", title=T("2111.06377"), author=names("2111.06377"),
          booktitle="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
          pages="16000--16009", year="2022", eprint="2111.06377", archivePrefix="arXiv", primaryClass="cs.CV",
          url="https://arxiv.org/abs/2111.06377", keywords="ViT, maskiranje, predtreniranje",
          annote="Osnovni rad za poglavlje 3. Maskira se 75 % zakrpa, enkoder vidi samo vidljive. Usporediti s DINO na našim histološkim snimkama."),
    entry("inproceedings", "caron2021emerging", title=T("2104.14294"), author=names("2104.14294"),
          booktitle="Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
          pages="9650--9660", year="2021", url="https://arxiv.org/pdf/2104.14294",
          keywords="ViT, destilacija, samonadzirano učenje",
          annote="Samodestilacija bez oznaka; mape pažnje same segmentiraju objekte. Profesor traži slike mapa pažnje u prezentaciji."),
    entry("inproceedings", "chen2021exploring", title=T("2011.10566"), author=names("2011.10566"),
          booktitle="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
          pages="15750--15758", year="2021", url="https://arxiv.org/abs/2011.10566v1",
          keywords="sijamske mreže, samonadzirano učenje",
          annote="SimSiam: bez negativnih parova i bez momentum enkodera, samo stop-gradient. Dobar primjer za seminar."),
    entry("inproceedings", "tsai2021selfsupervised", title=T("2006.05576"), author=names("2006.05576"),
          booktitle="International Conference on Learning Representations (ICLR)", year="2021",
          url="https://openreview.net/forum?id=-bdp_8Itjwp", keywords="teorija, kontrastivno učenje",
          annote="Teorijski pogled (informacijska teorija) na kontrastivne i prediktivne ciljeve. Dodatak B još nisam prošla."),
    entry("article", "oord2018representation", title=T("1807.03748"), author=names("1807.03748"),
          journal="arXiv preprint arXiv:1807.03748", year="2018", keywords="kontrastivno učenje, govor",
          annote="CPC i InfoNCE gubitak. Iz ovoga dolazi gubitak koji koristimo u svim eksperimentima."),
    entry("inproceedings", "he2020momentum", title=T("1911.05722"), author=names("1911.05722"),
          booktitle="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
          pages="9729--9738", year="2020", doi="10.1109/CVPR42600.2020.00975",
          keywords="kontrastivno učenje, red negativnih primjera",
          annote="MoCo: red negativnih primjera i momentum enkoder. Naša osnovna linija u tablici 4.2."),
    entry("article", "hsu2021hubert", title=T("2106.07447"), author=names("2106.07447"),
          journal="IEEE/ACM Transactions on Audio, Speech, and Language Processing", volume="29",
          pages="3451--3460", year="2021", doi="10.1109/TASLP.2021.3122291", keywords="govor, maskiranje",
          annote="HuBERT, za usporedbu s govornom domenom (Ivanov projekt na LibriSpeech). Čitati odjeljke II i III."),
    entry("inproceedings", "gulrajani2021search", title=T("2007.01434"), author=names("2007.01434"),
          booktitle="International Conference on Learning Representations (ICLR)", year="2021",
          keywords="generalizacija domene, evaluacija",
          annote="DomainBed: uz pažljiv odabir modela ERM je teško pobijediti. Važno za poglavlje o prijenosu na druge bolnice."),
    entry("book", "kovacevic2020strojno", title="Strojno učenje: od teorije do primjene", author="Kovačević, Marko",
          publisher="Element", address="Zagreb", year="2020", keywords="udžbenik",
          annote="Hrvatska terminologija (zakrpa, enkoder, gubitak) – držati se nje u disertaciji."),
    entry("mastersthesis", "babic2023samonadzirano", title="Samonadzirano učenje reprezentacija histoloških slika",
          author="Babić, Lucija", school="Sveučilište u Zagrebu, Fakultet elektrotehnike i računarstva", address="Zagreb",
          year="2023", keywords="histologija, samonadzirano učenje",
          annote="Diplomski rad iz našeg laboratorija, isti skup podataka. Tablica 5.1 za usporedbu."),
    entry("misc", "lightly2020lightly", title="Lightly: A Python library for self-supervised learning on images",
          author="{Lightly AI}",
          year="2020", howpublished="\\url{https://github.com/lightly-ai/lightly}", keywords="softver",
          annote="Implementacije SimSiam, MoCo i DINO na PyTorchu; koristimo verziju 1.5."),
]
write_only(F, "\n".join(E), keys(F))
