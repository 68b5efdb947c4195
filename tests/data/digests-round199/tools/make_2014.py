#!/usr/bin/env python3
"""2014: a TinTin++ script (`~/.tintin/anagnosi.tin`, loaded with `#read`), Greek: arXiv links (`/abs/`, `/pdf/…v5`,
`http://`) in #showme texts and #nop comments, one id in text, four titles alone (three not on arXiv), #class, #config,
#session, #alias, #action, #variable, #highlight; and non-papers (a repository, a book, a dataset, docs, a talk).
Four-space indentation inside braces, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, DBN, ALEXNET

F = by_num(2014)
TXT = f'''#nop ===================================================================;
#nop  anagnosi.tin — ο κύκλος ανάγνωσης του MUD "Βιβλιοθήκη" (Νίκος Παπαδάκης, nikpap);
#nop  Φόρτωση: #read ~/.tintin/anagnosi.tin;
#nop  Κώδικας: https://github.com/nikpap/tintin-anagnosi;
#nop ===================================================================;

#class {{anagnosi}} {{open}}

#config {{COLOR MODE}} {{256}}
#config {{SPEEDWALK}} {{OFF}}

#session {{vivliothiki}} {{mud.vivliothiki.example.gr}} {{4000}}

#nop Τα άρθρα της εβδομάδας, ένα ψευδώνυμο για το καθένα;
#variable {{arthra[resnet]}} {{{T("1512.03385")}  https://arxiv.org/abs/1512.03385}}
#variable {{arthra[prelu]}} {{{T("1502.01852")}  http://arxiv.org/abs/1502.01852}}
#variable {{arthra[effnet]}} {{{T("1905.11946")}  https://arxiv.org/pdf/1905.11946v5}}
#variable {{arthra[autohas]}} {{{T("2006.03656")} (arXiv 2006.03656)}}

#alias {{arthra}}
{{
    #showme {{<178>Άρθρα του κύκλου:<088>}};
    #foreach {{*arthra[]}} {{a}}
    {{
        #showme {{  $a: $arthra[$a]}}
    }}
}}

#alias {{klassika}}
{{
    #showme {{<138>Κλασικά για την Πέμπτη:<088>}};
    #showme {{  {GLOROT}}};
    #showme {{  {DBN}}};
    #showme {{  {ALEXNET}}}
}}

#nop Όταν κάποιος ρωτήσει στο κανάλι "τι διαβάζουμε", απάντησε με το άρθρο της εβδομάδας;
#action {{%1 λέει στο κανάλι 'τι διαβάζουμε%*'}}
{{
    chat Αυτή την εβδομάδα: $arthra[resnet]. Μετά: {T("2103.13462")}.
}} {{5}}

#highlight {{arxiv.org}} {{<fca>}}
#highlight {{%*ImageNet%*}} {{bold cyan}}

#nop Όχι άρθρα: το βιβλίο του Szeliski, το σύνολο δεδομένων ImageNet / ILSVRC,;
#nop  το εγχειρίδιο https://tintin.mudhalla.net/manual/ και η ομιλία https://video.vivliothiki.example.gr/omilia/2024-12;

#class {{anagnosi}} {{close}}
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
