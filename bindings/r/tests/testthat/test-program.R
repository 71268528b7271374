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

# A table as the program writes its cells: 1/0 for logicals, numbers as C's
# %.6g, NA for missing values.
cells <- function(frame) {
  out <- lapply(frame, function(column) {
    text <- if (is.logical(column)) ifelse(column, "1", "0")
            else if (is.double(column)) formatC(column, digits = 6, format = "g")
            else as.character(column)
    text[is.na(column)] <- "NA"
    trimws(text)
  })
  as.data.frame(out, stringsAsFactors = FALSE, optional = TRUE)
}

program_cells <- function(...) {
  read.csv(text = run_program(...), stringsAsFactors = FALSE, colClasses = "character", na.strings = character(),
           check.names = FALSE)
}

test_that("every unit, rule and frame equals the program's CSV", {
  alliance_program()
  for (unit in c("state-year", "state-month", "dyad-year", "directed-dyad-year")) {
    for (rule in c("end-of-year", "first-day", "any-day", "majority", "share")) {
      for (frame in c("members", "cow-system", "gw-system")) {
        years <- if (frame == "members") c(2011L, 2013L) else c(2012L, 2012L)
        codes <- if (frame == "members") NULL else c("iso3c", "cown")
        args <- c("panel", "CSTO", "--unit", unit, "--rule", rule, "--frame", frame, "--from", years[1], "--to", years[2])
        if (!is.null(codes)) args <- c("--codes", paste(codes, collapse = ","), args)
        got <- alliance_panel("CSTO", unit = unit, from = years[1], to = years[2], rule = rule, frame = frame,
                              codes = codes)
        expect_gt(nrow(got), 0L)
        expect_identical(cells(got), program_cells(args), info = paste(args, collapse = " "))
      }
    }
  }
})

test_that("code columns and dyad counts equal the program's", {
  alliance_program()
  for (unit in c("state-year", "dyad-year")) {
    got <- alliance_panel("CST", unit = unit, from = 1992, to = 2000, codes = c("cown", "gwc", "name"))
    expect_identical(cells(got), program_cells("--codes", "cown,gwc,name", "panel", "CST", "--unit", unit,
                                               "--from", "1992", "--to", "2000"), info = unit)
  }
  for (unit in c("dyad-year", "directed-dyad-year")) {
    for (rule in c("end-of-year", "first-day")) {
      got <- alliance_dyad_counts(unit = unit, rule = rule, from = 1999, to = 2013, codes = c("cowc", "iso3n"))
      expect_gt(nrow(got), 0L)
      expect_identical(cells(got), program_cells("--codes", "cowc,iso3n", "panel", "--all", "--unit", unit,
                                                 "--rule", rule, "--from", "1999", "--to", "2013"),
                       info = paste(unit, rule))
    }
  }
})
