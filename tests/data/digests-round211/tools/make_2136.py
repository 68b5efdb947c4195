#!/usr/bin/env python3
"""2136 (negative): a METAFONT source file (`.mf`: `%` comments, `mode_setup;`, `em#`-style sharp units with
`define_pixels`, two `beginchar … endchar;` glyphs with `pickup`, `z` points and `draw`, `end`) of an invented Dutch
type-design course, the comments naming software (METAFONT, mftrace, FontForge, gftodvi), datasets (EMNIST, Google
Fonts' collection), books (Knuth's "The METAFONTbook" and "Computer Modern Typefaces") and a talk, no paper; the
builder refuses any catalogue title and anything arXiv-shaped. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(2136)
TXT = r'''% lettrs.mf -- letters A en o voor de cursus Digitale Typografie (blok 4, 2024)
% Docent: Sanne de Vries-Bakker <sanne.devries@letterlab.example.nl>
% Repository: https://github.com/letterlab/cursus-metafont
%
% Software: METAFONT (in TeX Live 2024), gftodvi voor proefafdrukken,
%           mftrace om naar Type 1 te converteren, FontForge om na te kijken.
% Datasets ter vergelijking: EMNIST (letters), de Google Fonts-collectie.
% Boeken: Knuth, "The METAFONTbook"; Knuth, "Computer Modern Typefaces"
%         (deel E van Computers & Typesetting).
% Gastcollege: https://video.letterlab.example.nl/colleges/2024-04
%
% Gebruik: mf '\mode=localfont; input lettrs'   daarna   gftodvi lettrs.600gf

mode_setup;
em# := 10pt#; cap# := 7pt#; xh# := 4.5pt#; thin# := 0.4pt#; thick# := 0.9pt#;
define_pixels(em, cap, xh, thin, thick);

beginchar("A", 13pt#, cap#, 0);          % hoofdletter A
  pickup pencircle scaled thick;
  z1 = (0, 0); z2 = (w/2, h); z3 = (w, 0);
  draw z1 -- z2 -- z3;
  pickup pencircle scaled thin;
  draw (w/4, h/3) -- (3w/4, h/3);
  labels(1, 2, 3);
endchar;

beginchar("o", 9pt#, xh#, 0);            % kleine letter o
  pickup pencircle xscaled thick yscaled thin rotated 30;
  z4 = (w/2, h); z5 = (0, h/2); z6 = (w/2, 0); z7 = (w, h/2);
  draw z4 .. z5 .. z6 .. z7 .. cycle;
  labels(4, 5, 6, 7);
endchar;

end
'''

if __name__ == "__main__":
    write(F, TXT, negative=True)
