#!/usr/bin/env python3
"""2132: a Test Anything Protocol stream (TAP version 13, as a harness saves it with `prove --archive` or
`node-tap --reporter=tap`: the version line, the plan, `ok` / `not ok` lines numbered in order, `# TODO` and `# SKIP`
directives, `#` diagnostics, YAML blocks between `  ---` and `  ...`) of an invented Greek tokenizer and embedding
test suite: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v5`, `http://`) in diagnostics and YAML
`reference` fields, one `arXiv:NNNN.NNNNN` in a test description, titles alone in test descriptions and a diagnostic;
non-papers (a book, the TAP spec, the repository, a talk). The plan is computed. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2132)
# (ok?, description, directive, diagnostics lines, yaml lines)
TESTS = [
    (True, "φόρτωση λεξιλογίου (32000 τεμάχια)", "", [], []),
    (True, "συγχωνεύσεις BPE όπως στο [[T:1508.07909]]", "",
     ["# αναφορά: https://arxiv.org/abs/1508.07909"], []),
    (False, "ομοιότητα συνημιτόνου word2vec: βασιλιάς - άνδρας + γυναίκα", "",
     [], ["  ---", "  message: 'αναμενόταν βασίλισσα στις 5 πρώτες, βρέθηκε στη θέση 7'",
          "  severity: fail", "  reference: 'https://arxiv.org/pdf/1301.3781v3'",
          "  paper: '[[T:1301.3781]]'", "  ..."]),
    (True, "ενσωματώσεις προτάσεων, διασιαμέζικο δίκτυο", "",
     ["# [[T:1908.10084]]", "# http://arxiv.org/abs/1908.10084"], []),
    (True, "ELMo: [[T:1802.05365]] (arXiv:1802.05365), στρώματα biLM", "", [], []),
    (True, "μη αυτοπαλίνδρομη αποκωδικοποίηση με δειγματοληψία glancing", "",
     [], ["  ---", "  reference: 'https://openreview.net/forum?id=[[ID:OR]]'",
          "  paper: '[[T:2008.07905]]'", "  duration_ms: 412", "  ..."]),
    (True, "συμβατότητα με το tokenizer των [[T:1910.03771]]", "# SKIP δεν υπάρχει δίκτυο στο CI", [], []),
    (False, "πλήρης κάλυψη μασκών όπως στο \"[[T:2010.06040]]\"", "# TODO δεν έχει υλοποιηθεί", [], []),
    (True, "βαθμολογία cloze με ενέργεια", "",
     ["# βλ. [[T:2012.08561]] -- μόνο ο τίτλος στη λίστα ανάγνωσης"], []),
]


def build():
    out = ["TAP version 13", f"1..{len(TESTS)}",
           "# σουίτα: lexi-tok 0.9.2 -- Ευαγγελία Μαυρίδου <evangelia.mavridou@lexi-lab.example.gr>",
           "# αποθετήριο: https://github.com/lexi-lab/lexi-tok",
           "# προδιαγραφή TAP: https://testanything.org/tap-version-13-specification.html",
           "# βιβλίο: Jurafsky & Martin, Speech and Language Processing -- ομιλία: https://video.lexi-lab.example.gr/omilies/2024-04"]
    for n, (ok, desc, directive, diag, yaml) in enumerate(TESTS, 1):
        line = f"{'ok' if ok else 'not ok'} {n} - {fill(desc, {})}"
        if directive: line += " " + directive
        out.append(line)
        out += [fill(d, {}) for d in diag]
        out += [fill(y, {"OR": "ZaYZfu8pT_N"}) for y in yaml]
    failed = [str(n) for n, t in enumerate(TESTS, 1) if not t[0] and "# TODO" not in t[2]]
    out.append(f"# αποτυχημένα: {', '.join(failed)} από {len(TESTS)}")
    return "\n".join(out) + "\n"


TXT = build()

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
