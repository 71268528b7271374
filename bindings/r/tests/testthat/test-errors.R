test_that("library errors are alliance_error conditions with the library's id", {
  e <- tryCatch(alliance_status("CSTO", "XXX", "2010-01-01"), alliance_error = function(e) e)
  expect_s3_class(e, c("alliance_error", "error", "condition"))
  expect_identical(e$id, "alliance.party.unknown")
  expect_match(conditionMessage(e), "XXX")
  e <- tryCatch(alliance_members("NOPE", "2010-01-01"), alliance_error = function(e) e)
  expect_identical(e$id, "alliance.organisation.unknown")
})

test_that("a date that is not a day is an alliance_error naming it", {
  e <- tryCatch(alliance_status("CSTO", "UZB", "2023-02-30"), alliance_error = function(e) e)
  expect_identical(e$id, "alliance.date.invalid")
  expect_match(conditionMessage(e), "2023-02-30")
  e <- tryCatch(alliance_status("CSTO", "UZB", "2023"), alliance_error = function(e) e)
  expect_identical(e$id, "alliance.date.invalid")
  expect_error(alliance_status("CSTO", "UZB", 20230101), "Date values")
})

test_that("a malformed file is an alliance_error naming file and line", {
  path <- tempfile(fileext = ".csv")
  writeLines(c("organisation,party,status,from,to", "NATO,FRA,member,1949-08-24,1966-07-01",
               "NATO,FRA,memberr,1966-07-01,.."), path)
  e <- tryCatch(alliance_read(path), alliance_error = function(e) e)
  expect_s3_class(e, "alliance_error")
  expect_match(conditionMessage(e), paste0(basename(path), ":3"), fixed = TRUE)
  e <- tryCatch(alliance_read(file.path(tempdir(), "no-such-file.csv")), alliance_error = function(e) e)
  expect_s3_class(e, "alliance_error")
})

test_that("options not available yet are refused clearly", {
  expect_error(alliance_status("CSTO", "ARM", "2024-05-12", participation = NA),
               "`participation` must be TRUE or FALSE")
  expect_error(alliance_panel("CSTO", rule = c("share", "majority")), "`rule` must be one name")
  expect_error(alliance_panel("CSTO", codes = 3), "`codes` must be NULL or code scheme names")
  expect_error(alliance_status("CSTO", "UZB", "2010-01-01", data = "x"), "alliance_read")
})

test_that("a registry read from a file answers for that file", {
  nato <- alliance_read(write_periods())
  expect_identical(alliance_status("NATO", "FRA", c("1949-08-23", "1970-01-01", "2009-04-15", "2010-01-01"), data = nato),
                   c("none", "withdrawn", "unknown", "member"))
  expect_identical(alliance_orgs(nato)$key, "NATO")
  expect_error(alliance_status("CSTO", "UZB", "2010-01-01", data = nato), class = "alliance_error")
})

test_that("an unknown unit, rule, frame or scheme is the library's error with its id", {
  id_of <- function(expr) tryCatch(expr, alliance_error = function(e) e$id)
  expect_identical(id_of(alliance_panel("CSTO", rule = "mid-year")), "alliance.panel.rule")
  expect_identical(id_of(alliance_panel("CSTO", frame = "system")), "alliance.panel.frame")
  expect_identical(id_of(alliance_panel("CSTO", unit = "year")), "alliance.panel.unit")
  expect_identical(id_of(alliance_panel("CSTO", codes = c("cown", "cow"))), "alliance.codes.scheme")
  expect_identical(id_of(alliance_dyad_counts(unit = "state-year")), "alliance.panel.unit")
  expect_identical(id_of(alliance_dyad_counts(rule = "share")), "alliance.panel.rule")
  expect_error(alliance_panel("CSTO", frame = "system"), "members, cow-system, gw-system", class = "alliance_error")
  expect_error(alliance_panel("CSTO", codes = "cow"), "cown, cowc", class = "alliance_error")
})
