#!/usr/bin/env python3
"""2131: a Munin plugin (a `#!/bin/sh` script with no extension: the POD documentation in a `: << =cut` block, the
`#%# family=` / `#%# capabilities=` magic markers, `autoconf` and `config` branches echoing `graph_*` and
`field.label` lines, and the fetch branch) of an invented Danish lab graphing evaluation loss against a scaling-law
fit: arXiv links (`/abs/`, `/pdf/…v2`, `http://`) under POD's REFERENCES, one `arXiv:NNNN.NNNNN` in a comment, titles
alone in the POD and comments; non-papers (a book, Munin's docs, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2131)
TXT = fill(r'''#!/bin/sh
# -*- sh -*-

: << =cut

=head1 NAME

llm_evalloss - plot evalueringstab for sprogmodellerne mod en skaleringslov-fit

=head1 CONFIGURATION

  [llm_evalloss]
  env.logdir /srv/traening/logs
  env.fit_alpha 0.076

=head1 NOTES

Plugin'et læser den seneste linje i hver F<*.evalloss> under logdir. Fittet er
det fra [[T:2001.08361]] (potenslov i parametre); vi
sammenligner med tallene i "[[T:2204.02311]]" og
"[[T:2307.09288]]".

Til læsegruppen (kun titler, ingen links endnu):
[[T:GPT2]];
[[T:2206.07682]];
[[T:1910.10683]];
[[T:2207.05221]].

=head1 REFERENCES

  https://arxiv.org/abs/2001.08361
  https://arxiv.org/pdf/2204.02311v2
  http://arxiv.org/abs/2307.09288
  Munin-dokumentation: https://guide.munin-monitoring.org/en/latest/plugin/writing.html
  Bog: Jurafsky & Martin, "Speech and Language Processing" (3. udg., udkast)
  Foredrag: https://video.skala-lab.example.dk/foredrag/2024-02

=head1 AUTHOR

Mads Kjærgaard Holm <mads.holm@skala-lab.example.dk>
(https://github.com/skala-lab/munin-llm)

=head1 LICENSE

GPLv2

=head1 MAGIC MARKERS

 #%# family=manual
 #%# capabilities=autoconf

=cut

LOGDIR=${logdir:-/srv/traening/logs}
ALPHA=${fit_alpha:-0.076}

case $1 in
    autoconf)
        if [ -d "$LOGDIR" ]; then
            echo yes
        else
            echo "no (no $LOGDIR)"
        fi
        exit 0
        ;;
    config)
        echo "graph_title Evalueringstab mod skaleringslov"
        echo "graph_vlabel tab (nats/token)"
        echo "graph_category ml"
        echo "graph_args --base 1000 --lower-limit 1.5"
        echo "graph_info Sparse MoE-kørslen følger [[T:2101.03961]] (arXiv:2101.03961)."
        echo "dense.label tæt 1.3B"
        echo "dense.draw LINE2"
        echo "moe.label MoE 8x"
        echo "moe.draw LINE2"
        echo "fit.label skaleringslov-fit"
        echo "fit.draw LINE1"
        exit 0
        ;;
esac

for f in dense moe; do
    printf '%s.value %s\n' "$f" "$(tail -n 1 "$LOGDIR/$f.evalloss" 2>/dev/null | cut -d' ' -f2)"
done
printf 'fit.value %s\n' "$(awk -v a="$ALPHA" 'BEGIN { printf "%.3f", (8.8e13 / 1.3e9) ^ a }')"
''', {"GPT2": "Language Models are Unsupervised Multitask Learners"})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
