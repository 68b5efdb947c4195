#!/usr/bin/env python3
"""2047: an ngspice netlist (`attn_xbar.cir` of an invented analog attention crossbar), Spanish `*` comments: arXiv
links (`/abs/`, `/pdf/…v2`, `http://`) and one OpenReview forum link in comments, one id in text, three titles alone,
and non-papers (a repository, the ngspice manual, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2047)
TXT = f'''Crossbar analogico para atencion lineal - celda 4x4 (proyecto "atenea-xbar")
* ============================================================================
* attn_xbar.cir - simulacion transitoria de una fila del crossbar de atencion
* Autora: Lucía Fernández Ortega <lucia.fernandez@atenea-xbar.example.es>
* Repositorio: https://github.com/atenea-xbar/atenea-xbar (rama sim/ngspice)
* Ejecutar: ngspice -b attn_xbar.cir -o sim/attn_xbar.log
* ============================================================================
*
* Por qué un crossbar: la atención exacta cuesta O(n^2) en memoria; lo que
* queremos reproducir en analógico son las aproximaciones de bajo rango:
*   {T("2006.04768")}
*   https://arxiv.org/abs/2006.04768
*   {T("2004.05150")} -> https://arxiv.org/pdf/2004.05150v2
* y, como referencia digital para el paper del grupo,
*   {T("2205.14135")}
*   (http://arxiv.org/abs/2205.14135)
* Banco de pruebas de secuencias largas que usaremos para comparar:
*   {T("2011.04006")}
*   https://openreview.net/forum?id={OR("2011.04006")}
* El bloque de estado (C_state) sigue la idea de {T("2312.00752")}
* (arXiv:2312.00752), con el condensador como memoria de la recurrencia.
*
* Lecturas pendientes para la reunión del jueves (sin enlace, buscar en la
* carpeta compartida):
*   - {T("2006.03236")}
*   - {T("1904.10509")}
*   - {T("2008.07669")}
* Manual de ngspice (cap. 17, control interactivo): https://ngspice.sourceforge.io/docs.html
* Libro: Razavi, "Design of Analog CMOS Integrated Circuits", 2a ed., cap. 3.
* Charla del seminario: https://video.atenea-xbar.example.es/charla/2024-09
* ============================================================================

.include models/ptm45_nmos.lib
.include models/memristor_ideal.lib
.param vdd=1.0 vread=0.2 gon=100u goff=1u
.param cstate=2p tstep=1n tstop=2u
.option temp=27 reltol=1e-4

* --- fuente de consulta (q) y claves (k) ------------------------------------
Vdd vdd 0 DC {{vdd}}
Vq1 q1 0 PULSE(0 {{vread}} 10n 1n 1n 200n 400n)
Vq2 q2 0 PULSE(0 {{vread}} 60n 1n 1n 200n 400n)

* --- celdas del crossbar: conductancia = peso k_ij ---------------------------
.subckt xcell in out gval=50u
Rcell in out R={{1/gval}}
.ends xcell

Xc11 q1 col1 xcell gval={{gon}}
Xc12 q1 col2 xcell gval={{goff}}
Xc21 q2 col1 xcell gval={{goff}}
Xc22 q2 col2 xcell gval={{gon}}

* --- integrador de estado (un condensador por columna) ----------------------
Rs1 col1 st1 10k
Cst1 st1 0 {{cstate}}
Rs2 col2 st2 10k
Cst2 st2 0 {{cstate}}
M1 out1 st1 0 0 nmos45 W=0.5u L=45n
Rl1 vdd out1 20k
M2 out2 st2 0 0 nmos45 W=0.5u L=45n
Rl2 vdd out2 20k

.control
set filetype=ascii
tran {{tstep}} {{tstop}}
meas tran vmax1 MAX v(st1)
meas tran vmax2 MAX v(st2)
wrdata sim/attn_xbar.dat v(st1) v(st2) v(out1) v(out2)
echo "fila simulada: ver sim/attn_xbar.dat"
quit
.endc

.end
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
