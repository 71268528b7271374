# The package answers as the `alliance` program does, on the embedded CSTO
# dataset: every organisation, every party, on days around the dataset's
# changes. Needs ALLIANCE_PROGRAM (skipped with a message when it is unset).

first_word <- function(lines) sub(" .*", "", lines)

days_asked <- c("1992-05-15", "1993-12-31", "1999-04-02", "2002-10-07", "2006-06-15", "2012-06-28",
                "2020-01-01", "2024-05-12")

test_that("status equals the program's first word", {
  program <- alliance_program()
  orgs <- alliance_orgs()$key
  parties <- c("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB", "SRB", "AFG")
  grid <- expand.grid(org = c("CST", "CSTO", "GUAM", "CSTO-PA", "EAEU"), party = parties, day = days_asked,
                      stringsAsFactors = FALSE)
  expect_true(all(c("CST", "CSTO", "GUAM") %in% orgs))
  got <- alliance_status(grid$org, grid$party, grid$day)
  # One program run per query would take minutes: ask the program for a sample.
  ask <- unique(c(which(grid$party %in% c("UZB", "ARM")), seq(1L, nrow(grid), by = 17L)))
  for (i in ask) {
    expected <- first_word(run_program("status", grid$org[i], grid$party[i], grid$day[i]))
    expect_identical(got[i], expected, info = paste(grid$org[i], grid$party[i], grid$day[i]))
  }
})

test_that("members equal the program's lines", {
  alliance_program()
  got <- alliance_members("CSTO", days_asked)
  for (i in seq_along(days_asked)) {
    expect_identical(got[[i]], run_program("members", "CSTO", days_asked[i]), info = days_asked[i])
  }
})

test_that("overlaps equal the program's spans", {
  alliance_program()
  for (pair in list(c("RUS", "UZB"), c("RUS", "ARM"), c("ARM", "AZE"), c("KAZ", "BLR"))) {
    o <- alliance_overlap("CSTO", pair[1], pair[2])
    text <- if (nrow(o)) paste0(format(o$from), "/", ifelse(is.na(o$to), "..", format(o$to))) else character()
    expect_identical(text, run_program("overlap", "CSTO", pair[1], pair[2]), info = paste(pair, collapse = " "))
  }
})

test_that("orgs and parties list the program's keys", {
  alliance_program()
  expect_identical(alliance_orgs()$key, first_word(run_program("orgs")))
  expect_identical(alliance_parties()$key, first_word(run_program("parties")))
})

# The program's CSV panel as a data frame with the package's column types.
program_panel <- function(...) {
  csv <- read.csv(text = run_program("panel", ...), stringsAsFactors = FALSE, colClasses = "character",
                  na.strings = "NA")
  csv$year <- as.integer(csv$year)
  for (col in intersect(c("member", "both_members"), names(csv))) {
    csv[[col]] <- ifelse(csv[[col]] == "", NA, csv[[col]] == "1")
  }
  csv
}

test_that("panels equal the program's CSV", {
  alliance_program()
  expect_equal(alliance_panel("CSTO"), program_panel("CSTO", "--unit", "state-year"), ignore_attr = TRUE)
  expect_equal(alliance_panel("CST", unit = "dyad-year", from = 1992, to = 2003),
               program_panel("CST", "--unit", "dyad-year", "--from", "1992", "--to", "2003"), ignore_attr = TRUE)
})
