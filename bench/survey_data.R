# Respondents for bench/survey.sh: N people with age group (7), sex (2), nationality group (3)
# and municipality (48) drawn unevenly, and the population margins (60 categories) to rake to.
#   Rscript bench/survey_data.R N OUTDIR
a <- commandArgs(TRUE)
n <- as.integer(a[1]); out <- a[2]
set.seed(20261121)
ages <- c("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
areas <- sprintf("G%02d", 1:48)
# Correlated, as in a real county: more foreigners in the larger towns, younger among them;
# so the margins pull against each other and raking needs several sweeps.
gemeinde <- sample(areas, n, TRUE, prob = (1:48)^0.7)
town <- match(gemeinde, areas) / 48
staat <- ifelse(runif(n) < 0.06 + 0.12 * town, ifelse(runif(n) < 0.4, "eu", "drittstaat"), "deutsch")
young <- staat != "deutsch"
alter <- ifelse(young, sample(ages, n, TRUE, prob = c(0.12, 0.16, 0.22, 0.2, 0.15, 0.1, 0.05)),
                sample(ages, n, TRUE, prob = c(0.05, 0.07, 0.1, 0.13, 0.18, 0.22, 0.25)))
geschlecht <- ifelse(runif(n) < ifelse(alter == "65+", 0.62, 0.52), "w", "m")
df <- data.frame(id = sprintf("B%06d", seq_len(n)), alter, geschlecht, staat, gemeinde, zufrieden = sample(1:5, n, TRUE))
write.csv(df, file.path(out, "responses.csv"), row.names = FALSE, quote = FALSE)
total <- 1000000
shares <- function(x) round(total * x / sum(x))
fix <- function(t) { t[length(t)] <- total - sum(t[-length(t)]); t }
m <- rbind(
  data.frame(variable = "alter", category = ages, target = fix(shares(c(16, 7, 11, 12, 13, 16, 25)))),
  data.frame(variable = "geschlecht", category = c("m", "w"), target = fix(shares(c(49, 51)))),
  data.frame(variable = "staat", category = c("deutsch", "eu", "drittstaat"), target = fix(shares(c(86, 5, 9)))),
  data.frame(variable = "gemeinde", category = areas, target = fix(shares(rep(1, 48) + (48:1) / 10))))
write.csv(m, file.path(out, "margins.csv"), row.names = FALSE, quote = FALSE)
