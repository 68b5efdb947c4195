#!/usr/bin/env python3
"""2151: an ABC notation tunebook (`polskor-modell.abc`, ABC 2.1: a file header with `%abc-2.1`, `%%` directives and
`%` comments, then three tunes, each with X: / T: / C: / O: / N: / H: / S: / Z: / M: / L: / Q: / K: headers and bars of
music, bar lengths agreeing with M: and L:) of an invented Swedish folk-music generation group, whose tunes were made by
a model and whose notes cite the papers behind it: arXiv links (`/abs/`, `/pdf/…v3`, `http://`, `/pdf/….pdf`) in N:
fields, one `arXiv:2302.05543` in an N: field, titles alone in `%` comments and an H: field; non-papers (abcm2ps,
EasyABC, The Session, a book, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2151)
TXT = fill(r'''%abc-2.1
%%pagewidth 21cm
%%scale 0.8
%%titlefont Times-Bold 18
%%composerfont Times-Italic 11
%
% polskor-modell.abc -- polskor och en vals som vår modell har skrivit (maj 2024)
% Elin Lindqvist <elin.lindqvist@folkmusik-lab.example.se>, Folkmusiklabbet
% Källkod och träningsdata: https://github.com/folkmusik-lab/polska-diffusion
% Träningsmaterialet är hämtat från The Session (thesession.org) och FolkWiki, se README i repot.
% Noterna sätts med abcm2ps 8.14 eller öppnas i EasyABC.
% Bok vi läser parallellt: Meinard Müller, "Fundamentals of Music Processing", kap. 5
% Presentationen från vårträffen: https://video.folkmusik-lab.example.se/foredrag/2024-05
%
% Läslista till nästa träff (bara titlar, ingen har PDF:erna ännu):
%   [[T:2208.01618]]
%   [[T:2208.12242]]

X:1
T:Polska efter modellen nr 1
C:genererad (steg 250 000), redigerad av E. Lindqvist
O:Sverige
N:Modellen bygger på [[T:2006.11239]],
N:https://arxiv.org/abs/2006.11239
N:och ljudversionen på [[T:2009.09761]] (https://arxiv.org/pdf/2009.09761v3).
Z:abc-transcription Elin Lindqvist
M:3/4
L:1/8
Q:1/4=112
K:Dm
|: A2 d2 f2 | e>d c2 A2 | B>c d2 g2 | f>e d2 A2 |
   A2 d2 f2 | e>d c2 A2 | B>A G2 E2 | D4 D2 :|
|: f2 a2 a2 | g>f e2 c2 | d>e f2 g2 | a4 A2 |
   f2 a2 a2 | g>f e2 c2 | B>A G2 E2 | D4 D2 :|

X:2
T:Polska efter modellen nr 2
T:(kortare samplingsschema)
C:genererad, oredigerad
N:Få steg i samplingen tack vare [[T:2303.01469]] -- http://arxiv.org/abs/2303.01469
N:Spektrogrammet i latent rum som i [[T:2112.10752]], https://arxiv.org/pdf/2112.10752.pdf
H:Melodin styrdes med en skiss av takterna, idén från
H:[[T:2302.05543]] (arXiv:2302.05543).
M:3/4
L:1/8
K:G
|: G2 B2 d2 | c>B A2 F2 | G>A B2 e2 | d4 B2 |
   c2 e2 c2 | B>A G2 B2 | A>G F2 A2 | G4 G2 :|

X:3
T:Vals till Gunnel (modellen + redigering)
C:genererad, redigerad av Gunnel Sjöberg
S:nattkörning 2024-05-11
% Redigeringen med textinstruktioner, i stil med
% [[T:2211.09800]]
M:3/4
L:1/4
K:A
|: E A c | e2 c | d B G | A3 |
   E A c | e2 a | g e B | A3 :|
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
