#!/usr/bin/env python3
"""1390: a terminal session (Polish): a Wrocław-like master's student (Agnieszka, `aga`) checks her thesis
bibliography, written in the Polish PN-ISO 690 style (upper-case family names, "i" / "i in." for and / et al., "W:"
for in, "Dostępny w:", "[dostęp DD.MM.RRRR]"), by running the AnyStyle reference parser on it: `cat
bibliografia.txt`, `anystyle -f json --stdout parse bibliografia.txt | jq .` (one object per line of the input, every
field an array but `type`, keys in the order the labels occur), then two jq filters (the references AnyStyle found no
URL for, and the type counts). AnyStyle's mistakes on a Polish reference are as such a parser makes them (the "W:"
kept in container-title, "[online]" and the access date left as notes, "i in." read as a name). Not papers: the
flash-attention repository, PyTorch's documentation page, a Polish textbook and a master's thesis (invented);
FlashAttention, LRA, Expire-Span are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1390, keys

A = lambda *p: [dict(zip(("family", "given"), x)) if isinstance(x, tuple) else {"literal": x} for x in p]
REFS = [
 (f"BELTAGY, Iz, PETERS, Matthew E. i COHAN, Arman. {T('2004.05150')} [online]. 2020. Preprint. Dostępny w: https://arxiv.org/pdf/2004.05150 [dostęp 12.05.2024].",
  {"author": A(("BELTAGY", "Iz"), ("PETERS", "Matthew E."), ("COHAN", "Arman")), "title": [T("2004.05150")],
   "note": ["[online]"], "date": ["2020"], "genre": ["Preprint"], "url": ["https://arxiv.org/pdf/2004.05150"],
   "accessed": ["dostęp 12.05.2024"], "type": None}),
 (f"CHILD, Rewon, GRAY, Scott, RADFORD, Alec i SUTSKEVER, Ilya. {T('1904.10509')}. 2019. Raport techniczny OpenAI.",
  {"author": A(("CHILD", "Rewon"), ("GRAY", "Scott"), ("RADFORD", "Alec"), ("SUTSKEVER", "Ilya")),
   "title": [T("1904.10509")], "date": ["2019"], "note": ["Raport techniczny OpenAI"], "type": "report"}),
 (f"DAI, Zihang, LAI, Guokun, YANG, Yiming i LE, Quoc V. {T('2006.03236')}. W: Advances in Neural Information Processing Systems 33. Curran Associates, 2020, s. 4271–4282.",
  {"author": A(("DAI", "Zihang"), ("LAI", "Guokun"), ("YANG", "Yiming"), ("LE", "Quoc V.")), "title": [T("2006.03236")],
   "container-title": ["W: Advances in Neural Information Processing Systems 33"], "publisher": ["Curran Associates"],
   "date": ["2020"], "pages": ["4271–4282"], "type": "paper-conference"}),
 (f"DAO, Tri, FU, Daniel Y., ERMON, Stefano, RUDRA, Atri i RÉ, Christopher. {T('2205.14135')}. W: Advances in Neural Information Processing Systems 35. 2022. Dostępny w: https://arxiv.org/abs/2205.14135 [dostęp 12.05.2024].",
  {"author": A(("DAO", "Tri"), ("FU", "Daniel Y."), ("ERMON", "Stefano"), ("RUDRA", "Atri"), ("RÉ", "Christopher")),
   "title": [T("2205.14135")], "container-title": ["W: Advances in Neural Information Processing Systems 35"],
   "date": ["2022"], "url": ["https://arxiv.org/abs/2205.14135"], "accessed": ["dostęp 12.05.2024"], "type": "paper-conference"}),
 ("DAO-AILAB. flash-attention [oprogramowanie]. GitHub, 2024. Dostępny w: https://github.com/Dao-AILab/flash-attention [dostęp 12.05.2024].",
  {"author": A("DAO-AILAB"), "title": ["flash-attention"], "medium": ["oprogramowanie"], "publisher": ["GitHub"],
   "date": ["2024"], "url": ["https://github.com/Dao-AILab/flash-attention"], "accessed": ["dostęp 12.05.2024"], "type": None}),
 ("Dokumentacja PyTorch: torch.nn.functional.scaled_dot_product_attention [online]. PyTorch Foundation, 2024. Dostępny w: https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html [dostęp 14.05.2024].",
  {"title": ["Dokumentacja PyTorch: torch.nn.functional.scaled_dot_product_attention"], "note": ["[online]"],
   "publisher": ["PyTorch Foundation"], "date": ["2024"],
   "url": ["https://pytorch.org/docs/stable/generated/torch.nn.functional.scaled_dot_product_attention.html"],
   "accessed": ["dostęp 14.05.2024"], "type": None}),
 (f"KITAEV, Nikita, KAISER, Łukasz i LEVSKAYA, Anselm. {T('2001.04451')}. W: International Conference on Learning Representations (ICLR 2020) [online]. 2020. Dostępny w: https://openreview.net/pdf?id=rkgNKkHtvB [dostęp 12.05.2024].",
  {"author": A(("KITAEV", "Nikita"), ("KAISER", "Łukasz"), ("LEVSKAYA", "Anselm")), "title": [T("2001.04451")],
   "container-title": ["W: International Conference on Learning Representations (ICLR 2020) [online]"], "date": ["2020"],
   "url": ["https://openreview.net/pdf?id=rkgNKkHtvB"], "accessed": ["dostęp 12.05.2024"], "type": "paper-conference"}),
 ("NOWAK, Tomasz. Uczenie głębokie w praktyce. Warszawa: Wydawnictwo Naukowe PWN, 2021. ISBN 978-83-01-21734-5.",
  {"author": A(("NOWAK", "Tomasz")), "title": ["Uczenie głębokie w praktyce"], "location": ["Warszawa"],
   "publisher": ["Wydawnictwo Naukowe PWN"], "date": ["2021"], "isbn": ["978-83-01-21734-5"], "type": "book"}),
 (f"SUKHBAATAR, Sainbayar, JU, Da, POFF, Spencer i in. {T('2105.06548')}. W: Proceedings of the 38th International Conference on Machine Learning. PMLR, 2021, t. 139, s. 9902–9912. arXiv:2105.06548.",
  {"author": A(("SUKHBAATAR", "Sainbayar"), ("JU", "Da"), ("POFF", "Spencer"), "i in."), "title": [T("2105.06548")],
   "container-title": ["W: Proceedings of the 38th International Conference on Machine Learning"], "publisher": ["PMLR"],
   "date": ["2021"], "volume": ["139"], "pages": ["9902–9912"], "note": ["arXiv:2105.06548"], "type": "paper-conference"}),
 (f"TAY, Yi, DEHGHANI, Mostafa, ABNAR, Samira i in. {T('2011.04006')}. W: ICLR 2021 [online]. Dostępny w: https://openreview.net/forum?id=qVyeW-grC2k [dostęp 13.05.2024].",
  {"author": A(("TAY", "Yi"), ("DEHGHANI", "Mostafa"), ("ABNAR", "Samira"), "i in."), "title": [T("2011.04006")],
   "container-title": ["W: ICLR 2021 [online]"], "url": ["https://openreview.net/forum?id=qVyeW-grC2k"],
   "accessed": ["dostęp 13.05.2024"], "type": "paper-conference"}),
 (f"WANG, Sinong, LI, Belinda Z., KHABSA, Madian, FANG, Han i MA, Hao. {T('2006.04768')}. 2020. Preprint.",
  {"author": A(("WANG", "Sinong"), ("LI", "Belinda Z."), ("KHABSA", "Madian"), ("FANG", "Han"), ("MA", "Hao")),
   "title": [T("2006.04768")], "date": ["2020"], "genre": ["Preprint"], "type": None}),
 ("ZIELIŃSKA, Marta. Efektywne mechanizmy uwagi dla długich sekwencji. Praca magisterska. Wrocław: Politechnika Wrocławska, 2023.",
  {"author": A(("ZIELIŃSKA", "Marta")), "title": ["Efektywne mechanizmy uwagi dla długich sekwencji"],
   "genre": ["Praca magisterska"], "location": ["Wrocław"], "publisher": ["Politechnika Wrocławska"], "date": ["2023"],
   "type": "thesis"}),
]

P = "aga@pwr-laptop:~/magisterka$ "
S = [P + "cat bibliografia.txt"] + [r for r, _ in REFS]
S.append(P + "anystyle -f json --stdout parse bibliografia.txt | jq .")
S.extend(json.dumps([o for _, o in REFS], indent=2, ensure_ascii=False).split("\n"))
S.append(P + "anystyle -f json --stdout parse bibliografia.txt | jq -r '.[] | select(.url == null) | .title[0]'")
S.extend(o["title"][0] for _, o in REFS if "url" not in o)
S.append(P + "anystyle -f json --stdout parse bibliografia.txt | jq -r '.[].type' | sort | uniq -c")
from collections import Counter
c = Counter("null" if o["type"] is None else o["type"] for _, o in REFS)
S.extend(f"{n:7d} {t}" for t, n in sorted(c.items()))
S.append(P)
write_only(F1390, "\n".join(S) + "\n", keys(F1390))
