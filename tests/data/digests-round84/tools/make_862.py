#!/usr/bin/env python3
"""862: a Baserow table exported as CSV ("Export view" → CSV, separator comma, encoding UTF-8), as Baserow's Python
exporter writes it: a header row of field names with the row `id` first, rows in id order with the gaps left by
deleted rows, `csv` QUOTE_MINIMAL quoting ("" inside quoted cells), CRLF record ends while newlines inside long-text
cells stay LF, multiple-select and link-to-table cells as comma-joined names, the boolean field as true / false, the
rating field as a number (0 when unrated), the date field in the EU format DD/MM/YYYY, empty cells for empty
fields, no final blank line. A Dutch NLP group's PEFT reading list (table "Leeslijst PEFT" in workspace
"NLP-groep"); eight papers, plus rows for a library, a blog post and a course that are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, fill, write_only
from make_expected import by_num, keys

F = by_num(862)
ids = {"uni": "2110.04366", "ada": "2303.10512", "bit": "2106.10199", "deb": "2006.03654", "ptun": "2103.10385",
       "ia3": "2205.05638", "autod": "2101.01761", "adamw": "1711.05101"}

HEADER = ["id", "Titel", "Link", "Status", "Tags", "Voorgesteld door", "Bespreking", "Samenvatting", "Code", "Score",
          "Besproken"]
ROWS = [
 (3, "[[T:uni]]", "https://openreview.net/forum?id=[[ID:0RDcd5Axok]]", "Besproken", "adapters, prefix-tuning, theorie",
  "Sanne de Vries", "18/01/2024",
  "Brengt adapters, prefix-tuning en LoRA onder één noemer: allemaal een aanpassing van de verborgen toestanden.\n"
  "Tabel 2 is de handigste vergelijking die we hebben.\nICLR 2022 (spotlight).", "https://github.com/jxhe/unify-parameter-efficient-tuning", 5, "true"),
 (4, "[[T:bit]]", "https://arxiv.org/abs/2106.10199", "Besproken", "bias-only, BERT", "Thijs Bakker", "25/01/2024",
  "Alleen de bias-termen finetunen. Werkt verrassend goed op GLUE bij kleine en middelgrote datasets; bij grote "
  "datasets zakt het weg.", "", 4, "true"),
 (5, "PEFT-bibliotheek (Hugging Face) – documentatie", "https://huggingface.co/docs/peft", "Naslag", "software", "Noor El Amrani",
  "", "Geen artikel: de library die we in de practica gebruiken. LoraConfig, get_peft_model, enz.", "", 0, "false"),
 (7, "[[T:deb]]", "https://arxiv.org/abs/2006.03654", "Besproken", "basismodel, attentie", "Pieter-Jan Claes", "01/02/2024",
  "Ons basismodel voor de Nederlandse classificatietaken (we gebruiken de v3-checkpoint). Ontvlochten attentie: "
  "inhoud en positie apart. Voor de PEFT-experimenten vooral relevant vanwege de \"enhanced mask decoder\".", "", 4, "true"),
 (8, "[[T:ptun]]", "", "Besproken", "prompts, P-tuning", "Noor El Amrani", "08/02/2024",
  "P-tuning: continue prompt-embeddings met een kleine prompt-encoder (LSTM). arXiv:2103.10385 — let op: v1 en v2 "
  "verschillen nogal, wij bespreken v2.", "https://github.com/THUDM/P-tuning", 3, "true"),
 (11, "[[T:ada]]", "https://arxiv.org/pdf/2303.10512.pdf", "Bezig", "LoRA, rangbudget", "Lotte Jansen", "15/02/2024",
  "LoRA in SVD-vorm; onbelangrijke singuliere waarden worden gesnoeid zodat het rangbudget naar de belangrijke "
  "matrices gaat. Vraag voor de bespreking: hoe gevoelig is het voor het budgetschema?", "", 0, "false"),
 (12, "[[T:ia3]]", "", "Te lezen", "(IA)³, few-shot, T-Few", "Sanne de Vries", "22/02/2024",
  "NeurIPS 2022. (IA)³: activaties herschalen met geleerde vectoren. Claim: goedkoper én beter dan in-context learning.",
  "", 0, "false"),
 (13, "Blogpost: LoRA en QLoRA in de praktijk (Sebastian Raschka)", "https://magazine.sebastianraschka.com/", "Naslag",
  "blog", "Thijs Bakker", "", "Blogpost, geen artikel. Goede praktische tips over rang en alpha.", "", 0, "false"),
 (15, "[[T:autod]]", "", "Te lezen", "regularisatie, dropout", "Pieter-Jan Claes", "29/02/2024",
  "Geen PEFT, maar relevant voor overfitting bij finetunen op kleine data: dropout-patronen leren met een "
  "controller (AAAI 2021).", "", 0, "false"),
 (16, "[[T:adamw]]", "", "Te lezen", "optimalisatie, AdamW", "Lotte Jansen", "07/03/2024",
  "AdamW. Iedereen gebruikt het, bijna niemand heeft het gelezen. ICLR 2019. Weight decay ≠ L2-regularisatie bij Adam.",
  "", 0, "false"),
 (18, "Cursus: CS224N (Stanford), college over finetuning", "https://web.stanford.edu/class/cs224n/", "Naslag", "cursus",
  "Noor El Amrani", "", "Cursus, geen artikel — voor de nieuwe masterstudenten.", "", 0, "false"),
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEADER)
for r in ROWS:
    w.writerow([fill(str(x), ids) for x in r])
text = buf.getvalue()
if __name__ == "__main__":
    cells = "\n".join(c for row in csv.reader(io.StringIO(text)) for c in row)
    write_only(F, text, keys(F), [cells])
