// szkenner_kalibracio.geo -- a szkennerállvány kalibrációs céltáblájának hálója
// Szerző: Kovácsné Szabó Réka <reka.szabo@latas-lab.example.hu>
// Repó: https://github.com/latas-lab/szkenner-allvany (mappa: geo/)
// Futtatás: gmsh -2 szkenner_kalibracio.geo -format msh2 -o celtabla.msh
// Gmsh kézikönyv: https://gmsh.info/ (Reference manual, Mesh options)
// Könyv a háttérhez: Hartley & Zisserman, "Multiple View Geometry in Computer Vision"
// Előadás a rekonstrukcióról: https://video.latas-lab.example.hu/eloadas/2024-04
//
// Miért ilyen finom a háló? A céltábla képeiből tanított modellekhez, olvasnivaló:
//   Segment Anything -- https://arxiv.org/abs/2304.02643
//   3D Gaussian Splatting for Real-Time Radiance Field Rendering -- https://arxiv.org/pdf/2308.04079v1
//   Deep Residual Learning for Image Recognition (http://arxiv.org/abs/1512.03385), a jellemzőkinyerő gerinc
//   EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks (arXiv 1905.11946) -- a kisebb változat a Jetsonon
// Inicializálás, ha újratanítjuk: "Understanding the difficulty of training deep feedforward neural networks" és
// "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification" (a PReLU miatt).

lc_tabla = 0.004;   // hálóméret a tábla szélén [m]
lc_jel = 0.0015;    // hálóméret a jelölők körül [m]
W = 0.297;          // A4 fekvő
H = 0.210;

Point(1) = {0, 0, 0, lc_tabla};
Point(2) = {W, 0, 0, lc_tabla};
Point(3) = {W, H, 0, lc_tabla};
Point(4) = {0, H, 0, lc_tabla};
Point(5) = {W/2, H/2, 0, lc_jel};   // középső jelölő

Line(1) = {1, 2};
Line(2) = {2, 3};
Line(3) = {3, 4};
Line(4) = {4, 1};

Curve Loop(1) = {1, 2, 3, 4};
Plane Surface(1) = {1};
Point{5} In Surface{1};

// TODO: a ViT-kísérlethez ("How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers") sűrűbb háló kell?
Physical Curve("perem", 101) = {1, 2, 3, 4};
Physical Surface("celtabla", 201) = {1};

Mesh.Algorithm = 6;        // Frontal-Delaunay
Mesh.MeshSizeMax = lc_tabla;
Mesh.ElementOrder = 1;

Printf("celtabla: W=%g H=%g -- lásd: Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", W, H);
