BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "personas" (
	"id"	INTEGER,
	"nombre"	TEXT NOT NULL UNIQUE,
	PRIMARY KEY("id" AUTOINCREMENT)
);
CREATE TABLE IF NOT EXISTS "articulos" (
	"id"	INTEGER,
	"titulo"	TEXT NOT NULL,
	"enlace"	TEXT,
	"arxiv"	TEXT,
	"anio"	INTEGER,
	"tipo"	TEXT NOT NULL DEFAULT 'articulo' CHECK("tipo" IN ('articulo', 'recurso')),
	"estado"	TEXT NOT NULL DEFAULT 'pendiente' CHECK("estado" IN ('pendiente', 'leyendo', 'leido')),
	"responsable"	INTEGER,
	"notas"	TEXT,
	PRIMARY KEY("id" AUTOINCREMENT),
	FOREIGN KEY("responsable") REFERENCES "personas"("id")
);
CREATE TABLE IF NOT EXISTS "sesiones" (
	"id"	INTEGER,
	"fecha"	TEXT NOT NULL,
	"articulo"	INTEGER NOT NULL,
	"sala"	TEXT,
	PRIMARY KEY("id" AUTOINCREMENT),
	FOREIGN KEY("articulo") REFERENCES "articulos"("id")
);
INSERT INTO "personas" ("id","nombre") VALUES (1,'Lucía Fernández');
INSERT INTO "personas" ("id","nombre") VALUES (2,'Javier Morales');
INSERT INTO "personas" ("id","nombre") VALUES (3,'Marta Ruiz');
INSERT INTO "personas" ("id","nombre") VALUES (5,'Pablo Ortega');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (1,'Deep Residual Learning for Image Recognition','https://arxiv.org/abs/1512.03385',NULL,2015,'articulo','leido',1,'Base de todo el bloque; repasar la figura 2 (bloque residual).');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (2,'ImageNet Classification with Deep Convolutional Neural Networks',NULL,NULL,2012,'articulo','leido',2,'NIPS 2012. Contexto histórico; PDF en la carpeta compartida, no está en arXiv.');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (3,'Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification',NULL,NULL,2015,'articulo','leido',1,'ICCV 2015. Inicialización de He y PReLU; la usamos en el código del grupo.');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (5,'EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks','https://arxiv.org/pdf/1905.11946v5',NULL,2019,'articulo','leyendo',3,'Escalado compuesto; comparar con nuestras tablas de FLOPs.');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (6,'ResNeSt: Split-Attention Networks','https://arxiv.org/abs/2004.08955',NULL,2020,'articulo','pendiente',5,'Atención por grupos (split-attention).');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (7,'How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers',NULL,'2106.10270',2021,'articulo','leyendo',2,'Receta de entrenamiento de ViT: aumentación y regularización.');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (8,'Rethinking Pre-training and Self-training',NULL,NULL,2020,'articulo','pendiente',3,'NeurIPS 2020. Preentrenamiento frente a autoentrenamiento en detección.');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (9,'Segment Anything','https://arxiv.org/abs/2304.02643',NULL,2023,'articulo','pendiente',5,'Modelo de segmentación con prompts; ver la demo antes de la sesión.');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (11,'Dive into Deep Learning, cap. 8: redes convolucionales modernas (libro en línea)','https://d2l.ai/chapter_convolutional-modern/index.html',NULL,2023,'recurso','leido',1,'No es un artículo; repaso para los nuevos.');
INSERT INTO "articulos" ("id","titulo","enlace","arxiv","anio","tipo","estado","responsable","notas") VALUES (12,'Papers with Code: clasificación de imágenes en ImageNet (tabla de resultados)','https://paperswithcode.com/sota/image-classification-on-imagenet',NULL,NULL,'recurso','pendiente',NULL,'No es un artículo; para la diapositiva de resultados.');
INSERT INTO "sesiones" ("id","fecha","articulo","sala") VALUES (1,'2024-02-07',1,'Sala 2.05');
INSERT INTO "sesiones" ("id","fecha","articulo","sala") VALUES (2,'2024-02-14',3,'Sala 2.05');
INSERT INTO "sesiones" ("id","fecha","articulo","sala") VALUES (3,'2024-02-21',2,'Sala 2.05');
INSERT INTO "sesiones" ("id","fecha","articulo","sala") VALUES (4,'2024-02-28',5,'Sala 2.05');
INSERT INTO "sesiones" ("id","fecha","articulo","sala") VALUES (5,'2024-03-06',7,'Sala 2.05');
INSERT INTO "sesiones" ("id","fecha","articulo","sala") VALUES (7,'2024-03-20',6,'Seminario B');
CREATE INDEX IF NOT EXISTS "idx_articulos_estado" ON "articulos" (
	"estado"
);
COMMIT;
