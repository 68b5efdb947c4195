#!/usr/bin/env python3
"""2112: a MapServer mapfile (`.map`) serving an invented land-cover layer over WMS, French `#` comments and
METADATA strings: arXiv links (`/abs/`, `/pdf/…v1`, `http://`, `/abs/…v1`), one `(arXiv:NNNN.NNNNN)` in text,
titles alone; non-papers (a book, MapServer docs, the repository, a talk). Two-space indentation by depth. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2112)
TXT = fill(r'''# occsol.map -- occupation du sol prédite (zéro-shot texte-image), service WMS du labo
# Responsable : Camille Durand-Lefèvre <camille.durand@carto-vision.example.fr>
# Dépôt : https://github.com/carto-vision/occsol-wms
# Doc MapServer 8 : https://mapserver.org/mapfile/
# Livre de référence : Longley et al., "Geographic Information Science and Systems"
# Exposé : https://video.carto-vision.example.fr/expose/2024-05
#
# Modèles texte-image derrière la couche "classes_zeroshot" :
#   [[T:2103.00020]]
#     https://arxiv.org/abs/2103.00020
#   [[T:2102.05918]]
#     https://arxiv.org/pdf/2102.05918v1
#   [[T:2303.15343]]
#     http://arxiv.org/abs/2303.15343
MAP
  NAME "occsol"
  STATUS ON
  EXTENT 100000 6050000 1250000 7120000
  SIZE 1024 768
  UNITS METERS
  IMAGECOLOR 255 255 255
  PROJECTION
    "init=epsg:2154"
  END
  WEB
    METADATA
      "wms_title" "Occupation du sol prédite"
      "wms_abstract" "Classes obtenues sans étiquettes ; légendes générées avec [[T:2304.08485]] (https://arxiv.org/abs/2304.08485v1)."
      "wms_onlineresource" "https://carto-vision.example.fr/cgi-bin/mapserv?map=/srv/cartes/occsol.map&"
      "wms_srs" "EPSG:2154 EPSG:4326 EPSG:3857"
      "wms_enable_request" "*"
    END
  END
  # Tête de classification affinée avec [[T:2004.11362]] (arXiv:2004.11362)
  LAYER
    NAME "classes_zeroshot"
    TYPE POLYGON
    STATUS ON
    DATA "/srv/cartes/donnees/occsol_2024.gpkg"
    CLASSITEM "classe"
    METADATA
      "wms_title" "Classes zéro-shot"
      "wms_abstract" "À comparer avec [[T:2106.13884]] et [[T:2011.04419]]."
    END
    CLASS
      NAME "Forêt"
      EXPRESSION "foret"
      STYLE
        COLOR 34 139 34
        OUTLINECOLOR 20 90 20
      END
    END
    CLASS
      NAME "Culture"
      EXPRESSION "culture"
      STYLE
        COLOR 240 220 130
      END
    END
  END
  # Piste robotique (drones) : [[T:2307.15818]]
END
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
