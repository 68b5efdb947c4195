#!/usr/bin/env python3
"""950: the Markdown source of a Franklin.jl blog post (`blog/pera-apo-tin-prosochi.md`) by a Greek PhD student:
`@def` page variables (Julia literals: strings, vectors, `Date(…)`, booleans), a `\\newcommand`, `{{fill title}}`,
`\\toc`, `$$…$$` maths, an evaluated code block (```` ```julia:./code/rfa ````) with `\\output{…}`, `@@note … @@` and
`@@ref … @@` divs, a raw-HTML `~~~ … ~~~` block, `\\citet{…}` / `\\cite{…}` with `\\biblabel{…}{…}` definitions in
the references, footnotes. LF, a final newline. The Dodrio demo page, the state-spaces repository and the
fla-org library are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(950)
K = dict(perf="2009.14794", rfa="2103.02143", synth="2005.00743", mamba="2312.00752", retnet="2307.08621",
         graph="2106.05234", dodrio="2103.14625", convnet="2010.08515")

text = r'''@def title = "Πέρα από την προσοχή: σημειώσεις ανάγνωσης"
@def published = "12 Μαρτίου 2024"
@def rss_description = "Πυρήνες, τυχαία χαρακτηριστικά, συνθετική προσοχή, SSM και retention — τι κρατάω από έναν χειμώνα διαβάσματος."
@def rss_pubdate = Date(2024, 3, 12)
@def tags = ["transformers", "attention", "ssm", "σημειώσεις"]
@def hasmath = true
@def hascode = true
@def mintoclevel = 2
@def maxtoclevel = 3

\newcommand{\softmax}{\mathrm{softmax}}

# {{fill title}}

\toc

Όλο τον χειμώνα η ομάδα ανάγνωσης του εργαστηρίου (Τρίτες, 17:00, αίθουσα Β2) διάβαζε δουλειές που προσπαθούν να
ξεφύγουν από το τετραγωνικό κόστος της προσοχής. Εδώ κρατάω σημειώσεις, κυρίως για τον εαυτό μου· αν βρείτε λάθος,
γράψτε μου.

## Το πρόβλημα σε μία γραμμή

$$ \mathrm{Attn}(Q,K,V) = \softmax\left(\frac{QK^\top}{\sqrt{d}}\right)V, \qquad \text{κόστος } O(n^2 d). $$

Για $n = 32\,000$ tokens ο πίνακας $QK^\top$ δεν χωράει πουθενά. Οι λύσεις χωρίζονται χοντρικά σε τρεις οικογένειες:
προσέγγιση του πυρήνα, αντικατάσταση της προσοχής με κάτι «συνθετικό», και επιστροφή σε αναδρομικά μοντέλα.

## Πυρήνες και τυχαία χαρακτηριστικά

Το [[[T:perf]]](https://openreview.net/forum?id=Ua6zuk0WRH) (ICLR 2021) γράφει το $\exp(q^\top k)$ ως αναμενόμενη τιμή
θετικών τυχαίων χαρακτηριστικών (FAVOR+), οπότε η προσοχή γίνεται γραμμική ως προς $n$. Παρόμοια ιδέα, με πύλη
(gating) για αναδρομική χρήση, έχει το «[[T:rfa]]» του \citet{peng2021} — το φόρουμ στο OpenReview
(<https://openreview.net/forum?id=QtTKTdVrFBB>) αξίζει για τις κριτικές, που ρωτούν ακριβώς αυτό που ρώτησα κι εγώ:
πόσα χαρακτηριστικά χρειάζονται στην πράξη;

Έγραψα ένα μικρό πείραμα σε Julia για να το δω:

```julia:./code/rfa
using LinearAlgebra, Random
Random.seed!(42)
n, d, D = 512, 64, 256
Q, K = randn(n, d) ./ d^0.25, randn(n, d) ./ d^0.25
W = randn(D, d)
φ(X) = exp.(X * W' .- sum(abs2, X; dims=2) ./ 2) ./ sqrt(D)
exact  = exp.(Q * K')
approx = φ(Q) * φ(K)'
println("σχετικό σφάλμα: ", round(norm(exact - approx) / norm(exact), digits=3))
```

\output{./code/rfa}

@@note
**Σημείωση.** Με $D = 256$ το σφάλμα είναι ακόμη μεγάλο για μεγάλες νόρμες· γι' αυτό και οι συγγραφείς επαναδειγματοληπτούν
τα $W$ κατά την εκπαίδευση.
@@

## Χρειαζόμαστε καν το $QK^\top$;

Το [[[T:synth]]](https://arxiv.org/abs/2005.00743) δείχνει ότι πίνακες προσοχής που δεν εξαρτώνται καν από τα ζεύγη
tokens (Random Synthesizer) τα πάνε απροσδόκητα καλά σε μετάφραση. Για μένα αυτό ήταν το πιο ενοχλητικό αποτέλεσμα του
χειμώνα[^1].

## Αναδρομή, ξανά

Η οικογένεια που κέρδισε το ενδιαφέρον μας είναι τα μοντέλα κατάστασης. Το \citet{gu2023} προσθέτει επιλεκτικότητα
(παράμετροι που εξαρτώνται από την είσοδο) σε ένα SSM και το τρέχει με παράλληλο scan στη GPU. Κώδικας:
<https://github.com/state-spaces/mamba> (αποθετήριο, όχι δημοσίευση). Λίγο πιο «transformer» στη διάθεση είναι το
\citet{sun2023}: η retention έχει παράλληλη μορφή για εκπαίδευση και αναδρομική για inference, με σταθερό κόστος ανά
token. Και τα δύο τα συγκρίναμε με τη βιβλιοθήκη fla (<https://github.com/fla-org/flash-linear-attention>).

~~~
<div class="table-wrap">
<table>
<tr><th>μέθοδος</th><th>εκπαίδευση</th><th>inference ανά token</th><th>μνήμη κατάστασης</th></tr>
<tr><td>softmax attention</td><td>O(n²)</td><td>O(n)</td><td>KV cache</td></tr>
<tr><td>FAVOR+ / RFA</td><td>O(n)</td><td>O(1)</td><td>D × d</td></tr>
<tr><td>Mamba</td><td>O(n), scan</td><td>O(1)</td><td>d × N</td></tr>
<tr><td>RetNet</td><td>O(n²) ή chunkwise</td><td>O(1)</td><td>d × d ανά κεφαλή</td></tr>
</table>
</div>
~~~

## Επαγωγική προκατάληψη: γιατί δεν είναι μόνο θέμα κόστους

Δύο δημοσιεύσεις που διαβάσαμε «εκτός θέματος» μου άλλαξαν το πώς βλέπω όλα τα παραπάνω. Το «[[T:convnet]]» \cite{li2021}
αποδεικνύει ένα χάσμα δειγματικής πολυπλοκότητας ανάμεσα σε συνελικτικά και πλήρως συνδεδεμένα δίκτυα — η δομή δεν
είναι διακόσμηση. Και το *[[T:graph]]* (Graphormer) δείχνει ότι ένας κοινός transformer πάει μια χαρά σε γράφους αρκεί
να του δώσεις τη δομή ως κωδικοποίηση (κεντρικότητα, αποστάσεις). Αν η προσοχή είναι τελικά ένας γενικός μηχανισμός
που «μαθαίνει» τη δομή, τότε κάθε γραμμική εναλλακτική κρίνεται και από το τι προκατάληψη χάνει ή προσθέτει.

@@ref
Για να δείτε τι κάνουν πραγματικά οι κεφαλές, δοκιμάστε το εργαλείο οπτικοποίησης από το «[[T:dodrio]]»
(demo: <https://poloclub.github.io/dodrio/>). Το χρησιμοποίησα στο σεμινάριο με τους προπτυχιακούς.
@@

## Αναφορές

* \biblabel{choromanski2021}{Choromanski κ.ά. (2021)} K. Choromanski κ.ά. [[T:perf]]. ICLR 2021.
* \biblabel{peng2021}{Peng κ.ά. (2021)} H. Peng, N. Pappas, D. Yogatama, R. Schwartz, N. A. Smith, L. Kong. [[T:rfa]]. ICLR 2021.
* \biblabel{tay2021}{Tay κ.ά. (2021)} Y. Tay κ.ά. [[T:synth]]. ICML 2021.
* \biblabel{gu2023}{Gu & Dao (2023)} A. Gu, T. Dao. [[T:mamba]]. arXiv:2312.00752.
* \biblabel{sun2023}{Sun κ.ά. (2023)} Y. Sun κ.ά. [[T:retnet]]. arXiv:2307.08621.
* \biblabel{li2021}{Li, Zhang & Arora (2021)} Z. Li, Y. Zhang, S. Arora. [[T:convnet]] ICLR 2021.
* \biblabel{ying2021}{Ying κ.ά. (2021)} C. Ying κ.ά. [[T:graph]] NeurIPS 2021.

[^1]: Η ομάδα δεν συμφώνησε· ο Νίκος θεωρεί ότι απλώς οι εργασίες μετάφρασης είναι «εύκολες» για τέτοιες συγκρίσεις.
'''


def fill(s):
    import re
    return re.sub(r"\[\[T:(\w+)\]\]", lambda m: T(K[m.group(1)]), s)


write_only(F, fill(text), keys(F))
