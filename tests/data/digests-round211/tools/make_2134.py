#!/usr/bin/env python3
"""2134: a Nagios Core object configuration file (`objects/inferenta.cfg`: `#` comment lines and `;` inline
comments, `define host{ … }`, `define hostgroup`, four `define service` blocks with `use`, `host_name`,
`service_description`, `check_command` with `!` arguments, `notes` and `notes_url`, a `define command`) of an invented
Romanian inference cluster for quantized models: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`,
`http://`) in `notes_url` values and comments, one `arXiv:NNNN.NNNNN` in a `notes` value, titles alone in `notes` and
comments; non-papers (a book, the Nagios docs, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2134)
TXT = fill(r'''###############################################################################
# INFERENTA.CFG - definitii pentru clusterul de inferenta (modele cuantizate)
#
# Intretinut de: Andrei-Mihai Popescu <andrei.popescu@inferenta-lab.example.ro>
# Depozit: https://github.com/inferenta-lab/nagios-inferenta
# Documentatie: https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/objectdefinitions.html
# Carte: Hennessy & Patterson, "Computer Architecture: A Quantitative Approach"
# Prezentare: https://video.inferenta-lab.example.ro/prezentari/2024-05
###############################################################################

define host{
        use                     linux-server            ; sablonul standard
        host_name               inf-gpu-01
        alias                   Nod inferenta GPU 01
        address                 10.31.2.21
        }

define host{
        use                     linux-server
        host_name               inf-gpu-02
        alias                   Nod inferenta GPU 02
        address                 10.31.2.22
        }

define hostgroup{
        hostgroup_name          inferenta
        alias                   Cluster inferenta
        members                 inf-gpu-01,inf-gpu-02
        }

# Modelul de 4 biti: [[T:2210.17323]]
#   https://arxiv.org/abs/2210.17323
define service{
        use                     generic-service
        host_name               inf-gpu-01
        service_description     API GPTQ 4bit
        check_command           check_http_port!8000!/health
        notes                   [[T:2210.17323]]
        notes_url               https://arxiv.org/pdf/2210.17323v2
        }

define service{
        use                     generic-service
        host_name               inf-gpu-01
        service_description     API int8
        check_command           check_http_port!8001!/health
        notes                   [[T:2208.07339]]
        notes_url               http://arxiv.org/abs/2208.07339
        }

define service{
        use                     generic-service
        host_name               inf-gpu-02
        service_description     Decodare speculativa
        check_command           check_http_port!8002!/health
        notes                   [[T:2211.17192]]
        notes_url               https://arxiv.org/abs/2211.17192
        }

define service{
        use                     generic-service
        host_name               inf-gpu-02
        service_description     Adaptoare DoRA
        check_command           check_http_port!8003!/adapters
        notes                   Adaptoare antrenate cu [[T:2402.09353]] (arXiv:2402.09353), fp16
        }

# Antrenarea in fp16: [[T:1710.03740]] -- https://openreview.net/forum?id=[[ID:OR]]
# De citit inainte de extinderea la context lung (doar titluri):
#   [[T:2004.05150]]
#   [[T:2105.06548]]
#   [[T:2001.04451]]

define command{
        command_name            check_http_port
        command_line            $USER1$/check_http -H $HOSTADDRESS$ -p $ARG1$ -u $ARG2$ -w 2 -c 5
        }
''', {"OR": "r1gs9JgRZ"})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
