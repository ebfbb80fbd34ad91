# The peer for bench/survey.sh: R's survey::rake() on the same files, timed inside R.
#   Rscript bench/survey_r.R R.csv M.csv EPS MAXIT RUNS OUT.csv
# Prints "median_seconds converged".
suppressMessages(library(survey))
a <- commandArgs(TRUE)
df <- read.csv(a[1], colClasses = "character")
m <- read.csv(a[2], colClasses = c("character", "character", "numeric"))
vars <- unique(m$variable)
for (v in vars) df[[v]] <- factor(df[[v]])
pops <- lapply(vars, function(v) { p <- m[m$variable == v, c("category", "target")]; names(p) <- c(v, "Freq"); p })
design <- svydesign(ids = ~1, weights = rep(1, nrow(df)), data = df)
times <- numeric(0)
converged <- TRUE
for (i in seq_len(as.integer(a[5]))) {
  t <- system.time(r <- withCallingHandlers(
    rake(design, lapply(vars, function(v) as.formula(paste0("~", v))), pops,
         control = list(epsilon = as.numeric(a[3]), maxit = as.integer(a[4]))),
    warning = function(w) { converged <<- FALSE; invokeRestart("muffleWarning") }))
  times <- c(times, t[["elapsed"]])
}
write.csv(data.frame(weight = sprintf("%.17g", weights(r))), a[6], row.names = FALSE, quote = FALSE)
cat(sprintf("%.6f %s\n", median(times), converged))
