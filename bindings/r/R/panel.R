#' Panels by unit, year rule and frame
#'
#' The library's panels of an organisation, as the program's `alliance panel`
#' writes them: one row per party and year (`unit = "state-year"`), per
#' party and month (`"state-month"`, with a `month` column), per unordered
#' pair and year (`"dyad-year"`, `party1` < `party2`) or per ordered pair
#' (`"directed-dyad-year"`). A year outside the sources' coverage reads
#' `"unknown"`.
#'
#' `rule` says how the days of a year (or month) become one answer:
#' `"end-of-year"` (the status on 31 December, so that a membership coded
#' by year comes back as exactly those years), `"first-day"` (1 January),
#' `"any-day"` (a member on at least one day), `"majority"` (on more than
#' half of the days) or `"share"` (the fraction of the days, a number; `NA`
#' where the sources leave it undecided, between the `_min` and `_max`
#' columns). `frame = "cow-system"` or `"gw-system"` gives a row to every
#' state of the Correlates of War system (states2016) or of Gleditsch and
#' Ward's list in each year it is in it on any day, those that are no party
#' `FALSE` (the frame a regression needs), with the system's number after
#' each party column. `codes` adds, after each party column, the code of its
#' country in each scheme named (`party_cown`, `party1_iso3c`), read on the
#' rule's day: `NA` where it held none.
#'
#' `alliance_dyad_counts()` is the program's `panel --all`: per pair of
#' parties and year, the number of organisations of the data the two
#' certainly shared (`dyadigos`, as peacesciencer's `add_igos()` counts) and
#' possibly shared (`dyadigos_possible`); only pairs that possibly share one
#' are listed. Rules `"end-of-year"` and `"first-day"`.
#'
#' An unknown unit, rule, frame or code scheme is an `"alliance_error"`
#' with the library's id (`"alliance.panel.unit"`, `"alliance.panel.rule"`,
#' `"alliance.panel.frame"`, `"alliance.codes.scheme"`).
#'
#' @inheritParams alliance_status
#' @param org Organisation keys; several give their panels one after the other.
#' @param unit `"state-year"`, `"state-month"`, `"dyad-year"` or
#'   `"directed-dyad-year"` (`alliance_dyad_counts()`: the two dyad units).
#' @param from,to First and last year, both included; missing: the earliest
#'   and latest year the data states.
#' @param rule `"end-of-year"`, `"first-day"`, `"any-day"`, `"majority"` or
#'   `"share"`.
#' @param frame The states of the panel: `"members"` (the organisation's
#'   parties), `"cow-system"` or `"gw-system"`.
#' @param codes Code schemes for code columns: `NULL` (none), or any of
#'   `"cown"`, `"cowc"`, `"gwn"`, `"gwc"`, `"iso3c"`, `"iso3n"`, `"name"`
#'   (numbers as integers, the others as character).
#' @return A data frame. State units: `organisation`, `party` (and its code
#'   columns), `year`, `month` (state-month), `status` (as
#'   [alliance_status()], on the rule's day: the first day for
#'   `"first-day"`, the last otherwise), `member` (`TRUE`, `FALSE`, or `NA`
#'   when undecided; a number for `"share"`, followed by `member_min` and
#'   `member_max`), then the organisation's attributes, if any, each row
#'   holding its party's value. Dyad units: `organisation`, `party1`,
#'   `party2` (each with its code columns), `year`, `both_members` (and
#'   `both_members_min`, `both_members_max` for `"share"`).
#'   `alliance_dyad_counts()`: `party1`, `party2` (with their code columns),
#'   `year`, `dyadigos`, `dyadigos_possible`.
#' @examples
#' p <- alliance_panel("CSTO", from = 2010, to = 2014)
#' p[p$party == "UZB", ]
#' # Uzbekistan was a member until 28 June 2012: 179 of 366 days.
#' alliance_panel("CSTO", from = 2012, to = 2012, rule = "share")
#' d <- alliance_panel("CSTO", unit = "dyad-year", from = 2012, to = 2013, codes = "cown")
#' head(d)
#' w <- alliance_panel("CSTO", from = 2000, to = 2000, frame = "cow-system")
#' nrow(w)
#' head(alliance_dyad_counts(from = 2012, to = 2012))
#' @export
alliance_panel <- function(org, unit = "state-year", from, to, rule = "end-of-year", frame = "members",
                           codes = NULL, data = NULL) {
  org <- keys(org, "org")
  if (anyNA(org)) stop("`org` may not be NA", call. = FALSE)
  choice(unit, "unit")
  choice(rule, "rule")
  choice(frame, "frame")
  codes <- code_schemes(codes)
  first <- if (missing(from)) NULL else year(from, "from")
  last <- if (missing(to)) NULL else year(to, "to")
  call <- sys.call()
  panels <- lapply(org, function(o) {
    as_frame(library_result(rcpp_panel(o, unit, first, last, rule, frame, codes, data), call))
  })
  if (length(panels) == 1L) return(panels[[1L]])
  # Organisations with other attributes: their columns are NA in the others' rows.
  columns <- unique(unlist(lapply(panels, names)))
  do.call(rbind, lapply(panels, function(p) {
    for (n in setdiff(columns, names(p))) p[[n]] <- rep(NA_character_, nrow(p))
    p[columns]
  }))
}

#' @rdname alliance_panel
#' @export
alliance_dyad_counts <- function(unit = "dyad-year", from, to, rule = "end-of-year", codes = NULL, data = NULL) {
  choice(unit, "unit")
  choice(rule, "rule")
  codes <- code_schemes(codes)
  first <- if (missing(from)) NULL else year(from, "from")
  last <- if (missing(to)) NULL else year(to, "to")
  as_frame(library_result(rcpp_dyad_counts(unit, first, last, rule, codes, data), sys.call()))
}

# One name; which names the library accepts it checks itself.
choice <- function(value, arg) {
  if (!is.character(value) || length(value) != 1L || is.na(value)) {
    stop(sprintf("`%s` must be one name, not %s", arg, deparse(value)), call. = FALSE)
  }
}

code_schemes <- function(codes) {
  if (is.null(codes)) return(character())
  if (!is.character(codes) || anyNA(codes)) stop("`codes` must be NULL or code scheme names", call. = FALSE)
  codes
}

year <- function(y, arg) {
  if (!is.numeric(y) || length(y) != 1L || is.na(y) || y != round(y)) {
    stop(sprintf("`%s` must be one whole year", arg), call. = FALSE)
  }
  as.integer(y)
}
