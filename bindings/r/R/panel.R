#' State-year and dyad-year panels
#'
#' The library's panels of an organisation, one row per party-year
#' (`unit = "state-year"`) or per pair-year (`unit = "dyad-year"`): the
#' status on 31 December of each year (`rule = "end-of-year"`), as the
#' program's `alliance panel` writes them. A year outside the sources'
#' coverage reads `"unknown"`.
#'
#' Only `rule = "end-of-year"`, `frame = "members"` (every party with a
#' period in the organisation) and `codes = NULL` (the data's own keys) are
#' available; other values are errors.
#'
#' @inheritParams alliance_status
#' @param org Organisation keys; several give their panels one after the other.
#' @param unit `"state-year"` or `"dyad-year"`.
#' @param from,to First and last year, both included; missing: the earliest
#'   and latest year the data states.
#' @param rule The day of each year the status is read on: `"end-of-year"`.
#' @param frame The parties of the panel: `"members"`.
#' @param codes Country codes to key the rows by: `NULL` (the data's keys).
#' @return A data frame. State-year: `organisation`, `party`, `year`,
#'   `status` (as [alliance_status()]), `member` (`TRUE`, `FALSE`, or `NA`
#'   when unknown), then the organisation's attributes, if any, each row
#'   holding its party's value. Dyad-year: `organisation`, `party1`,
#'   `party2`, `year`, `both_members` (`TRUE`, `FALSE` or `NA`).
#' @examples
#' p <- alliance_panel("CSTO", from = 2010, to = 2014)
#' p[p$party == "UZB", ]
#' d <- alliance_panel("CSTO", unit = "dyad-year", from = 2012, to = 2013)
#' head(d)
#' @export
alliance_panel <- function(org, unit = "state-year", from, to, rule = "end-of-year", frame = "members",
                           codes = NULL, data = NULL) {
  org <- keys(org, "org")
  if (anyNA(org)) stop("`org` may not be NA", call. = FALSE)
  one_of <- function(value, arg, allowed) {
    if (!is.character(value) || length(value) != 1L || !(value %in% allowed)) {
      stop(sprintf("`%s` must be %s; %s is not available", arg,
                   paste0("\"", allowed, "\"", collapse = " or "), deparse(value)), call. = FALSE)
    }
  }
  one_of(unit, "unit", c("state-year", "dyad-year"))
  one_of(rule, "rule", "end-of-year")
  one_of(frame, "frame", "members")
  if (!is.null(codes)) stop("`codes` must be NULL: other country codes are not available", call. = FALSE)
  year <- function(y, arg) {
    if (!is.numeric(y) || length(y) != 1L || is.na(y) || y != round(y)) {
      stop(sprintf("`%s` must be one whole year", arg), call. = FALSE)
    }
    as.integer(y)
  }
  first <- if (missing(from)) NULL else year(from, "from")
  last <- if (missing(to)) NULL else year(to, "to")
  call <- sys.call()
  panels <- lapply(org, function(o) as_frame(library_result(rcpp_panel(o, unit, first, last, data), call)))
  if (length(panels) == 1L) return(panels[[1L]])
  # Organisations with other attributes: their columns are NA in the others' rows.
  columns <- unique(unlist(lapply(panels, names)))
  do.call(rbind, lapply(panels, function(p) {
    for (n in setdiff(columns, names(p))) p[[n]] <- rep(NA_character_, nrow(p))
    p[columns]
  }))
}
