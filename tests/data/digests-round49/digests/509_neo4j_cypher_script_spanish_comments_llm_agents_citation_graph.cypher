// ==========================================================================
// grafo_agentes.cypher — grafo de lecturas del seminario "Agentes con LLM"
// Grupo de Sistemas Inteligentes, Universidad de Valmarina — curso 2024/25
// Cargar con:   cypher-shell -a neo4j://localhost:7687 -u neo4j -d lecturas -f grafo_agentes.cypher
// Mantenedora:  Lucía Arrieta Benítez <lucia.arrieta@example.es>
// Nota: el script es idempotente (todo con MERGE); se puede volver a ejecutar tras editar.
// ==========================================================================

:param semestre => '2024-2';
:param cargado_por => 'lucia.arrieta';

// ---------- restricciones e índices
CREATE CONSTRAINT paper_clave IF NOT EXISTS FOR (p:Paper) REQUIRE p.clave IS UNIQUE;
CREATE CONSTRAINT persona_alias IF NOT EXISTS FOR (m:Miembro) REQUIRE m.alias IS UNIQUE;
CREATE INDEX sesion_fecha IF NOT EXISTS FOR (s:Sesion) ON (s.fecha);

// ---------- miembros del seminario (no son autores de nada de lo que sigue)
MERGE (m:Miembro {alias: 'lucia'})  SET m.nombre = 'Lucía Arrieta Benítez', m.rol = 'coordinación';
MERGE (m:Miembro {alias: 'pablo'})  SET m.nombre = 'Pablo Iturralde', m.rol = 'doctorando';
MERGE (m:Miembro {alias: 'ines'})   SET m.nombre = 'Inés Carbajo', m.rol = 'máster';
MERGE (m:Miembro {alias: 'rodrigo'}) SET m.nombre = 'Rodrigo Salcedo Ortiz', m.rol = 'doctorando';

// ---------- sesiones
UNWIND [
  {n: 1, fecha: date('2024-10-03'), tema: 'Panorama y encuestas'},
  {n: 2, fecha: date('2024-10-17'), tema: 'Agentes generalistas y robótica'},
  {n: 3, fecha: date('2024-10-31'), tema: 'Memoria y simulación social'},
  {n: 4, fecha: date('2024-11-14'), tema: 'Autocrítica, calibración y evaluación'}
] AS s
MERGE (x:Sesion {n: s.n}) SET x.fecha = s.fecha, x.tema = s.tema, x.semestre = $semestre;

// ---------- papers
// Sesión 1: encuesta de referencia (la versión larga, v13 o posterior)
MERGE (p:Paper {clave: 'zhao2023survey'})
SET p.titulo = 'A Survey of Large Language Models',
    p.anio = 2023,
    p.url = 'https://arxiv.org/abs/2303.18223',
    p.notas = 'Leer secciones 1, 2 y 7; el resto como consulta.';

// Sesión 2: un solo modelo para cientos de tareas (TMLR 2022; no hay que leer el apéndice de control)
MERGE (p:Paper {clave: 'reed2022gato'})
SET p.titulo = 'A Generalist Agent',
    p.anio = 2022,
    p.venue = 'Transactions on Machine Learning Research',
    p.notas = 'Gato: comparar la tokenización de acciones con la de RT-2.';

MERGE (p:Paper {clave: 'brohan2023rt2'})
SET p.titulo = 'RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control',
    p.anio = 2023,
    p.venue = 'CoRL 2023 (PMLR 229)',
    p.url = 'https://proceedings.mlr.press/v229/',
    p.notas = 'Pablo trae los vídeos de la página del proyecto.';

// Sesión 3: memoria y simulación
MERGE (p:Paper {clave: 'park2023agents'})
SET p.titulo = 'Generative Agents: Interactive Simulacra of Human Behavior',
    p.anio = 2023,
    p.arxiv = '2304.03442',
    p.venue = 'UIST 2023',
    p.notas = 'El pueblo de Smallville; mirar la arquitectura de memoria (observación, reflexión, planificación).';

MERGE (p:Paper {clave: 'packer2023memgpt'})
SET p.titulo = 'MemGPT: Towards LLMs as Operating Systems',
    p.anio = 2023,
    p.url = 'https://arxiv.org/abs/2310.08560',
    p.codigo = 'https://github.com/letta-ai/letta',
    p.notas = 'El repositorio cambió de nombre (ahora Letta); el código no es lectura obligatoria.';

// Sesión 4: autocrítica, calibración, evaluación
MERGE (p:Paper {clave: 'shinn2023reflexion'})
SET p.titulo = 'Reflexion: Language Agents with Verbal Reinforcement Learning',
    p.anio = 2023,
    p.venue = 'NeurIPS 2023',
    p.notas = 'Memoria episódica en texto en lugar de gradientes.';

MERGE (p:Paper {clave: 'kadavath2022know'})
SET p.titulo = 'Language Models (Mostly) Know What They Know',
    p.anio = 2022,
    p.notas = 'Informe de Anthropic; Inés presenta P(True) y P(IK).';

MERGE (p:Paper {clave: 'jimenez2024swebench'})
SET p.titulo = 'SWE-bench: Can Language Models Resolve Real-World GitHub Issues?',
    p.anio = 2024,
    p.url = 'https://openreview.net/forum?id=VTF8yNQM66',
    p.venue = 'ICLR 2024 (oral)',
    p.notas = 'Ver también la tabla de resultados en swebench.com (leaderboard, no es un paper).';

// ---------- recursos que NO son papers
MERGE (r:Recurso {clave: 'swe-agent'})
SET r.tipo = 'repositorio', r.nombre = 'SWE-agent', r.url = 'https://github.com/SWE-agent/SWE-agent';
MERGE (r:Recurso {clave: 'leaderboard-swebench'})
SET r.tipo = 'leaderboard', r.nombre = 'SWE-bench leaderboard', r.url = 'https://www.swebench.com/';
MERGE (r:Recurso {clave: 'charla-agentes'})
SET r.tipo = 'charla', r.nombre = 'Agentes que programan: lo que funciona y lo que no',
    r.ponente = 'Dra. Maite Urquiola (invitada)', r.fecha = date('2024-11-21');

// ---------- quién presenta qué, en qué sesión
UNWIND [
  ['zhao2023survey', 1, 'lucia'],
  ['reed2022gato', 2, 'rodrigo'],
  ['brohan2023rt2', 2, 'pablo'],
  ['park2023agents', 3, 'ines'],
  ['packer2023memgpt', 3, 'rodrigo'],
  ['shinn2023reflexion', 4, 'pablo'],
  ['kadavath2022know', 4, 'ines'],
  ['jimenez2024swebench', 4, 'lucia']
] AS fila
MATCH (p:Paper {clave: fila[0]}), (s:Sesion {n: fila[1]}), (m:Miembro {alias: fila[2]})
MERGE (p)-[:EN_SESION]->(s)
MERGE (m)-[:PRESENTA {semestre: $semestre}]->(p);

// ---------- citas entre los papers del seminario (solo las que comentamos)
UNWIND [
  ['packer2023memgpt', 'park2023agents'],
  ['shinn2023reflexion', 'park2023agents'],
  ['jimenez2024swebench', 'shinn2023reflexion'],
  ['brohan2023rt2', 'reed2022gato'],
  ['zhao2023survey', 'kadavath2022know']
] AS par
MATCH (a:Paper {clave: par[0]}), (b:Paper {clave: par[1]})
MERGE (a)-[:CITA]->(b);

MATCH (p:Paper {clave: 'jimenez2024swebench'}), (r:Recurso) WHERE r.clave IN ['swe-agent', 'leaderboard-swebench']
MERGE (p)-[:RELACIONADO]->(r);

// ---------- comprobación final (cypher-shell imprime la tabla)
MATCH (s:Sesion)<-[:EN_SESION]-(p:Paper)
RETURN s.n AS sesion, s.fecha AS fecha, collect(p.clave) AS papers
ORDER BY sesion;
