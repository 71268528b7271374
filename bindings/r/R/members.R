#' The members of an organisation on a day
#'
#' The parties certainly holding `member` on the day, sorted by key, as the
#' program's `alliance members` lists them. A party whose status on the day
#' is undecided is not listed (ask [alliance_status()] for it).
#'
#' @inheritParams alliance_status
#' @param date Days: a `Date` vector or `"YYYY-MM-DD"` strings; recycled
#'   with `org`.
#' @return For one query a character vector of party keys; for several, a
#'   list of them, one per query. An `NA` argument gives `NA_character_`.
#' @examples
#' alliance_members("CSTO", "2010-01-01")
#' alliance_members("CSTO", as.Date(c("1995-06-01", "2013-01-01")))
#' @export
alliance_members <- function(org, date, data = NULL) {
  a <- recycle(org = keys(org, "org"), date = days(date, "date"))
  out <- library_result(rcpp_members(a$org, day_values(a$date), data))
  if (length(out) == 1L) out[[1L]] else out
}
