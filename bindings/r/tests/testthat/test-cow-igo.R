# The real COW IGO v3 state-year file (from the shared data directory; a
# missing file fails these tests). Expected answers are derived here from the
# file's raw rows, by the reading the README gives: the code of year Y is
# the status on 31 December of Y; a run of 1s starting in Y is certain from
# 31 December of Y and undecided earlier in Y; -1 and 0 are no status; -9 is
# unknown; past the file's last year (2014) nothing is known.

cow <- local({
  cache <- NULL
  function() {
    if (is.null(cache)) {
      path <- shared_file("cow-igo-v3", "state_year_formatv3.csv")
      lines <- readLines(path)
      states <- read.csv(shared_file("cow-igo-v3", "states2016.csv"), stringsAsFactors = FALSE)
      cache <<- list(path = path, lines = lines, header = strsplit(lines[1], ",")[[1]],
                     abb = unique(states[c("ccode", "stateabb")]), registry = alliance_read(path))
    }
    cache
  }
})

# The raw code of a state (COW number) in an IGO (its column) in a year.
raw_code <- function(ccode, year, igo) {
  d <- cow()
  row <- d$lines[startsWith(d$lines, paste0(ccode, ",", year, ","))]
  stopifnot(length(row) == 1L)
  strsplit(row, ",")[[1]][match(igo, d$header)]
}

test_that("the USA in NATO: -1 in 1948, 1 from 1949", {
  expect_identical(raw_code(2, 1948, "nato"), "-1")
  expect_identical(raw_code(2, 1949, "nato"), "1")
  got <- alliance_status("NATO", "USA", c("1948-12-31", "1949-06-30", "1949-12-31", "2016-01-01"), data = cow()$registry)
  expect_identical(got, c("none", "unknown", "member", "unknown"))
  # The party is found by its COW number too.
  expect_identical(alliance_status("nato", "2", "1949-12-31", data = cow()$registry), "member")
})

test_that("a -9 cell is unknown", {
  expect_identical(raw_code(2, 1870, "ccnr"), "-9")
  expect_identical(alliance_status("CCNR", "USA", "1870-12-31", data = cow()$registry), "unknown")
})

test_that("the Warsaw Pact's members at the end of 1960 are the rows coded 1", {
  d <- cow()
  rows <- strsplit(d$lines[grepl("^[0-9]+,1960,", d$lines)], ",")
  column <- match("wpact", d$header)
  ccodes <- as.integer(vapply(Filter(function(r) r[column] == "1", rows), `[`, "", 1L))
  expect_gt(length(ccodes), 5L)
  expected <- sort(d$abb$stateabb[match(ccodes, d$abb$ccode)])
  expect_false(anyNA(expected))
  expect_identical(alliance_members("WPact", "1960-12-31", data = d$registry), expected)
})

test_that("the USA and the UK overlap in NATO from 1949-12-31 to the file's end", {
  years <- 1949:2014
  expect_true(all(vapply(years, function(y) raw_code(2, y, "nato"), "") == "1"))
  expect_true(all(vapply(years, function(y) raw_code(200, y, "nato"), "") == "1"))
  o <- alliance_overlap("NATO", "USA", "UKG", data = cow()$registry)
  expect_identical(o$from, as.Date("1949-12-31"))
  expect_identical(o$to, as.Date("2014-12-31"))
})

test_that("France's NATO panel rows are its raw codes", {
  codes <- vapply(1965:1968, function(y) raw_code(220, y, "nato"), "")
  p <- alliance_panel("NATO", from = 1965, to = 1968, data = cow()$registry)
  frn <- p[p$party == "FRN", ]
  expect_identical(frn$year, 1965:1968)
  expect_identical(frn$member, codes == "1")
})

test_that("answers on the file equal the program's", {
  alliance_program()
  d <- cow()
  expect_identical(alliance_members("WPact", "1960-12-31", data = d$registry),
                   run_program("--data", d$path, "members", "WPact", "1960-12-31"))
  for (q in list(c("NATO", "USA", "1949-06-30"), c("CCNR", "USA", "1870-12-31"), c("ASEAN", "THI", "1990-12-31"))) {
    expect_identical(alliance_status(q[1], q[2], q[3], data = d$registry),
                     sub(" .*", "", run_program("--data", d$path, "status", q)), info = paste(q, collapse = " "))
  }
})

test_that("a cow-system frame has the states of states2016 in 2000", {
  states <- read.csv(shared_file("cow-igo-v3", "states2016.csv"), stringsAsFactors = FALSE)
  in_2000 <- unique(states$ccode[states$styear <= 2000 & states$endyear >= 2000])
  expect_identical(length(in_2000), 191L)
  # The Collective Security Treaty (the CSTO from 2002) in 2000: every state a row, non-members FALSE.
  p <- alliance_panel("CST", from = 2000, to = 2000, frame = "cow-system")
  expect_identical(nrow(p), 191L)
  expect_setequal(p$party_cown, in_2000)
  expect_identical(names(p)[1:3], c("organisation", "party", "party_cown"))
  members <- alliance_members("CST", "2000-12-31")
  expect_gte(length(members), 6L)
  expect_identical(sort(p$party[p$member %in% TRUE]), members)
  expect_identical(sort(unique(p$member)), c(FALSE, TRUE))
})
