-- =======================================================================
--                  Textos de l'escenari "La biblioteca"
-- =======================================================================
-- Autora: Marta Puigdollers (@mpuigdollers). Codi: https://github.com/mpuigdollers/widelands-biblioteca
-- Cada missatge presenta un article del seminari d'aprenentatge autosupervisat.
-- Enllaç intern: Barlow Twins: Self-Supervised Learning via Redundancy Reduction https://arxiv.org/abs/2103.03230

include "scripting/richtext_scenarios.lua"

-- =======================================================================
--                                Objectius
-- =======================================================================

obj_build_library = {
   name = "build_library",
   title = _("Construïu la biblioteca"),
   number = 1,
   body = objective_text(_("Construïu la biblioteca"),
      li(_("Construïu una biblioteca a prop del castell.")) ..
      li(_("Porteu-hi pergamins des de la serradora."))
   ),
}

obj_fill_shelves = {
   name = "fill_shelves",
   title = _("Ompliu els prestatges"),
   number = 1,
   body = objective_text(_("Ompliu els prestatges"),
      li(_("Porteu vuit pergamins a la biblioteca.")) ..
      li(_("Llegiu el missatge de la bibliotecària."))
   ),
}

-- =======================================================================
--                                Missatges
-- =======================================================================

intro_1 = {
   title = _("Benvinguda"),
   body = h1(_("La biblioteca del seminari")) ..
      p(_("Cada pergamí és un article. El primer: Bootstrap your own latent: A new approach to self-supervised Learning, https://arxiv.org/pdf/2006.07733v2")) ..
      p(_("El segon: Contrastive Learning with Hard Negative Samples (http://arxiv.org/abs/2010.04592)."))
}

intro_2 = {
   title = _("La bibliotecària"),
   body = h1(_("Afinar models preentrenats")) ..
      p(_("Per al tercer prestatge: Bi-tuning of Pre-trained Representations, https://openreview.net/forum?id=3rRgu7OGgBI")) ..
      p(_("I per condensar el magatzem: Dataset Condensation with Gradient Matching (arXiv 2006.05929)."))
}

library_done = {
   title = _("Prestatges plens"),
   body = h1(_("Lectures pendents")) ..
      li(_("Gradient Projection Memory for Continual Learning")) ..
      li(_("MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning")) ..
      li(_("Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling")) ..
      p(_("Llibre recomanat: «Pattern Recognition and Machine Learning», de Bishop. Xerrada: https://video.biblioteca.example.cat/xerrada/2024-03"))
}
