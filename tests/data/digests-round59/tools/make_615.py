#!/usr/bin/env python3
"""615: an RO-Crate 1.1 metadata file (ro-crate-metadata.json, JSON-LD, indent 2): @context, @graph with the
metadata descriptor (conformsTo RO-Crate 1.1, about ./), the root Dataset (name, description, datePublished, license,
author, hasPart, citation, mentions), File / Dataset parts, SoftwareApplication and Person / Organization entities,
and ScholarlyArticle entities for the cited papers (arXiv URL as @id, or a local #id with only a name). Spanish
research object of a master's thesis on optimisation and training of neural networks."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import F615, keys, GLOROT, DBN

def people(k):
    return [{"@id": "#" + a.lower().replace(" ", "-").replace(".", "")} for a in CAT[key_of(k)]["authors"][:3]]

graph = [
 {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"},
  "about": {"@id": "./"}},
 {"@id": "./", "@type": "Dataset",
  "name": "Código y resultados del TFM «Planitud, robustez y búsqueda de arquitecturas en redes pequeñas»",
  "description": "Paquete de investigación (RO-Crate) del trabajo fin de máster: scripts de entrenamiento, "
                 "configuraciones, registros de experimentos y figuras. Los artículos citados en la memoria se "
                 "describen como entidades ScholarlyArticle; el código de terceros, como SoftwareApplication.",
  "datePublished": "2024-03-15", "inLanguage": "es", "license": {"@id": "https://creativecommons.org/licenses/by/4.0/"},
  "keywords": ["optimización", "minimización consciente de la nitidez", "búsqueda de arquitecturas", "condensación de datos"],
  "author": [{"@id": "#lucia-ferrer"}], "publisher": {"@id": "#univ-levante"},
  "hasPart": [{"@id": "src/"}, {"@id": "configs/sam_cifar10.yaml"}, {"@id": "results/tabla_4_2.csv"},
              {"@id": "figures/paisaje_perdida.png"}, {"@id": "memoria_tfm.pdf"}],
  "citation": [{"@id": "https://arxiv.org/abs/2010.01412"}, {"@id": "https://arxiv.org/abs/2006.14536"},
               {"@id": "#glorot2010"}, {"@id": "#ma2021"}, {"@id": "https://arxiv.org/abs/2006.03656"},
               {"@id": "#wang2021"}, {"@id": "https://arxiv.org/abs/2006.05929"}, {"@id": "#hinton2006"}],
  "mentions": [{"@id": "https://pytorch.org/"}, {"@id": "https://github.com/davda54/sam"}]},
 {"@id": "src/", "@type": "Dataset", "name": "Código fuente",
  "description": "Bucle de entrenamiento con SAM, inicialización de pesos y búsqueda de arquitecturas (Python 3.11)."},
 {"@id": "configs/sam_cifar10.yaml", "@type": "File", "name": "Configuración SAM en CIFAR-10",
  "encodingFormat": "application/yaml", "description": "rho=0.05, lr=0.1, 200 épocas, WideResNet-16-8."},
 {"@id": "results/tabla_4_2.csv", "@type": "File", "name": "Tabla 4.2 de la memoria", "encodingFormat": "text/csv",
  "description": "Precisión en test y nitidez estimada para SGD, SAM y entrenamiento adversarial suave."},
 {"@id": "figures/paisaje_perdida.png", "@type": "File", "name": "Figura 3.1: paisaje de pérdida",
  "encodingFormat": "image/png", "description": "Cortes 2D del paisaje de pérdida (estilo de visualización por "
  "direcciones normalizadas por filtro)."},
 {"@id": "memoria_tfm.pdf", "@type": "File", "name": "Memoria del TFM (PDF)", "encodingFormat": "application/pdf",
  "description": "Documento final entregado el 1 de marzo de 2024; defensa el 14 de marzo de 2024."},
 # cited papers
 {"@id": "https://arxiv.org/abs/2010.01412", "@type": "ScholarlyArticle", "name": T("2010.01412"),
  "author": people("2010.01412"), "datePublished": "2021", "publication": "ICLR 2021",
  "description": "Base del capítulo 3: minimizar la pérdida en el peor caso dentro de una bola de radio rho."},
 {"@id": "https://arxiv.org/abs/2006.14536", "@type": "ScholarlyArticle", "name": T("2006.14536"),
  "author": people("2006.14536"), "datePublished": "2020",
  "description": "Activaciones suaves (SiLU, GELU) en entrenamiento adversarial; comparación en la sección 4.3."},
 {"@id": "#glorot2010", "@type": "ScholarlyArticle", "name": GLOROT, "author": people(GLOROT),
  "datePublished": "2010", "publication": "AISTATS 2010",
  "description": "Inicialización de pesos; se usa como referencia para la inicialización por defecto."},
 {"@id": "#ma2021", "@type": "ScholarlyArticle", "name": T("2103.13462"), "author": people("2103.13462"),
  "identifier": "arXiv:2103.13462", "datePublished": "2021",
  "description": "Capítulo de apuntes sobre optimización no convexa; marco teórico de la sección 2.2."},
 {"@id": "https://arxiv.org/abs/2006.03656", "@type": "ScholarlyArticle", "name": T("2006.03656"),
  "author": people("2006.03656"), "datePublished": "2020",
  "description": "Búsqueda conjunta de hiperparámetros y arquitectura; inspira el experimento del capítulo 5."},
 {"@id": "#wang2021", "@type": "ScholarlyArticle", "name": T("2108.04392"), "author": people("2108.04392"),
  "datePublished": "2021", "publication": "ICLR 2021",
  "description": "Selección de arquitectura en DARTS basada en perturbaciones, en lugar de la magnitud de alfa."},
 {"@id": "https://arxiv.org/abs/2006.05929", "@type": "ScholarlyArticle", "name": T("2006.05929"),
  "author": people("2006.05929"), "datePublished": "2021", "publication": "ICLR 2021",
  "description": "Conjuntos sintéticos pequeños para acelerar la búsqueda de arquitecturas (capítulo 5)."},
 {"@id": "#hinton2006", "@type": "ScholarlyArticle", "name": DBN, "author": people(DBN),
  "datePublished": "2006", "publication": "Neural Computation 18(7)",
  "description": "Contexto histórico del preentrenamiento capa a capa (introducción)."},
 # software and people
 {"@id": "https://pytorch.org/", "@type": "SoftwareApplication", "name": "PyTorch", "version": "2.2.1",
  "description": "Biblioteca de aprendizaje profundo (software, no artículo)."},
 {"@id": "https://github.com/davda54/sam", "@type": "SoftwareApplication", "name": "sam (implementación PyTorch)",
  "description": "Implementación no oficial del optimizador SAM usada como punto de partida."},
 {"@id": "#lucia-ferrer", "@type": "Person", "name": "Lucía Ferrer Albiol", "email": "lferrer@alumnos.univ-levante.example",
  "affiliation": {"@id": "#univ-levante"}},
 {"@id": "#univ-levante", "@type": "Organization", "name": "Universidad del Levante (ficticia)",
  "url": "https://www.univ-levante.example/"},
 {"@id": "https://creativecommons.org/licenses/by/4.0/", "@type": "CreativeWork", "name": "CC BY 4.0"},
]
for k in ["2010.01412", "2006.14536", GLOROT, "2103.13462", "2006.03656", "2108.04392", "2006.05929", DBN]:
    for a in CAT[key_of(k)]["authors"][:3]:
        pid = "#" + a.lower().replace(" ", "-").replace(".", "")
        if not any(e["@id"] == pid for e in graph):
            graph.append({"@id": pid, "@type": "Person", "name": a})
text = json.dumps({"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": graph}, indent=2, ensure_ascii=False) + "\n"
write_only(F615, text, keys(F615))
