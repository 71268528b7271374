# Answers on the embedded CSTO dataset derived by hand from its period rows
# (include/alliance/data/csto.hpp):
#   CSTO UZB member    "2006" .. "2012-06-28"   (source 004)
#   CSTO UZB suspended "2012-06-28" .. "2012"[2012-06-29..];  withdrawn "2012"[2012-06-29..] .. open
#   GUAM UZB member    "1999" .. "2005";  withdrawn "2005" .. open
#   CSTO RUS member    from the founding, open
#   CSTO ARM member    from the founding, open; frozen (de facto) "2024-02-23" .. open
#   coverage: up to 2024-05-12, the day the latest document was last edited
# A year-precision start is certain from 31 December of that year; the day a
# status ends belongs to what follows.

test_that("status reads each day of Uzbekistan's CSTO periods", {
  got <- alliance_status("CSTO", "UZB", c("2005-01-01", "2006-06-15", "2006-12-31", "2012-06-27", "2012-06-28", "2020-01-01"))
  expect_identical(got, c("none", "unknown", "member", "member", "suspended", "withdrawn"))
})

test_that("participation stands beside the standing: Armenia froze and stayed a member", {
  got <- alliance_status("CSTO", "ARM", c("2024-02-22", "2024-02-23", "2024-05-12", "2024-05-13"), participation = TRUE)
  expect_s3_class(got, "data.frame")
  expect_identical(got$standing, c("member", "member", "member", "unknown"))
  expect_identical(got$participation, c("none", "frozen", "frozen", "unknown"))
  expect_true("ARM" %in% alliance_members("CSTO", "2024-05-12"))
})

test_that("status takes Date vectors, names and recycles like base R", {
  expect_identical(alliance_status("CSTO", "Uzbekistan", as.Date("2010-01-01")), "member")
  expect_identical(alliance_status("GUAM", "UZB", as.Date(c("2003-01-01", "2005-06-01", "2006-01-01"))),
                   c("member", "unknown", "withdrawn"))
  expect_identical(alliance_status(c("CSTO", "GUAM"), "UZB", "2003-01-01"), c("none", "member"))
  expect_identical(alliance_status("CSTO", "UZB", c("2010-01-01", NA)), c("member", NA))
  expect_identical(alliance_status("CSTO", "UZB", character()), character())
  expect_warning(alliance_status("CSTO", c("UZB", "RUS", "KAZ"), c("2010-01-01", "2013-01-01")), "multiple")
})

test_that("members are sorted keys; Uzbekistan is listed only while certainly a member", {
  on <- alliance_members("CSTO", c("2006-06-15", "2010-01-01", "2013-01-01"))
  expect_type(on, "list")
  expect_length(on, 3L)
  for (m in on) expect_identical(m, sort(m))
  expect_false("UZB" %in% on[[1]])
  expect_true(all(c("RUS", "UZB") %in% on[[2]]))
  expect_false("UZB" %in% on[[3]])
  expect_identical(setdiff(on[[2]], on[[3]]), "UZB")
  expect_type(alliance_members("CSTO", "2010-01-01"), "character")
})

test_that("overlap of Russia and Uzbekistan is 2006-12-31 to 2012-06-27", {
  o <- alliance_overlap("CSTO", "RUS", "UZB")
  expect_identical(names(o), c("from", "to"))
  expect_identical(o$from, as.Date("2006-12-31"))
  expect_identical(o$to, as.Date("2012-06-27"))
  several <- alliance_overlap("CSTO", "RUS", c("UZB", "UZB"))
  expect_identical(names(several), c("org", "party_a", "party_b", "from", "to"))
  expect_identical(nrow(several), 2L)
})

test_that("the state-year panel reads 31 December", {
  p <- alliance_panel("CSTO", from = 2005, to = 2013)
  uzb <- p[p$party == "UZB", ]
  expect_identical(uzb$year, 2005:2013)
  expect_identical(uzb$status, c("none", rep("member", 6), "withdrawn", "withdrawn"))
  expect_identical(uzb$member, c(FALSE, rep(TRUE, 6), FALSE, FALSE))
  d <- alliance_panel("CSTO", unit = "dyad-year", from = 2011, to = 2012)
  both <- d[d$party1 == "RUS" & d$party2 == "UZB", "both_members"]
  expect_identical(both, c(TRUE, FALSE))
})

test_that("Uzbekistan's 2012 under each rule", {
  # A member until its suspension on 28 June 2012, withdrawn by the year's end.
  member_days <- as.numeric(as.Date("2012-06-28") - as.Date("2012-01-01"))
  year_days <- as.numeric(as.Date("2013-01-01") - as.Date("2012-01-01"))
  expect_identical(c(member_days, year_days), c(179, 366))
  uzb <- function(rule) {
    p <- alliance_panel("CSTO", from = 2012, to = 2012, rule = rule)
    p[p$party == "UZB", ]
  }
  expect_identical(uzb("end-of-year")$member, FALSE)
  expect_identical(uzb("first-day")$member, TRUE)
  expect_identical(uzb("any-day")$member, TRUE)
  expect_identical(uzb("majority")$member, FALSE)
  share <- uzb("share")
  expect_identical(share$member, member_days / year_days)
  expect_identical(share$member_min, share$member_max)
  expect_identical(uzb("first-day")$status, "member")
  # 2006: joined on a day no document gives, so the share is undecided.
  p <- alliance_panel("CSTO", from = 2006, to = 2006, rule = "share")
  joined <- p[p$party == "UZB", ]
  expect_true(is.na(joined$member))
  expect_true(joined$member_min < joined$member_max)
  months <- alliance_panel("CSTO", unit = "state-month", from = 2012, to = 2012)
  expect_identical(months$month[months$party == "UZB"], 1:12)
})

test_that("lists of the embedded dataset", {
  orgs <- alliance_orgs()
  expect_true(all(c("CSTO", "CST", "GUAM") %in% orgs$key))
  expect_identical(orgs$name[orgs$key == "CSTO"], "Collective Security Treaty Organization")
  parties <- alliance_parties()
  expect_identical(parties$name[parties$key == "UZB"], "Uzbekistan")
  expect_identical(names(parties), c("key", "name", "kind"))
  conflicts <- alliance_conflicts()
  expect_true("uzb-2012" %in% conflicts$key)
  sources <- alliance_sources()
  expect_identical(sources$key[1:5], c("000", "001", "002", "003", "004"))
  print_out <- capture.output(print(alliance_read(write_periods())))
  expect_match(print_out[1], "alliance_registry")
})
