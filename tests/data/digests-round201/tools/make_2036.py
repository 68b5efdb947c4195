#!/usr/bin/env python3
"""2036 (negative): an R startup file (`~/.Rprofile` of an invented statistics lab), Romanian comments and messages:
software (R packages, RStudio), datasets, books and talks, and no paper: the builder refuses any catalogue title and
anything arXiv-shaped. Two-space indentation, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(2036)
TXT = '''## ~/.Rprofile - laboratorul de statistica aplicata (Ioana Popescu, @ipopescu-stat)
## Copiat pe toate statiile din sala 204; modificari: https://github.com/statlab-ro/rprofile

options(
  repos = c(CRAN = "https://cloud.r-project.org"),
  digits = 4,
  scipen = 6,
  width = 100,
  stringsAsFactors = FALSE,
  Ncpus = 4L,
  warnPartialMatchDollar = TRUE
)

Sys.setenv(LANGUAGE = "ro", TZ = "Europe/Bucharest")

## pachete pentru seminar (software, nu articole)
.pachete_seminar <- c("tidyverse", "data.table", "lme4", "brms", "palmerpenguins", "gapminder", "nycflights13")

if (interactive()) {
  suppressMessages(require(usethis, quietly = TRUE))
  options(usethis.full_name = "Ioana Popescu")
}

.First <- function() {
  if (!interactive()) return(invisible())
  cat("\\nBun venit in laboratorul de statistica!\\n")
  cat("Seturi de date: palmerpenguins::penguins, gapminder::gapminder, nycflights13::flights\\n")
  cat("Carti: Wickham & Grolemund, \\"R for Data Science\\"; Wickham, \\"Advanced R\\";\\n")
  cat("       McElreath, \\"Statistical Rethinking\\" (capitolele 1-4 saptamana aceasta)\\n")
  cat("Prezentari: https://video.statlab.example.ro/prezentare/2024-10 (modele mixte cu lme4)\\n")
  cat("            https://video.statlab.example.ro/prezentare/2024-11 (brms si Stan)\\n")
  lipsa <- setdiff(.pachete_seminar, rownames(utils::installed.packages()))
  if (length(lipsa)) cat("Lipsesc pachetele:", paste(lipsa, collapse = ", "), "\\n")
}

.Last <- function() {
  if (interactive()) {
    try(utils::savehistory(file.path(Sys.getenv("HOME"), ".Rhistory")))
    cat("La revedere!\\n")
  }
}
'''

if __name__ == "__main__":
    write(F, TXT, negative=True)
