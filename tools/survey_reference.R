# Reference numbers for the survey engine (crates/survey), made with R's survey package.
#
#   Rscript tools/survey_reference.R crates/survey/tests/fixtures
#
# For each dataset it writes, into <out>/<name>/:
#   responses.csv  the respondents (id, margin variables, optional design weight, answers)
#   margins.csv    variable,category,target
#   options.csv    key,value: epsilon, maxit, trim_lower, trim_upper, trim_strict, design_weight
#   weights.csv    id,weight as survey::rake() (then trimWeights()) leaves them, 17 digits
#   estimates.csv  svymean() and svyby(svymean) on the raked design: estimate and SE
#   result.csv     converged (TRUE/FALSE) and the warning R gave, if any
# Everything is generated from fixed seeds, so a re-run writes the same files.
suppressMessages(library(survey))
args <- commandArgs(TRUE)
out <- if (length(args)) args[1] else "crates/survey/tests/fixtures"
num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", x))

write_csv <- function(df, path) write.csv(df, path, row.names = FALSE, na = "", quote = TRUE)

# Respondents of a county survey whose sample over-represents women, older people and Germans.
respondents <- function(n, seed, areas) {
  set.seed(seed)
  alter <- sample(c("18-29", "30-44", "45-64", "65+"), n, TRUE, prob = c(0.14, 0.22, 0.36, 0.28))
  geschlecht <- sample(c("w", "m"), n, TRUE, prob = c(0.58, 0.42))
  staat <- sample(c("deutsch", "eu", "drittstaat"), n, TRUE, prob = c(0.86, 0.05, 0.09))
  gemeinde <- sample(areas, n, TRUE)
  zufrieden <- pmin(5, pmax(1, round(3.4 + 0.4 * (alter == "65+") - 0.5 * (staat == "drittstaat") + rnorm(n, 0, 1.1))))
  zufrieden[runif(n) < 0.06] <- NA
  kontakt <- ifelse(runif(n) < 0.35 + 0.3 * (staat != "deutsch") + 0.1 * (alter == "18-29"), "ja", "nein")
  sprache <- sample(c("deutsch", "arabisch", "ukrainisch", "andere"), n, TRUE, prob = c(0.8, 0.07, 0.08, 0.05))
  sprache[runif(n) < 0.04] <- NA
  data.frame(id = sprintf("R%05d", seq_len(n)), alter, geschlecht, staat, gemeinde,
             zufrieden, kontakt, sprache, stringsAsFactors = FALSE)
}

margin_df <- function(variable, targets) {
  data.frame(variable = variable, category = names(targets), target = num(unname(targets)))
}

run <- function(name, df, margins, epsilon = 1, maxit = 10, design_weight = NULL,
                trim = NULL) {
  dir <- file.path(out, name)
  dir.create(dir, recursive = TRUE, showWarnings = FALSE)
  for (v in c("alter", "geschlecht", "staat", "gemeinde", "kontakt", "sprache")) df[[v]] <- factor(df[[v]])
  design <- if (is.null(design_weight)) svydesign(ids = ~1, weights = rep(1, nrow(df)), data = df)
            else svydesign(ids = ~1, weights = df[[design_weight]], data = df)
  vars <- names(margins)
  # A crossed margin is named "a*b", its categories "x*y".
  pops <- lapply(vars, function(v) {
    parts <- strsplit(v, "*", fixed = TRUE)[[1]]
    cats <- do.call(rbind, strsplit(names(margins[[v]]), "*", fixed = TRUE))
    p <- data.frame(cats, unname(margins[[v]]), stringsAsFactors = FALSE)
    names(p) <- c(parts, "Freq")
    for (x in parts) p[[x]] <- factor(p[[x]], levels = levels(df[[x]]))
    p
  })
  warn <- ""
  raked <- withCallingHandlers(
    rake(design, lapply(vars, function(v) as.formula(paste0("~", gsub("*", "+", v, fixed = TRUE)))), pops,
         control = list(epsilon = epsilon, maxit = maxit)),
    warning = function(w) { warn <<- conditionMessage(w); invokeRestart("muffleWarning") })
  if (!is.null(trim)) raked <- trimWeights(raked, lower = trim$lower, upper = trim$upper, strict = trim$strict)

  out_df <- df
  for (v in names(out_df)) if (is.factor(out_df[[v]])) out_df[[v]] <- as.character(out_df[[v]])
  if (!is.null(design_weight)) out_df[[design_weight]] <- num(out_df[[design_weight]])
  write_csv(out_df, file.path(dir, "responses.csv"))
  write_csv(do.call(rbind, lapply(vars, function(v) margin_df(v, margins[[v]]))), file.path(dir, "margins.csv"))
  opts <- data.frame(key = c("epsilon", "maxit", "design_weight", "trim_lower", "trim_upper", "trim_strict"),
                     value = c(num(epsilon), maxit, if (is.null(design_weight)) "" else design_weight,
                               if (is.null(trim)) "" else num(trim$lower), if (is.null(trim)) "" else num(trim$upper),
                               if (is.null(trim)) "" else as.character(trim$strict)))
  write_csv(opts, file.path(dir, "options.csv"))
  write_csv(data.frame(id = df$id, weight = num(weights(raked))), file.path(dir, "weights.csv"))
  write_csv(data.frame(converged = warn == "", warning = warn), file.path(dir, "result.csv"))

  rows <- list()
  add <- function(variable, level, domain, domain_level, est, se) {
    rows[[length(rows) + 1]] <<- data.frame(variable = variable, level = level, domain = domain, domain_level = domain_level,
                                            estimate = num(unname(est)), se = num(unname(se)), row.names = NULL)
  }
  for (v in c("zufrieden", "kontakt", "sprache")) {
    m <- svymean(as.formula(paste0("~", v)), raked, na.rm = TRUE)
    lv <- if (is.numeric(df[[v]])) "" else levels(df[[v]])
    add(v, lv, "", "", coef(m), SE(m))
  }
  # Domains as svyby() forms them: the design subset to the group (others keep weight 0).
  for (by in c("geschlecht", "staat")) {
    for (g in levels(df[[by]])) {
      sub <- raked[df[[by]] == g, ]
      for (v in c("zufrieden", "kontakt")) {
        m <- svymean(as.formula(paste0("~", v)), sub, na.rm = TRUE)
        lv <- if (is.numeric(df[[v]])) "" else levels(df[[v]])
        add(v, lv, by, g, coef(m), SE(m))
      }
    }
  }
  b <- svyby(~zufrieden, ~geschlecht, raked, svymean, na.rm = TRUE)
  s <- svymean(~zufrieden, raked[df$geschlecht == levels(df$geschlecht)[1], ], na.rm = TRUE)
  stopifnot(as.numeric(coef(b))[1] == as.numeric(coef(s)), as.numeric(SE(b))[1] == as.numeric(SE(s)))
  write_csv(do.call(rbind, rows), file.path(dir, "estimates.csv"))
  cat(name, ": n =", nrow(df), ", converged =", warn == "", warn, "\n")
}

areas <- c("Goerlitz", "Zittau", "Niesky", "Loebau", "Weisswasser", "Bautzener Land")
age <- c("18-29" = 38500, "30-44" = 52300, "45-64" = 83900, "65+" = 78600)
total <- sum(age)
sex <- c(m = 124800, w = total - 124800)
nat <- c(deutsch = 228100, eu = 8900, drittstaat = total - 228100 - 8900)
area <- setNames(round(total * c(0.22, 0.11, 0.08, 0.13, 0.09, 0.37)), areas)
area[6] <- total - sum(area[1:5])

# 1. The county survey: 1,000 respondents, four margins, R's tolerance semantics (absolute epsilon 1).
run("landkreis", respondents(1000, 2023, areas), list(alter = age, geschlecht = sex, staat = nat, gemeinde = area),
    epsilon = 1, maxit = 50)

# 2. Design weights (Drittstaatsangehoerige sampled three times as often), a relative tolerance,
#    and trimming to [0.4, 2] times the mean weight. One pass (strict = FALSE): R's strict
#    trimming re-clamps the weights it clamped before, ping-pong, until its stack overflows;
#    the Rust engine's strict mode keeps clamped weights fixed instead (tested there).
d2 <- respondents(600, 7, areas[1:4])
d2$designgewicht <- ifelse(d2$staat == "drittstaat", 1 / 3, 1) * (1 + 0.25 * (d2$gemeinde == "Zittau"))
area4 <- setNames(round(total * c(0.35, 0.2, 0.15, 0.3)), areas[1:4])
area4[4] <- total - sum(area4[1:3])
mean_w <- total / nrow(d2)
run("designgewicht_getrimmt", d2, list(alter = age, geschlecht = sex, staat = nat, gemeinde = area4),
    epsilon = 1e-7, maxit = 100, design_weight = "designgewicht",
    trim = list(lower = 0.4 * mean_w, upper = 2 * mean_w, strict = FALSE))

# 3. A tolerance the data cannot meet in the sweeps allowed: rake() stops after maxit = 4 sweeps
#    and warns that it did not converge. (Margins whose totals disagree do not show here: R compares
#    successive sweeps only, and those settle; the Rust engine reports the misfit of each margin.)
run("nicht_konvergent", respondents(400, 99, areas[1:3]), list(alter = age, geschlecht = sex, staat = nat),
    epsilon = 1e-12, maxit = 4)

# 4. Trimming where the one pass leaves weights outside again (what is cut is spread over all others).
run("getrimmt_einmal", respondents(300, 31, areas[1:2]), list(alter = age, geschlecht = sex, staat = nat),
    epsilon = 0.5, maxit = 30, trim = list(lower = 0.6 * total / 300, upper = 1.2 * total / 300, strict = FALSE))

# 5. A crossed margin: age group by sex together (8 cells), then nationality and municipality.
age_sex <- c("18-29*m" = 19800, "18-29*w" = 18700, "30-44*m" = 26900, "30-44*w" = 25400,
             "45-64*m" = 42400, "45-64*w" = 41500, "65+*m" = 35700, "65+*w" = 42900)
run("gekreuzt", respondents(800, 4711, areas), list("alter*geschlecht" = age_sex, staat = nat, gemeinde = area),
    epsilon = 1e-8, maxit = 100)
